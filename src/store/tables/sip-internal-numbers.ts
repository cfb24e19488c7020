import type { Generated } from 'kysely'

// Rows of SIP Connected Audio's internal numbers and internal call-out countries. Register each table here.

/** A phone number the organization owns (not Zoom's) that an account's meetings offer over the SIP trunk. */
export interface SipInternalNumberTable {
  seq: Generated<number>
  account_id: string
  id: string
  /** E.164, unique within the account. */
  number: string
  display_number: string
  /** ISO 3166-1 alpha-2. */
  country: string
  /** 0 toll, 1 toll-free. */
  type: number
  labels: string
  /** en-GB, en-US or de-DE. */
  languages: string
  /** 0 or 1. */
  visible: number
  /** 0 or 1; always 1 while `visible` is. */
  allow_join: number
  /** 0 or 1. */
  allow_for_external_meetings: number
  created_at: number
}

/** A country an account's meetings may call out to over the SIP trunk. */
export interface SipCalloutCountryTable {
  seq: Generated<number>
  account_id: string
  /** ISO 3166-1 alpha-2, unique within the account. */
  country_id: string
  created_at: number
}

export interface SipInternalNumberTables {
  sip_internal_numbers: SipInternalNumberTable
  sip_callout_countries: SipCalloutCountryTable
}
