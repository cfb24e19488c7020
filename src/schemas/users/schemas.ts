import { Type, type Static } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, list, numberedPageHead, o, obj, pageNumber, s, strings } from '../kit.js'

// Hand-written where Zoom's current API (user types 1/2/4/99, display_name, user_created_at, host_key in
// lists) is newer than the 2022 document the generated schemas come from.

export const UserType = e([1, 2, 4, 99] as const)
export const UserStatus = e(['active', 'inactive', 'pending'] as const)
export const PLAN_UNITED = [
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
export type PlanUnited = Static<typeof PlanUnitedType>
export const LoginType = e([0, 1, 11, 21, 23, 24, 27, 97, 98, 99, 100, 101] as const)
const PhoneLabel = e(['Mobile', 'Office', 'Home', 'Fax'] as const)
const PronounsOption = e([1, 2, 3] as const)

export const UserIdParams = Type.Object({ userId: Type.String({ minLength: 1 }) })

const CustomAttribute = Type.Object({
  key: s(),
  name: s(),
  value: s(),
})
const PhoneNumber = Type.Object({
  code: s(),
  country: s(),
  label: o(PhoneLabel),
  number: s(),
  verified: b(),
})

export const User = Type.Object({
  id: s(),
  created_at: s(),
  dept: s(),
  email: s(),
  first_name: s(),
  last_client_version: s(),
  last_login_time: s(),
  last_name: s(),
  pmi: i(),
  role_name: s(),
  timezone: s(),
  type: o(UserType),
  use_pmi: b(),
  display_name: s(),
  account_id: s(),
  account_number: i(),
  cms_user_id: s(),
  company: s(),
  user_created_at: s(),
  custom_attributes: list(CustomAttribute),
  employee_unique_id: s(),
  group_ids: strings(),
  im_group_ids: strings(),
  jid: s(),
  job_title: s(),
  language: s(),
  location: s(),
  login_types: list(Type.Integer()),
  manager: s(),
  personal_meeting_url: s(),
  phone_country: s(),
  phone_number: s(),
  phone_numbers: list(PhoneNumber),
  pic_url: s(),
  plan_united_type: o(PlanUnitedType),
  pronouns: s(),
  pronouns_option: o(PronounsOption),
  role_id: s(),
  status: o(UserStatus),
  vanity_url: s(),
  verified: i(),
  cluster: s(),
  zoom_one_type: i(),
})

export const UserListItem = Type.Object({
  id: s(),
  user_created_at: s(),
  created_at: s(),
  custom_attributes: list(CustomAttribute),
  dept: s(),
  email: s(),
  employee_unique_id: s(),
  first_name: s(),
  group_ids: strings(),
  host_key: s(),
  im_group_ids: strings(),
  last_client_version: s(),
  last_login_time: s(),
  last_name: s(),
  plan_united_type: o(PlanUnitedType),
  pmi: i(),
  role_id: s(),
  status: o(UserStatus),
  timezone: s(),
  type: o(UserType),
  verified: i(),
  display_name: s(),
  language: s(),
  phone_number: s(),
  pic_url: s(),
})

export const ListUsersQuery = Type.Object({
  status: o(e(['active', 'inactive', 'pending'] as const, { default: 'active' })),
  page_size: i({ minimum: 1, maximum: PAGING.max, default: PAGING.size }),
  role_id: s(),
  page_number: pageNumber(),
  include_fields: o(e(['custom_attributes', 'host_key'] as const)),
  next_page_token: s(),
  license: o(e(['zoom_workforce_management', 'zoom_compliance_management'] as const)),
})

export const ListUsersResponse = Type.Object({
  ...numberedPageHead(),
  users: list(UserListItem),
})

export const CreateUserBody = Type.Object({
  action: e(['create', 'autoCreate', 'custCreate', 'ssoCreate'] as const),
  user_info: Type.Object({
    email: Type.String({ maxLength: 128, format: 'email' }),
    first_name: s({ maxLength: 64 }),
    last_name: s({ maxLength: 64 }),
    display_name: s({ maxLength: 128 }),
    password: s({ maxLength: 32 }),
    type: UserType,
    feature: obj({ zoom_phone: b(), zoom_one_type: i() }),
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
  company: s({ maxLength: 255 }),
  custom_attributes: list(CustomAttribute),
  dept: s({ maxLength: 128 }),
  first_name: s({ maxLength: 64 }),
  group_id: s(),
  host_key: s({ pattern: '^[0-9]{6,10}$' }),
  job_title: s({ maxLength: 128 }),
  language: s(),
  last_name: s({ maxLength: 64 }),
  location: s({ maxLength: 256 }),
  manager: s({ format: 'email' }),
  phone_country: s(),
  phone_number: s(),
  phone_numbers: list(PhoneNumber),
  pmi: i({ minimum: 1000000000, maximum: 9999999999 }),
  pronouns: s(),
  pronouns_option: o(PronounsOption),
  timezone: s(),
  type: o(UserType),
  use_pmi: b(),
  vanity_name: s(),
  display_name: s({ maxLength: 128 }),
  zoom_one_type: i(),
  plan_united_type: o(e([...PLAN_UNITED, 'none'] as const)),
  feature: obj({ zoom_phone: b() }),
  about_me: s(),
  linkedin_url: s(),
})
