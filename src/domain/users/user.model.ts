import type { PlanUnited } from '../../schemas/users/schemas.js'
import type { Json } from '../../util/json.js'

/** The part of a user document kept in the `data` column. */
export interface UserData extends Json {
  first_name?: string
  last_name?: string
  display_name?: string
  dept?: string
  timezone?: string
  language?: string
  phone_country?: string
  phone_number?: string
  phone_numbers?: Array<{
    code?: string
    country?: string
    label?: 'Mobile' | 'Office' | 'Home' | 'Fax'
    number?: string
    verified?: boolean
  }>
  pmi: number
  use_pmi?: boolean
  vanity_name?: string
  host_key: string
  cms_user_id?: string
  company?: string
  job_title?: string
  location?: string
  manager?: string
  pronouns?: string
  pronouns_option?: number
  custom_attributes?: Array<{ key?: string; name?: string; value?: string }>
  employee_unique_id?: string
  plan_united_type?: PlanUnited
  zoom_one_type?: number
  feature?: Json
  verified: number
  login_types: number[]
  last_login_time?: number
  last_client_version?: string
  password_hash?: string
  password_history?: string[]
  password_changes?: number[]
  email_changes?: number[]
  picture_file_id?: string
  sso_token_revoked_at?: number
  created_via: string
  jid: string
}

/** Login type of users who sign in with a work email and password. */
export const EMAIL_LOGIN = 100

/** The display name a user has until one is chosen: first and last name. */
export function defaultDisplayName(firstName?: string, lastName?: string): string {
  return [firstName, lastName].filter(Boolean).join(' ')
}

export const USER_TYPES = [1, 2, 4, 99] as const
