/**
 * The standard fields a registration form may show besides first name and email, which it always asks: the same
 * list for meeting and webinar registrants and for the account's and groups' webinar registration settings.
 */
export const REGISTRATION_FIELDS = [
  'last_name',
  'address',
  'city',
  'country',
  'zip',
  'state',
  'phone',
  'industry',
  'org',
  'job_title',
  'purchasing_time_frame',
  'role_in_purchase_process',
  'no_of_employees',
  'comments',
] as const

export type RegistrationField = (typeof REGISTRATION_FIELDS)[number]
