import { AccountsS2SAuthClient } from '@zoom/rivet/accounts'

/** Zoom's Accounts SDK (roles, among others) pointed at the test server, with a token minted by it. */
export function accountsClient(origin: string, accessToken: string) {
  return new AccountsS2SAuthClient({
    clientId: 'unused',
    clientSecret: 'unused',
    accountId: 'unused',
    tokenStore: {
      getLatestToken: () => ({ accessToken, expirationTimeIso: '2999-01-01T00:00:00Z', scopes: [] }),
      storeToken: () => {},
    },
    baseUrl: `${origin}/v2`,
    disableReceiver: true,
  } as ConstructorParameters<typeof AccountsS2SAuthClient>[0])
}
