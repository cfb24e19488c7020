/** Who is calling and on which account the request acts. */
export interface Actor {
  /** The account the token belongs to. */
  callerAccountId: string
  /** The account the request acts on: the caller's, or a sub account in the master form. */
  accountId: string
  clientId: string
  /** The user `me` stands for. */
  userId: string | null
  scopes: ReadonlySet<string>
  /** Reached through /accounts/{accountId}/…, acting for a master account. */
  viaMaster: boolean
  /** The token holds an account-wide (`:admin` or `:master`) scope of the operation, not only a user-level one. */
  accountWide: boolean
}

/**
 * The server acting on an account with account-wide authority (the console, join links, fixtures, the CLI): as an
 * admin app's token would, without the per-request scope check that only API calls go through.
 */
export function accountActor(a: {
  accountId: string
  userId: string | null
  clientId?: string
  scopes?: ReadonlySet<string>
}): Actor {
  return {
    callerAccountId: a.accountId,
    accountId: a.accountId,
    clientId: a.clientId ?? '',
    userId: a.userId,
    scopes: a.scopes ?? new Set(),
    viaMaster: false,
    accountWide: true,
  }
}
