import { ZoomError, type FieldError } from './zoom-error.js'

/** Tokens and scopes, validation, paging, uploads, rate limits and the generic HTTP errors. */
export const commonErrors = {
  invalidToken: () => new ZoomError(401, 124, 'Invalid access token.'),
  expiredToken: () => new ZoomError(401, 124, 'Access token is expired.'),
  missingScopes: (scopes: string[]) =>
    new ZoomError(401, 4711, `Invalid access token, does not contain scopes:[${scopes.join(', ')}].`),
  noPermission: (message = 'No permission.') => new ZoomError(400, 200, message),
  paidAccountOnly: (accountId: string) => new ZoomError(400, 200, `Only available for paid account: ${accountId}.`),
  reportNotFound: () => new ZoomError(404, 5010, 'Report does not exist.'),
  tollFreePlanMissing: () => new ZoomError(400, 200, 'Not subscribe toll-free audio conference plan.'),
  validation: (errors?: FieldError[]) => new ZoomError(400, 300, 'Validation Failed.', errors),
  badRequest: (message: string, code = 300) => new ZoomError(400, code, message),
  invalidJson: () => new ZoomError(400, 300, 'Request Body should be a valid JSON object.'),
  invalidYaml: () => new ZoomError(400, 300, 'Request Body should be a valid YAML document.'),
  invalidPageToken: () => new ZoomError(400, 300, 'The next page token is invalid or expired.'),
  fileError: (message: string) => new ZoomError(400, 120, message),
  missingField: (name: string) => new ZoomError(400, 300, `Missing field: ${name}.`),
  notFound: (message = 'Not Found.') => new ZoomError(404, 404, message),
  methodNotAllowed: () => new ZoomError(405, 405, 'Method Not Allowed.'),
  rateLimitedQps: (headers: Record<string, string>) =>
    new ZoomError(
      429,
      429,
      'You have reached the maximum per-second rate limit for this API. Try again later.',
      undefined,
      headers,
    ),
  rateLimitedDaily: (headers: Record<string, string>) =>
    new ZoomError(
      429,
      429,
      'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.',
      undefined,
      headers,
    ),
  internal: () => new ZoomError(500, 500, 'Internal server error.'),
  specialCharacters: (field: string) =>
    new ZoomError(400, 300, `Your request was not accepted because "${field}" contains special character(s).`),
  rateLimitedOperation: (headers: Record<string, string>) =>
    new ZoomError(
      429,
      429,
      'You have reached the maximum rate limit for this API. Try again later.',
      undefined,
      headers,
    ),
}
