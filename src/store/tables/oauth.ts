// Rows of OAuth user and admin apps. Register each table here: `table_name: RowInterface`.

/** One install of an app by a user (user-managed) or by an admin for the account (admin-managed). */
export interface OAuthGrantTable {
  id: string
  client_id: string
  account_id: string
  /** The user who allowed the app on the consent page. */
  user_id: string
  /** Space-separated scopes the app held when it was allowed. */
  scopes: string
  created_at: number
  /** Set when the app is uninstalled or its tokens revoked; the grant's tokens stop working. */
  revoked_at: number | null
}

/** An authorization code handed to a redirect URI; single-use, deleted when exchanged. */
export interface OAuthCodeTable {
  code_hash: string
  client_id: string
  account_id: string
  user_id: string
  redirect_uri: string
  code_challenge: string | null
  code_challenge_method: string | null
  expires_at: number
  created_at: number
}

/** The one live refresh token of a grant; replaced on every refresh. */
export interface OAuthRefreshTokenTable {
  token_hash: string
  grant_id: string
  client_id: string
  scopes: string
  expires_at: number
  created_at: number
}

export interface OAuthTables {
  oauth_grants: OAuthGrantTable
  oauth_codes: OAuthCodeTable
  oauth_refresh_tokens: OAuthRefreshTokenTable
}
