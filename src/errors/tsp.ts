import { ZoomError } from './zoom-error.js'

/** Telephony service provider (TSP). */
export const tspErrors = {
  tspNotEnabled: () => new ZoomError(400, 2024, 'Account has not enabled TSP.'),
  tspNotSpecialAccount: () => new ZoomError(400, 2000, 'Not TSP special account.'),
  tspMaxConfigs: () => new ZoomError(400, 300, 'You can add a max of two tsp configs.'),
  tspUnknownId: () => new ZoomError(400, 300, 'The TSP id provided does not exist.'),
  tspConfigNotFound: () => new ZoomError(400, 300, 'TSP Config does not exist.'),
  tspLastConfig: () => new ZoomError(400, 300, 'At least one tsp config must be available.'),
  tspMediaLinkRequired: () => new ZoomError(400, 300, 'Media link is required for AT&T TSP accounts.'),
  tspInvalidAudioUrl: () => new ZoomError(400, 300, 'Invalid parameter: audio_url.'),
  // Zoom's TSP reference answers a lapsed invitation with 404 where the user settings operations answer 400.
  tspInvitationNotFound: () =>
    new ZoomError(404, 1120, 'A valid invitation to join the Zoom account was not found for this user.'),
}
