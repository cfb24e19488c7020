import { MeetingsS2SAuthClient } from '@zoom/rivet/meetings'

/** Zoom's own SDK (meetings module) pointed at the test server, with a token minted by it. */
export function meetingsClient(origin: string, accessToken: string) {
  return new MeetingsS2SAuthClient({
    clientId: 'unused',
    clientSecret: 'unused',
    accountId: 'unused',
    tokenStore: {
      getLatestToken: () => ({ accessToken, expirationTimeIso: '2999-01-01T00:00:00Z', scopes: [] }),
      storeToken: () => {},
    },
    baseUrl: `${origin}/v2`,
    disableReceiver: true,
  } as ConstructorParameters<typeof MeetingsS2SAuthClient>[0])
}
