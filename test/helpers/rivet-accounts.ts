import { AccountsS2SAuthClient } from '@zoom/rivet/accounts'
import { UsersS2SAuthClient } from '@zoom/rivet/users'

const tokenStore = (accessToken: string) => ({
  getLatestToken: () => ({ accessToken, expirationTimeIso: '2999-01-01T00:00:00Z', scopes: [] }),
  storeToken: () => {},
})

/** Zoom's Accounts SDK client pointed at the test server, with a token minted by it. */
export function accountsClient(origin: string, accessToken: string) {
  return new AccountsS2SAuthClient({
    clientId: 'unused',
    clientSecret: 'unused',
    accountId: 'unused',
    tokenStore: tokenStore(accessToken),
    baseUrl: `${origin}/v2`,
    disableReceiver: true,
  } as ConstructorParameters<typeof AccountsS2SAuthClient>[0])
}

/**
 * The Users SDK client acting on a sub account through the master form: its base URL ends in
 * /accounts/{accountId}, so /users becomes /accounts/{accountId}/users.
 */
export function subAccountUsersClient(origin: string, accessToken: string, subAccountId: string) {
  return new UsersS2SAuthClient({
    clientId: 'unused',
    clientSecret: 'unused',
    accountId: 'unused',
    tokenStore: tokenStore(accessToken),
    baseUrl: `${origin}/v2/accounts/${subAccountId}`,
    disableReceiver: true,
  } as ConstructorParameters<typeof UsersS2SAuthClient>[0])
}
