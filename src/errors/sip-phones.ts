import { ZoomError } from './zoom-error.js'

/** SIP phones (Phone System Integration). */
export const sipPhoneErrors = {
  sipPhoneIntegrationOff: () =>
    new ZoomError(400, 200, 'Permission missing: Enable SIP Phone Integration by contacting a Zoom Admin first.'),
  sipPhoneEmailTaken: () => new ZoomError(400, 300, 'SIP Phone with the same email already exists.'),
  sipPhoneNotFound: () => new ZoomError(400, 300, 'The SIP phone with this phoneId was not found on this account.'),
}
