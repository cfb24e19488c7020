import type { Generated } from 'kysely'

/** A user's SIP phone registration (Phone System Integration): the softphone the Zoom client registers to a PBX. */
export interface SipPhoneTable {
  seq: Generated<number>
  account_id: string
  id: string
  user_id: string
  /**
   * Lower-cased, possibly with a platform suffix (`.mac`, `.win`…) that makes a second phone for the same user;
   * one phone per such address in an account.
   */
  user_email: string
  /** The user's own address lower-cased (no platform suffix), which `search_key` also matches. */
  user_key: string
  /** The SIP user name lower-cased, which `search_key` also matches. */
  name_key: string
  created_at: number
  updated_at: number
  /** The registration (credentials, domain, voicemail, up to three servers) as JSON. */
  data: string
}

export interface SipPhoneTables {
  sip_phones: SipPhoneTable
}
