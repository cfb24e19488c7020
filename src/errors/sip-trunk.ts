import { ZoomError } from './zoom-error.js'

/** SIP Connected Audio: what a master account assigns to its sub accounts' SIP trunks. */
export const sipTrunkErrors = {
  sipTrunkPlanMissing: () => new ZoomError(400, 2100, 'This sub account has no sip trunk plan.'),
  sipTrunkNotFound: (trunkId: string) => new ZoomError(404, 404, `SIP trunk does not exist: ${trunkId}.`),
  sipTrunkNotOnMaster: (trunkId: string) =>
    new ZoomError(400, 400, `This SIP trunk does not belong to master account: ${trunkId}.`),
  sipNumberNotOnMaster: () => new ZoomError(400, 400, 'This number does not belong to master account.'),
  sipInternalNumberNotFound: (numberId: string) =>
    new ZoomError(404, 404, `Internal number does not exist: ${numberId}.`),
  sipInternalNumberTaken: (number: string) => new ZoomError(400, 300, `Internal number already exists: ${number}.`),
  sipCalloutCountryNotFound: (countryId: string) =>
    new ZoomError(404, 404, `Call-out country does not exist: ${countryId}.`),
}
