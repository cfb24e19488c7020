import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { e, i, list, o, pageNumber, pageSize, s } from '../kit.js'

// Hand-written: Zoom serves two families of SIP phone operations over the same phones. The older one (2022
// OpenAPI: `/sip_phones[/{phoneId}]`) is flat, with numbered server fields (`register_server2`…); the current one
// (`/sip_phones/phones[/{phoneId}]`, @zoom/rivet's `SIPPhone*` types) nests each server in `server`, `server_2`
// and `server_3`.

export const TRANSPORT_PROTOCOLS = ['UDP', 'TCP', 'TLS', 'AUTO'] as const
const Transport = e(TRANSPORT_PROTOCOLS)
const ExpireTime = i({ minimum: 1, maximum: 127 })
const UserEmail = Type.String({ format: 'email', maxLength: 64 })
const VoiceMail = { maxLength: 255 }

/** The registration credentials, required when a phone is enabled. */
const credentials = {
  authorization_name: Type.String({ minLength: 1, maxLength: 64 }),
  domain: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1 }),
  user_name: Type.String({ minLength: 1, maxLength: 64 }),
}

/** The same credentials, each optional, for an update. */
const credentialChanges = {
  authorization_name: s({ minLength: 1, maxLength: 64 }),
  domain: s({ minLength: 1, maxLength: 64 }),
  password: s({ minLength: 1 }),
  user_name: s({ minLength: 1, maxLength: 64 }),
}

export const PhoneIdParams = Type.Object({ phoneId: Type.String({ minLength: 1 }) })

export const ListPhonesQuery = Type.Object({
  search_key: s(),
  page_size: pageSize(PAGING, 'refuse'),
  next_page_token: s(),
})

/** The older list also takes the page number Zoom has since deprecated. */
export const ListFlatPhonesQuery = Type.Object({ ...ListPhonesQuery.properties, page_number: pageNumber() })

// ---- The current, nested shape ----

/** The first server: the one a phone registers to, so its register server is required. */
const FirstServer = Type.Object({
  proxy_server: s(),
  register_server: Type.String({ minLength: 1 }),
  transport_protocol: o(Transport),
})

const FirstServerChange = Type.Object({
  proxy_server: s(),
  register_server: s({ minLength: 1 }),
  transport_protocol: o(Transport),
})

/** A backup server; an empty register and proxy server removes it. */
const BackupServer = Type.Object({
  proxy_server: s(),
  register_server: s(),
  transport_protocol: o(Transport),
})

export const CreatePhoneBody = Type.Object({
  ...credentials,
  user_email: UserEmail,
  voice_mail: s(VoiceMail),
  display_number: s(),
  registration_expire_time: ExpireTime,
  server: FirstServer,
  server_2: o(BackupServer),
  server_3: o(BackupServer),
})

/** Every member optional; the phone's user cannot change. A server object changes the members it names. */
export const UpdatePhoneBody = Type.Object({
  ...credentialChanges,
  voice_mail: s(VoiceMail),
  display_number: s(),
  registration_expire_time: ExpireTime,
  server: o(FirstServerChange),
  server_2: o(BackupServer),
  server_3: o(BackupServer),
})

const ServerOut = Type.Object({ proxy_server: s(), register_server: s(), transport_protocol: s() })

/** What both shapes show besides the servers and the id. */
const phoneOut = {
  authorization_name: s(),
  domain: s(),
  password: s(),
  registration_expire_time: i(),
  user_email: s(),
  user_name: s(),
  voice_mail: s(),
}

export const Phone = Type.Object({
  phone_id: s(),
  ...phoneOut,
  display_number: s(),
  server: o(ServerOut),
  server_2: o(ServerOut),
  server_3: o(ServerOut),
})

export const ListPhonesResponse = Type.Object({
  next_page_token: s(),
  page_size: i(),
  phones: list(Phone),
})

// ---- The older, flat shape ----

/** The three servers, flat: the first unnumbered, the backups numbered 2 and 3. */
const flatServers = {
  register_server: s(),
  proxy_server: s(),
  transport_protocol: o(Transport),
  register_server2: s(),
  proxy_server2: s(),
  transport_protocol2: o(Transport),
  register_server3: s(),
  proxy_server3: s(),
  transport_protocol3: o(Transport),
}

export const CreateFlatPhoneBody = Type.Object({
  ...credentials,
  ...flatServers,
  user_email: UserEmail,
  voice_mail: Type.String(VoiceMail),
  registration_expire_time: ExpireTime,
  register_server: Type.String({ minLength: 1 }),
  proxy_server: Type.String(),
})

/** Every member optional: an update changes what it names; the phone's user cannot change. */
export const UpdateFlatPhoneBody = Type.Object({
  ...credentialChanges,
  ...flatServers,
  voice_mail: s(VoiceMail),
  registration_expire_time: ExpireTime,
  register_server: s({ minLength: 1 }),
})

export const FlatPhone = Type.Object({
  id: s(),
  ...phoneOut,
  ...flatServers,
})

export const ListFlatPhonesResponse = Type.Object({
  next_page_token: s(),
  page_count: i(),
  page_number: i(),
  page_size: i(),
  phones: list(FlatPhone),
  total_records: i(),
})
