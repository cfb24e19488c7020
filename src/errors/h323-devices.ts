import { ZoomError } from './zoom-error.js'

/** H.323/SIP room devices, personal audio conference (PAC) accounts, and the audio legs of simulated sessions. */
export const h323DeviceErrors = {
  /** The account may not register room devices (no H.323/SIP Room Connector). */
  h323NotAllowed: () => new ZoomError(400, 200, 'No permission.'),
  // Zoom's reference lists these two under HTTP 404, the name clash included.
  h323DeviceNotFound: (deviceId: string) => new ZoomError(404, 300, `H.323 Device does not exist: ${deviceId}.`),
  h323DeviceNameTaken: (name: string) =>
    new ZoomError(404, 2020, `H.323 device's display name:${name} is already in use.`),
  pacNotEnabled: () => new ZoomError(400, 2024, 'User does not have PAC enabled.'),
}
