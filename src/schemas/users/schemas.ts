import { Type } from 'typebox'

// Hand-written where Zoom's current API (user types 1/2/4/99, display_name, user_created_at, host_key in
// lists) is newer than the 2022 document the generated schemas come from.

const e = <T extends string | number>(values: readonly T[], extra: Record<string, unknown> = {}) =>
  Type.Unsafe<T>({ type: typeof values[0] === 'number' ? 'integer' : 'string', enum: values, ...extra })

export const UserType = e([1, 2, 4, 99] as const)
export const UserStatus = e(['active', 'inactive', 'pending'] as const)
const PLAN_UNITED = [
  '1',
  '2',
  '4',
  '8',
  '16',
  '32',
  '64',
  '128',
  '256',
  '512',
  '1024',
  '2048',
  '4096',
  '8192',
  '16384',
  '32768',
  '65536',
  '131072',
] as const
export const PlanUnitedType = e(PLAN_UNITED)
export const LoginType = e([0, 1, 11, 21, 23, 24, 27, 97, 98, 99, 100, 101] as const)
const PhoneLabel = e(['Mobile', 'Office', 'Home', 'Fax'] as const)
const PronounsOption = e([1, 2, 3] as const)

export const UserIdParams = Type.Object({ userId: Type.String({ minLength: 1 }) })

const CustomAttribute = Type.Object({
  key: Type.Optional(Type.String()),
  name: Type.Optional(Type.String()),
  value: Type.Optional(Type.String()),
})
const PhoneNumber = Type.Object({
  code: Type.Optional(Type.String()),
  country: Type.Optional(Type.String()),
  label: Type.Optional(PhoneLabel),
  number: Type.Optional(Type.String()),
  verified: Type.Optional(Type.Boolean()),
})

const o = Type.Optional
const s = () => Type.Optional(Type.String())

export const User = Type.Object({
  id: s(),
  created_at: s(),
  dept: s(),
  email: s(),
  first_name: s(),
  last_client_version: s(),
  last_login_time: s(),
  last_name: s(),
  pmi: o(Type.Integer()),
  role_name: s(),
  timezone: s(),
  type: o(UserType),
  use_pmi: o(Type.Boolean()),
  display_name: s(),
  account_id: s(),
  account_number: o(Type.Integer()),
  cms_user_id: s(),
  company: s(),
  user_created_at: s(),
  custom_attributes: o(Type.Array(CustomAttribute)),
  employee_unique_id: s(),
  group_ids: o(Type.Array(Type.String())),
  im_group_ids: o(Type.Array(Type.String())),
  jid: s(),
  job_title: s(),
  language: s(),
  location: s(),
  login_types: o(Type.Array(Type.Integer())),
  manager: s(),
  personal_meeting_url: s(),
  phone_country: s(),
  phone_number: s(),
  phone_numbers: o(Type.Array(PhoneNumber)),
  pic_url: s(),
  plan_united_type: o(PlanUnitedType),
  pronouns: s(),
  pronouns_option: o(PronounsOption),
  role_id: s(),
  status: o(UserStatus),
  vanity_url: s(),
  verified: o(Type.Integer()),
  cluster: s(),
  zoom_one_type: o(Type.Integer()),
})

export const UserListItem = Type.Object({
  id: s(),
  user_created_at: s(),
  created_at: s(),
  custom_attributes: o(Type.Array(CustomAttribute)),
  dept: s(),
  email: s(),
  employee_unique_id: s(),
  first_name: s(),
  group_ids: o(Type.Array(Type.String())),
  host_key: s(),
  im_group_ids: o(Type.Array(Type.String())),
  last_client_version: s(),
  last_login_time: s(),
  last_name: s(),
  plan_united_type: o(PlanUnitedType),
  pmi: o(Type.Integer()),
  role_id: s(),
  status: o(UserStatus),
  timezone: s(),
  type: o(UserType),
  verified: o(Type.Integer()),
  display_name: s(),
  language: s(),
  phone_number: s(),
  pic_url: s(),
})

export const ListUsersQuery = Type.Object({
  status: o(e(['active', 'inactive', 'pending'] as const, { default: 'active' })),
  page_size: o(Type.Integer({ minimum: 1, maximum: 300, default: 30 })),
  role_id: s(),
  page_number: o(Type.Integer({ minimum: 1 })),
  include_fields: o(e(['custom_attributes', 'host_key'] as const)),
  next_page_token: s(),
  license: o(e(['zoom_workforce_management', 'zoom_compliance_management'] as const)),
})

export const ListUsersResponse = Type.Object({
  next_page_token: s(),
  page_count: o(Type.Integer()),
  page_number: o(Type.Integer()),
  page_size: o(Type.Integer()),
  total_records: o(Type.Integer()),
  users: o(Type.Array(UserListItem)),
})

export const CreateUserBody = Type.Object({
  action: e(['create', 'autoCreate', 'custCreate', 'ssoCreate'] as const),
  user_info: Type.Object({
    email: Type.String({ maxLength: 128, format: 'email' }),
    first_name: o(Type.String({ maxLength: 64 })),
    last_name: o(Type.String({ maxLength: 64 })),
    display_name: o(Type.String({ maxLength: 128 })),
    password: o(Type.String({ maxLength: 32 })),
    type: UserType,
    feature: o(Type.Object({ zoom_phone: o(Type.Boolean()), zoom_one_type: o(Type.Integer()) })),
    plan_united_type: o(PlanUnitedType),
  }),
})

export const CreateUserResponse = Type.Object({
  email: s(),
  first_name: s(),
  id: s(),
  last_name: s(),
  type: o(UserType),
})

export const UpdateUserBody = Type.Object({
  cms_user_id: s(),
  company: o(Type.String({ maxLength: 255 })),
  custom_attributes: o(Type.Array(CustomAttribute)),
  dept: o(Type.String({ maxLength: 128 })),
  first_name: o(Type.String({ maxLength: 64 })),
  group_id: s(),
  host_key: o(Type.String({ pattern: '^[0-9]{6,10}$' })),
  job_title: o(Type.String({ maxLength: 128 })),
  language: s(),
  last_name: o(Type.String({ maxLength: 64 })),
  location: o(Type.String({ maxLength: 256 })),
  manager: o(Type.String({ format: 'email' })),
  phone_country: s(),
  phone_number: s(),
  phone_numbers: o(Type.Array(PhoneNumber)),
  pmi: o(Type.Integer({ minimum: 1000000000, maximum: 9999999999 })),
  pronouns: s(),
  pronouns_option: o(PronounsOption),
  timezone: s(),
  type: o(UserType),
  use_pmi: o(Type.Boolean()),
  vanity_name: s(),
  display_name: o(Type.String({ maxLength: 128 })),
  zoom_one_type: o(Type.Integer()),
  plan_united_type: o(e([...PLAN_UNITED, 'none'] as const)),
  feature: o(Type.Object({ zoom_phone: o(Type.Boolean()) })),
  about_me: s(),
  linkedin_url: s(),
})
