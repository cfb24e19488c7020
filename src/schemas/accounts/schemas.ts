import { Type } from 'typebox'

// Sub accounts (Zoom's Accounts master API, current field names, older ones still read), owners, domains,
// webinar registration settings and virtual backgrounds. Response properties are all optional.

const o = Type.Optional
const s = () => Type.Optional(Type.String())
const b = () => Type.Optional(Type.Boolean())
const e = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] })
const n = <T extends number>(values: readonly T[]) => Type.Unsafe<T>({ type: 'integer', enum: [...values] })

export const AccountIdParams = Type.Object({ accountId: Type.String({ minLength: 1 }) })

export const ListAccountsQuery = Type.Object({
  page_size: o(Type.Integer({ minimum: 1, maximum: 300, default: 30 })),
  page_number: o(Type.Integer({ minimum: 1, default: 1 })),
  next_page_token: s(),
  email: s(),
})

const AccountListItem = Type.Object({
  id: s(),
  account_name: s(),
  owner_email: s(),
  account_type: s(),
  seats: o(Type.Integer()),
  subscription_start_time: s(),
  subscription_end_time: s(),
  created_at: s(),
  account_number: o(Type.Number()),
  reseller: b(),
  bulk_license: b(),
})

export const ListAccountsResponse = Type.Object({
  page_count: o(Type.Integer()),
  page_number: o(Type.Integer()),
  page_size: o(Type.Integer()),
  total_records: o(Type.Integer()),
  next_page_token: s(),
  accounts: o(Type.Array(AccountListItem)),
})

/** Who pays for a sub account: its master, or the sub account itself. */
const PAY_MODES = ['master', 'sub'] as const

const ipList = Type.Array(Type.String(), { maxItems: 999 })

/** A sub account's options; `room_connectors` / `meeting_connectors` are the older comma-separated forms. */
export const AccountOptionsBody = Type.Object({
  share_rc: b(),
  room_connector_list: o(ipList),
  room_connectors: s(),
  share_mc: b(),
  meeting_connector_list: o(ipList),
  meeting_connectors: s(),
  pay_mode: o(e(PAY_MODES)),
  billing_auto_renew: b(),
  resource_share_mc: b(),
  resource_share_mh: b(),
  resource_meeting_connector_list: o(ipList),
  resource_meeting_hybrid_list: o(ipList),
})

export const CreateAccountBody = Type.Object({
  first_name: Type.String({ minLength: 1, maxLength: 64 }),
  last_name: Type.String({ minLength: 1, maxLength: 64 }),
  email: Type.String({ format: 'email', maxLength: 128 }),
  password: Type.String({ minLength: 1, maxLength: 32 }),
  account_name: o(Type.String({ minLength: 1, maxLength: 64 })),
  phone_country: s(),
  phone_number: s(),
  company_name: o(Type.String({ maxLength: 128 })),
  address: s(),
  city: s(),
  state: s(),
  zip: s(),
  country: s(),
  options: o(AccountOptionsBody),
  transfer_code: o(Type.String({ maxLength: 512 })),
})

export const CreateAccountResponse = Type.Object({
  id: s(),
  owner_id: s(),
  owner_email: s(),
  created_at: s(),
})

export const SubAccountResponse = Type.Object({
  id: s(),
  account_name: s(),
  account_number: o(Type.Number()),
  account_type: s(),
  owner_id: s(),
  owner_email: s(),
  created_at: s(),
  options: o(
    Type.Object({
      share_rc: b(),
      room_connector_list: o(Type.Array(Type.String())),
      room_connectors: s(),
      share_mc: b(),
      meeting_connector_list: o(Type.Array(Type.String())),
      meeting_connectors: s(),
      pay_mode: o(e(PAY_MODES)),
      billing_auto_renew: b(),
      resource_share_mc: b(),
      resource_share_mh: b(),
      resource_meeting_connector_list: o(Type.Array(Type.String())),
      resource_meeting_hybrid_list: o(Type.Array(Type.String())),
    }),
  ),
  seats: o(Type.Integer()),
  subscription_start_time: s(),
  subscription_end_time: s(),
  vanity_url: s(),
  reseller: b(),
})

export const OwnerBody = Type.Object({ email: Type.String({ format: 'email' }) })

export const ManagedDomainsResponse = Type.Object({
  total_records: o(Type.Integer()),
  domains: o(Type.Array(Type.Object({ domain: s(), status: s() }))),
})

export const TrustedDomainsResponse = Type.Object({ trusted_domains: o(Type.Array(Type.String())) })

export const RegistrationQuery = Type.Object({ type: o(e(['webinar'])) })

const QUESTION_FIELDS = [
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

const registrationShape = {
  options: o(
    Type.Object({
      host_email_notification: b(),
      close_registration: b(),
      allow_participants_to_join_from_multiple_devices: b(),
      show_social_share_buttons: b(),
    }),
  ),
  questions: o(Type.Array(Type.Object({ field_name: o(e(QUESTION_FIELDS)), required: b(), selected: b() }))),
  approve_type: o(n([0, 1])),
  custom_questions: o(
    Type.Array(
      Type.Object({
        title: s(),
        type: o(e(['short', 'single_dropdown', 'single_radio', 'multiple'])),
        required: b(),
        selected: b(),
        answers: o(Type.Array(Type.String())),
      }),
    ),
  ),
}

export const RegistrationSettings = Type.Object(registrationShape)

export const VirtualBackgroundBody = Type.Object({ file: s() })

export const VirtualBackgroundResponse = Type.Object({
  id: s(),
  is_default: b(),
  name: s(),
  size: o(Type.Integer()),
  type: s(),
})

export const DeleteVirtualBackgroundsQuery = Type.Object({ file_ids: s() })
