import assert from 'node:assert/strict'
import { UsersS2SAuthClient } from '@zoom/rivet/users'

/** Zoom's own SDK pointed at the test server, with a token minted by it. */
export function usersClient(origin: string, accessToken: string) {
  return new UsersS2SAuthClient({
    clientId: 'unused',
    clientSecret: 'unused',
    accountId: 'unused',
    tokenStore: {
      getLatestToken: () => ({ accessToken, expirationTimeIso: '2999-01-01T00:00:00Z', scopes: [] }),
      storeToken: () => {},
    },
    baseUrl: `${origin}/v2`,
    disableReceiver: true,
  } as ConstructorParameters<typeof UsersS2SAuthClient>[0])
}

/** Parses rivet's ApiResponseError message `[status/code]: "message"`. */
export function apiError(err: unknown): { status: number; code?: number; message: string } {
  const m = /^\[(\d+)(?:\/(\d+))?\]: "?(.*?)"?$/s.exec((err as Error).message)
  if (!m) throw err
  return { status: Number(m[1]), code: m[2] ? Number(m[2]) : undefined, message: m[3] }
}

/** Asserts that `p` rejects with rivet's error for `status` and Zoom's `code` (and `message`, when given). */
export async function rejectsWith(p: Promise<unknown>, status: number, code: number, message?: string) {
  await assert.rejects(p, (e) => {
    const err = apiError(e)
    assert.equal(err.status, status)
    assert.equal(err.code, code)
    if (message !== undefined) assert.equal(err.message, message)
    return true
  })
}
