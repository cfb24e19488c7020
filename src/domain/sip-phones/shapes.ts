import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { SipPhoneRow } from '../../store/sip-phones.repo.js'
import { parseJson } from '../../util/json.js'
import type {
  CreateFlatPhoneBody,
  CreatePhoneBody,
  TRANSPORT_PROTOCOLS,
  UpdateFlatPhoneBody,
  UpdatePhoneBody,
} from '../../schemas/sip-phone/schemas.js'

// One stored phone, two request and answer shapes: the older flat one (`register_server2`…) and the current
// nested one (`server_2: {register_server…}`). Both are read into a `PhoneChange` and shown from a `PhoneDoc`.

export type Transport = (typeof TRANSPORT_PROTOCOLS)[number]
export type Shape = 'flat' | 'nested'

export interface SipServer {
  register_server: string
  proxy_server: string
  transport_protocol: Transport
}

/** A registration as stored; backup servers 2 and 3 are null when not configured. */
export interface PhoneDoc {
  authorization_name: string
  domain: string
  password: string
  user_name: string
  voice_mail: string
  display_number: string
  registration_expire_time: number
  servers: [SipServer, SipServer | null, SipServer | null]
}

type Scalar = Exclude<keyof PhoneDoc, 'servers'>

/** What a request asks for, in either shape: the members it names, and each server's members it names. */
export interface PhoneChange extends Partial<Pick<PhoneDoc, Scalar>> {
  shape: Shape
  user_email?: string
  servers: [Partial<SipServer>?, Partial<SipServer>?, Partial<SipServer>?]
}

/** Zoom's default registration lifetime, in minutes. */
const DEFAULT_EXPIRE_MINUTES = 60
/** The portal's transport when a server is given without one. */
const DEFAULT_TRANSPORT: Transport = 'UDP'

type FlatBody = Static<typeof CreateFlatPhoneBody> | Static<typeof UpdateFlatPhoneBody>
type NestedBody = Static<typeof CreatePhoneBody> | Static<typeof UpdatePhoneBody>

/** The members given, without the absent ones, so that spreading it over a stored server changes only those. */
function given(server: Partial<SipServer>): Partial<SipServer> | undefined {
  const out = Object.fromEntries(Object.entries(server).filter(([, v]) => v !== undefined)) as Partial<SipServer>
  return Object.keys(out).length ? out : undefined
}

function scalars(body: FlatBody | NestedBody): Omit<PhoneChange, 'shape' | 'servers'> {
  const { authorization_name, domain, password, user_name, voice_mail, registration_expire_time } = body
  const user_email = 'user_email' in body ? body.user_email : undefined
  const display_number = 'display_number' in body ? body.display_number : undefined
  return {
    user_email,
    authorization_name,
    domain,
    password,
    user_name,
    voice_mail,
    display_number,
    registration_expire_time,
  }
}

export function fromFlat(body: FlatBody): PhoneChange {
  return {
    ...scalars(body),
    shape: 'flat',
    servers: [
      given({
        register_server: body.register_server,
        proxy_server: body.proxy_server,
        transport_protocol: body.transport_protocol,
      }),
      given({
        register_server: body.register_server2,
        proxy_server: body.proxy_server2,
        transport_protocol: body.transport_protocol2,
      }),
      given({
        register_server: body.register_server3,
        proxy_server: body.proxy_server3,
        transport_protocol: body.transport_protocol3,
      }),
    ],
  }
}

export function fromNested(body: NestedBody): PhoneChange {
  const servers = [body.server, body.server_2, body.server_3].map((s) => (s ? given(s) : undefined))
  return { ...scalars(body), shape: 'nested', servers: [servers[0], servers[1], servers[2]] }
}

/** How a shape names a server's member: `register_server2` or `server_2.register_server`. */
function fieldName(shape: Shape, slot: number, member: keyof SipServer): string {
  if (shape === 'flat') return slot === 0 ? member : `${member}${slot + 1}`
  return `${slot === 0 ? 'server' : `server_${slot + 1}`}.${member}`
}

/**
 * A backup server after a change: configured while it has a register server, removed when its register and
 * proxy servers are both empty; a proxy server without a register server is refused (400/300).
 */
function backup(change: PhoneChange, slot: 1 | 2, current: SipServer | null): SipServer | null {
  const next = { ...current, ...change.servers[slot] }
  if (!next.register_server) {
    if (!next.proxy_server) return null
    throw errors.validation([
      { field: fieldName(change.shape, slot, 'register_server'), message: 'A backup server needs a register server.' },
    ])
  }
  return {
    register_server: next.register_server,
    proxy_server: next.proxy_server ?? '',
    transport_protocol: next.transport_protocol ?? DEFAULT_TRANSPORT,
  }
}

/** The registration a change leaves: what it names replaces, the rest keeps its stored (or default) value. */
export function applyChange(change: PhoneChange, current?: PhoneDoc): PhoneDoc {
  const first = { ...current?.servers[0], ...change.servers[0] }
  // Both request schemas require the first register server on create and refuse an empty one on update.
  const register = first.register_server ?? ''
  return {
    authorization_name: change.authorization_name ?? current?.authorization_name ?? '',
    domain: change.domain ?? current?.domain ?? '',
    password: change.password ?? current?.password ?? '',
    user_name: change.user_name ?? current?.user_name ?? '',
    voice_mail: change.voice_mail ?? current?.voice_mail ?? '',
    display_number: change.display_number ?? current?.display_number ?? '',
    registration_expire_time:
      change.registration_expire_time ?? current?.registration_expire_time ?? DEFAULT_EXPIRE_MINUTES,
    servers: [
      {
        register_server: register,
        proxy_server: first.proxy_server ?? '',
        transport_protocol: first.transport_protocol ?? DEFAULT_TRANSPORT,
      },
      backup(change, 1, current?.servers[1] ?? null),
      backup(change, 2, current?.servers[2] ?? null),
    ],
  }
}

export const phoneDoc = (row: SipPhoneRow): PhoneDoc => parseJson<PhoneDoc>(row.data)

/** The members both shapes show alike. */
function common(row: SipPhoneRow, doc: PhoneDoc) {
  return {
    authorization_name: doc.authorization_name,
    domain: doc.domain,
    password: doc.password,
    registration_expire_time: doc.registration_expire_time,
    user_email: row.user_email,
    user_name: doc.user_name,
    voice_mail: doc.voice_mail,
  }
}

/** A phone in the current shape (`phone_id`, `server`, `server_2`, `server_3`). */
export function presentNested(row: SipPhoneRow) {
  const doc = phoneDoc(row)
  const [server, server2, server3] = doc.servers
  return {
    phone_id: row.id,
    ...common(row, doc),
    display_number: doc.display_number,
    server,
    ...(server2 ? { server_2: server2 } : {}),
    ...(server3 ? { server_3: server3 } : {}),
  }
}

const flatServer = (server: SipServer | null, n: '' | '2' | '3') =>
  server
    ? {
        [`register_server${n}`]: server.register_server,
        [`proxy_server${n}`]: server.proxy_server,
        [`transport_protocol${n}`]: server.transport_protocol,
      }
    : {}

/** A phone in the older flat shape (`id`, `register_server`, `register_server2`…). */
export function presentFlat(row: SipPhoneRow) {
  const doc = phoneDoc(row)
  const [server, server2, server3] = doc.servers
  return {
    id: row.id,
    ...common(row, doc),
    ...flatServer(server, ''),
    ...flatServer(server2, '2'),
    ...flatServer(server3, '3'),
  }
}
