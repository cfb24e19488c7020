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
