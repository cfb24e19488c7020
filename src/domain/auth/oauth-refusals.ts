import { OAuthError } from '../../errors/zoom-error.js'

export const invalidRequest = (reason: string) => new OAuthError(400, 'invalid_request', reason)

/**
 * The token endpoint's refusals that Zoom numbers in its OAuth error table. The number never reaches the JSON body
 * (Zoom's bodies are only `{reason, error}`); it shows on the consent page, where Zoom prints it.
 */
export const oauthRefusals = {
  /** 4702/4704: an unknown client or a wrong secret; Zoom does not say which. */
  badClient: () => new OAuthError(400, 'invalid_client', 'Invalid client_id or client_secret'),
  /** 4702/4704: a client_id parameter naming another app than the Basic credentials. */
  otherClient: () => new OAuthError(400, 'invalid_client', 'Client ID does not match authenticated client.'),
  /** 4705 */
  unsupportedGrant: () => new OAuthError(400, 'unsupported_grant_type', 'unsupported grant type'),
  /** 4706 */
  missingCredentials: () => new OAuthError(400, 'invalid_client', 'Client ID or client secret is missing.'),
  /** 4706 */
  missingGrantType: () => invalidRequest('Missing grant type.'),
  /** 4709: a redirect_uri left out, or not the one the code was given to. */
  redirectMismatch: () => invalidRequest('Redirect URI mismatch.'),
  /** 4711: the install holds a scope the app no longer has. */
  refreshScopes: () => invalidRequest('Refresh token invalid.'),
  /** 4717 */
  disabled: () => new OAuthError(400, 'invalid_client', 'The app has been disabled'),
}
