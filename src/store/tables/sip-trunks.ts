import type { Generated } from 'kysely'

// Rows of SIP Connected Audio's trunks, trunk numbers and per-account trunk configuration. Register each table here.

/**
 * A SIP trunk of an account. A master account's rows are its pool (provisioned on first use); a sub account's rows
 * are the pool trunks assigned to it, under the same id, with the sub account's own DNIS and caller ID.
 */
export interface SipTrunkTable {
  seq: Generated<number>
  account_id: string
  /** Unique within the account. */
  id: string
  name: string
  sip_server_address: string
  dnis: string
  number_prefix: string
  outbound_caller_id: string | null
  created_at: number
}

/** A phone number an account's meetings reach over its SIP trunks; a sub account's come from its master's. */
export interface SipTrunkNumberTable {
  seq: Generated<number>
  account_id: string
  /** E.164, unique within the account. */
  number: string
  /** ISO 3166-1 alpha-2. */
  country: string
  created_at: number
}

/** What an account has of SIP Connected Audio beside its trunks and numbers. */
export interface SipTrunkAccountTable {
  account_id: string
  /** When a master account's trunk and number pool was provisioned; null until then and for sub accounts. */
  provisioned_at: number | null
  /** JSON object: the trunk configuration fields set so far. */
  settings: string
  updated_at: number
}

export interface SipTrunkTables {
  sip_trunks: SipTrunkTable
  sip_trunk_numbers: SipTrunkNumberTable
  sip_trunk_accounts: SipTrunkAccountTable
}
