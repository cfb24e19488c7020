// Rows of the telephony service provider (TSP) group. Register each table here: `table_name: RowInterface`.

/** An account's TSP information, written the first time it changes. Flags are 0 or 1. */
export interface TspAccountInfoTable {
  account_id: string
  /** The account's TSP switch: user TSP operations are refused while it is 0. */
  tsp_enabled: number
  /** Third-party audio offered to the account's users. */
  enable: number
  tsp_provider: string
  /** US_TSP_TB or EU_TSP_TB. */
  tsp_bridge: string
  dial_in_number_unrestricted: number
  modify_credential_forbidden: number
  master_account_setting_extended: number
  /** JSON array of `{code, number, type}`. */
  dial_in_numbers: string
  updated_at: number
}

/** One TSP account of a user; a user has at most two, numbered "1" and "2". */
export interface UserTspAccountTable {
  account_id: string
  user_id: string
  /** "1" or "2". */
  tsp_id: string
  conference_code: string
  leader_pin: string
  tsp_bridge: string
  /** JSON array of `{code, number, type, country_label?}`. */
  dial_in_numbers: string
  created_at: number
  updated_at: number
}

/** A TSP user's global dial-in page. */
export interface UserTspSettingsTable {
  user_id: string
  account_id: string
  audio_url: string
  updated_at: number
}

export interface TspTables {
  tsp_account_info: TspAccountInfoTable
  user_tsp_accounts: UserTspAccountTable
  user_tsp_settings: UserTspSettingsTable
}
