import { Type } from 'typebox'
import { REGISTRATION_FIELDS } from '../../domain/registration-fields.js'
import { b, e, i, list, num, o, obj, s, strings } from '../kit.js'

// Sub accounts (Zoom's Accounts master API, current field names, older ones still read), owners, domains,
// webinar registration settings and virtual backgrounds. Response properties are all optional.

export const AccountIdParams = Type.Object({ accountId: Type.String({ minLength: 1 }) })

export const ListAccountsQuery = Type.Object({
  page_size: i({ minimum: 1, maximum: 300, default: 30 }),
  page_number: i({ minimum: 1, default: 1 }),
  next_page_token: s(),
  email: s(),
})

const AccountListItem = Type.Object({
  id: s(),
  account_name: s(),
  owner_email: s(),
  account_type: s(),
  seats: i(),
  subscription_start_time: s(),
  subscription_end_time: s(),
  created_at: s(),
  account_number: num(),
  reseller: b(),
  bulk_license: b(),
})

export const ListAccountsResponse = Type.Object({
  page_count: i(),
  page_number: i(),
  page_size: i(),
  total_records: i(),
  next_page_token: s(),
  accounts: list(AccountListItem),
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
  account_name: s({ minLength: 1, maxLength: 64 }),
  phone_country: s(),
  phone_number: s(),
  company_name: s({ maxLength: 128 }),
  address: s(),
  city: s(),
  state: s(),
  zip: s(),
  country: s(),
  options: o(AccountOptionsBody),
  transfer_code: s({ maxLength: 512 }),
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
  account_number: num(),
  account_type: s(),
  owner_id: s(),
  owner_email: s(),
  created_at: s(),
  options: obj({
    share_rc: b(),
    room_connector_list: strings(),
    room_connectors: s(),
    share_mc: b(),
    meeting_connector_list: strings(),
    meeting_connectors: s(),
    pay_mode: o(e(PAY_MODES)),
    billing_auto_renew: b(),
    resource_share_mc: b(),
    resource_share_mh: b(),
    resource_meeting_connector_list: strings(),
    resource_meeting_hybrid_list: strings(),
  }),
  seats: i(),
  subscription_start_time: s(),
  subscription_end_time: s(),
  vanity_url: s(),
  reseller: b(),
})

export const OwnerBody = Type.Object({ email: Type.String({ format: 'email' }) })

export const ManagedDomainsResponse = Type.Object({
  total_records: i(),
  domains: list(Type.Object({ domain: s(), status: s() })),
})

export const TrustedDomainsResponse = Type.Object({ trusted_domains: strings() })

export const RegistrationQuery = Type.Object({ type: o(e(['webinar'])) })

const registrationShape = {
  options: obj({
    host_email_notification: b(),
    close_registration: b(),
    allow_participants_to_join_from_multiple_devices: b(),
    show_social_share_buttons: b(),
  }),
  questions: list(Type.Object({ field_name: o(e(REGISTRATION_FIELDS)), required: b(), selected: b() })),
  approve_type: o(e([0, 1])),
  custom_questions: list(
    Type.Object({
      title: s(),
      type: o(e(['short', 'single_dropdown', 'single_radio', 'multiple'])),
      required: b(),
      selected: b(),
      answers: strings(),
    }),
  ),
}

export const RegistrationSettings = Type.Object(registrationShape)

export const VirtualBackgroundBody = Type.Object({ file: s() })

export const VirtualBackgroundResponse = Type.Object({
  id: s(),
  is_default: b(),
  name: s(),
  size: i(),
  type: s(),
})

export const DeleteVirtualBackgroundsQuery = Type.Object({ file_ids: s() })
