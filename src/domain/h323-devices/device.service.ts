import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { CreateDeviceBody, UpdateDeviceBody } from '../../schemas/h323-devices/schemas.js'
import type { Services } from '../../services.js'
import { H323DevicesRepo, type H323DeviceRow } from '../../store/h323-devices.repo.js'
import { UNIQUE, unlessTaken } from '../../store/unique.js'
import { secret } from '../../util/ids.js'
import { hasAccountFeature } from '../accounts/features.js'
import { numberedPage, paginate, type PageQuery } from '../paging.js'
import { addressProblem } from './address.js'

export type CreateDeviceInput = Static<typeof CreateDeviceBody>
export type UpdateDeviceInput = Static<typeof UpdateDeviceBody>

type Protocol = CreateDeviceInput['protocol']
type Encryption = CreateDeviceInput['encryption']

/** Display names are compared trimmed and without regard to case. */
const nameKey = (name: string) => name.trim().toLowerCase()

export function presentDevice(row: H323DeviceRow) {
  return {
    id: row.id,
    name: row.name,
    protocol: row.protocol as Protocol,
    ip: row.ip,
    encryption: row.encryption as Encryption,
  }
}

/**
 * The H.323/SIP room systems of an account: the devices its Room Connector calls out to, or takes calls from, to
 * bring them into meetings. The account needs the `h323_sip_devices` feature (Business plans and up).
 */
export class H323DeviceService {
  readonly repo: H323DevicesRepo

  constructor(private svc: Services) {
    this.repo = new H323DevicesRepo(svc.db.kysely)
  }

  /** 400/200 "No permission." when the account may not register room devices; checked before any lookup. */
  async requireFeature(accountId: string): Promise<void> {
    if (!(await hasAccountFeature(this.svc, accountId, 'h323_sip_devices'))) throw errors.h323NotAllowed()
  }

  /** A device of the account; 404/300 when there is none with that id. */
  async row(accountId: string, deviceId: string): Promise<H323DeviceRow> {
    const row = await this.repo.byId(accountId, deviceId)
    if (!row) throw errors.h323DeviceNotFound(deviceId)
    return row
  }

  /** A display name that is not blank (400/300) and not another device's (404/2020). */
  private async name(accountId: string, given: string, selfId?: string): Promise<string> {
    const name = given.trim()
    if (!name) throw errors.missingField('name')
    const other = await this.repo.byNameKey(accountId, nameKey(name))
    if (other && other.id !== selfId) throw errors.h323DeviceNameTaken(name)
    return name
  }

  private static checkAddress(protocol: string, ip: string): void {
    const problem = addressProblem(protocol, ip)
    if (problem) throw errors.validation([{ field: 'ip', message: problem }])
  }

  async list(accountId: string, query: PageQuery) {
    await this.requireFeature(accountId)
    const page = await paginate(this.svc.pages, this.repo.listQuery(accountId), query, `h323-devices|${accountId}`)
    return {
      ...numberedPage(page),
      devices: page.items.map(presentDevice),
    }
  }

  async create(accountId: string, input: CreateDeviceInput) {
    await this.requireFeature(accountId)
    H323DeviceService.checkAddress(input.protocol, input.ip)
    const name = await this.name(accountId, input.name)
    const now = this.svc.clock.now()
    const row: Omit<H323DeviceRow, 'seq'> = {
      account_id: accountId,
      id: secret(16),
      name,
      name_key: nameKey(name),
      protocol: input.protocol,
      ip: input.ip,
      encryption: input.encryption,
      created_at: now,
      updated_at: now,
    }
    await unlessTaken(
      UNIQUE.h323DeviceName,
      () => this.repo.insert(row),
      () => errors.h323DeviceNameTaken(name),
    )
    return presentDevice({ ...row, seq: 0 })
  }

  /** Changes what the body names; the address is checked against the protocol the device ends up with. */
  async update(accountId: string, deviceId: string, input: UpdateDeviceInput): Promise<void> {
    await this.requireFeature(accountId)
    const current = await this.row(accountId, deviceId)
    const protocol = input.protocol ?? current.protocol
    const ip = input.ip ?? current.ip
    if (input.protocol !== undefined || input.ip !== undefined) H323DeviceService.checkAddress(protocol, ip)
    const patch: Parameters<H323DevicesRepo['update']>[2] = {}
    if (input.name !== undefined) {
      const name = await this.name(accountId, input.name, deviceId)
      patch.name = name
      patch.name_key = nameKey(name)
    }
    if (input.protocol !== undefined) patch.protocol = input.protocol
    if (input.ip !== undefined) patch.ip = input.ip
    if (input.encryption !== undefined) patch.encryption = input.encryption
    if (!Object.keys(patch).length) return
    patch.updated_at = this.svc.clock.now()
    const name = patch.name ?? current.name
    await unlessTaken(
      UNIQUE.h323DeviceName,
      () => this.repo.update(accountId, deviceId, patch),
      () => errors.h323DeviceNameTaken(name),
    )
  }

  async delete(accountId: string, deviceId: string): Promise<void> {
    await this.requireFeature(accountId)
    await this.row(accountId, deviceId)
    await this.repo.remove(accountId, deviceId)
  }
}
