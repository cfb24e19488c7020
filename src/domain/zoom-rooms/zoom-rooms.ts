import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { SimZoomRoomBody } from '../../schemas/dashboards/zoom-rooms.js'
import type { Services } from '../../services.js'
import {
  ZoomRoomsRepo,
  type ZoomRoomDeviceRow,
  type ZoomRoomIssueRow,
  type ZoomRoomRow,
} from '../../store/zoom-rooms.repo.js'
import { zoomId } from '../../util/ids.js'
import { isoSeconds } from '../../util/time.js'
import type { Actor } from '../actor.js'
import { DASHBOARD_WINDOW, DashboardInstances } from '../dashboards/instances.js'
import { requireDashboard } from '../dashboards/gate.js'
import { dateWindow, parseInstant, windowedPage } from '../date-window.js'
import { hydrateInstance } from '../meetings/participants.js'
import type { InstanceRow } from '../../store/meeting-instances.repo.js'
import { numberedPage, paginate, type PageQuery } from '../paging.js'
import { ROOM_OFFLINE, roomHealth, ZOOM_ROOM_ISSUE_RECOVERY } from './issues.js'

export type SimZoomRoomInput = Static<typeof SimZoomRoomBody>

/** The two "top" dashboards answer at most this many rows. */
const TOP = 25

/** How the room list labels a device's address: the computer is "Computer" there. */
const IP_LABELS: Record<string, string> = { 'Zoom Rooms Computer': 'Computer' }

interface WindowQuery {
  from?: string
  to?: string
}

/** An instant given in a simulator body, at or before now; now when absent. */
function instantAt(field: string, value: string | undefined, now: number): number {
  if (value === undefined) return now
  const ms = parseInstant(value)
  if (!Number.isFinite(ms))
    throw errors.validation([{ field, message: `Invalid field: ${field}. Expected yyyy-MM-ddTHH:mm:ssZ.` }])
  if (ms > now) throw errors.validation([{ field, message: `Invalid field: ${field}. It must not be in the future.` }])
  return ms
}

function presentIssue(row: ZoomRoomIssueRow) {
  return {
    id: row.id,
    room_id: row.room_id,
    issue: row.issue,
    started_at: isoSeconds(Number(row.started_at)),
    ...(row.resolved_at === null ? {} : { resolved_at: isoSeconds(Number(row.resolved_at)) }),
  }
}

function presentDevice(row: ZoomRoomDeviceRow) {
  const { id, device_type, name, ip, app_version, device_system, status } = row
  return { id, device_type, name, ip, app_version, device_system, status }
}

/**
 * Zoom Rooms of an account: registered, given issues and deleted through the simulator (Zoom's API does not
 * create them), joined into simulated meetings, and read by the Zoom Rooms dashboards.
 */
export class ZoomRooms {
  readonly repo: ZoomRoomsRepo

  constructor(private svc: Services) {
    this.repo = new ZoomRoomsRepo(svc.db.kysely)
  }

  /** The room, or Zoom's 404/1012. */
  async room(accountId: string, id: string): Promise<ZoomRoomRow> {
    const row = await this.repo.byId(accountId, id)
    if (!row) throw errors.zoomRoomNotFound(id)
    return row
  }

  // Simulator

  async register(actor: Actor, input: SimZoomRoomInput) {
    const accountId = actor.accountId
    const id = zoomId()
    const room = {
      account_id: accountId,
      id,
      name: input.room_name,
      location: input.location ?? '',
      location_id: input.location_id ?? '',
      calendar_name: input.calendar_name ?? '',
      email: input.email ?? '',
      account_type: input.account_type ?? (input.email ? 'Work Email' : ''),
      camera: input.camera ?? '',
      microphone: input.microphone ?? '',
      speaker: input.speaker ?? '',
      created_at: this.svc.clock.now(),
    }
    const devices = (input.devices ?? []).map((d) => ({
      account_id: accountId,
      room_id: id,
      id: zoomId(),
      device_type: d.device_type,
      name: d.name ?? d.device_type,
      ip: d.ip ?? '',
      app_version: d.app_version ?? '',
      device_system: d.device_system ?? '',
      status: d.status ?? 'Online',
    }))
    await this.repo.insert(room, devices)
    return this.presentRoom(await this.room(accountId, id))
  }

  private async presentRoom(row: ZoomRoomRow) {
    const devices = await this.repo.devices(row.account_id, row.id)
    return {
      id: row.id,
      room_name: row.name,
      location: row.location,
      location_id: row.location_id,
      calendar_name: row.calendar_name,
      email: row.email,
      account_type: row.account_type,
      camera: row.camera,
      microphone: row.microphone,
      speaker: row.speaker,
      created_at: isoSeconds(Number(row.created_at)),
      devices: devices.map(presentDevice),
    }
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.room(actor.accountId, id)
    await this.repo.remove(actor.accountId, id)
  }

  async raise(actor: Actor, roomId: string, input: { issue: string; at?: string }) {
    const room = await this.room(actor.accountId, roomId)
    const at = instantAt('at', input.at, this.svc.clock.now())
    const id = zoomId()
    await this.repo.insertIssue({
      account_id: room.account_id,
      room_id: room.id,
      id,
      issue: input.issue,
      started_at: at,
      resolved_at: null,
    })
    return this.issueOf(room, id)
  }

  async resolve(actor: Actor, roomId: string, issueId: string, input: { at?: string }) {
    const room = await this.room(actor.accountId, roomId)
    const issue = await this.issueOf(room, issueId)
    if (issue.resolved_at !== undefined)
      throw errors.badRequest(`Issue ${issueId} of Zoom Room ${roomId} is already resolved.`, 300)
    const at = instantAt('at', input.at, this.svc.clock.now())
    if (at < Date.parse(issue.started_at))
      throw errors.validation([{ field: 'at', message: 'Invalid field: at. It must not be before the issue started.' }])
    await this.repo.resolveIssue(room.account_id, issueId, at)
    return this.issueOf(room, issueId)
  }

  private async issueOf(room: ZoomRoomRow, issueId: string) {
    const row = await this.repo.issue(room.account_id, room.id, issueId)
    if (!row) throw errors.notFound(`Zoom Room ${room.id} has no issue ${issueId}.`)
    return presentIssue(row)
  }

  /** A room joined an instance as this participant (its rejoins keep the participant). */
  async joined(accountId: string, roomId: string, instanceUuid: string, participantUuid: string): Promise<void> {
    await this.repo.linkMeeting({
      account_id: accountId,
      room_id: roomId,
      instance_uuid: instanceUuid,
      participant_uuid: participantUuid,
      joined_at: this.svc.clock.now(),
    })
  }

  // Dashboards

  async list(actor: Actor, query: PageQuery) {
    await requireDashboard(this.svc, actor.accountId)
    const page = await paginate(
      this.svc.pages,
      this.repo.listQuery(actor.accountId),
      query,
      `zoom-rooms|${actor.accountId}`,
    )
    const zoom_rooms = (await this.dashboardRooms(actor.accountId, page.items)).map((r) => r.fields)
    return {
      ...numberedPage(page),
      zoom_rooms,
    }
  }

  /** Rooms as the dashboards show them, each with the instance it is in now, if any: a few queries for them all. */
  private async dashboardRooms(accountId: string, rooms: ZoomRoomRow[]) {
    const ids = rooms.map((r) => r.id)
    const openOf = new Map<string, string[]>()
    for (const i of await this.repo.openIssues(accountId, ids, this.svc.clock.now()))
      openOf.set(i.room_id, [...(openOf.get(i.room_id) ?? []), i.issue])
    const devicesOf = new Map<string, ZoomRoomDeviceRow[]>()
    for (const d of await this.repo.devicesOf(accountId, ids))
      devicesOf.set(d.room_id, [...(devicesOf.get(d.room_id) ?? []), d])
    const presence = await this.repo.presence(accountId, ids)
    return rooms.map((row) => {
      const open = openOf.get(row.id) ?? []
      const { live, lastJoin } = presence.get(row.id) ?? {}
      const status = live ? 'In Meeting' : open.includes(ROOM_OFFLINE) ? 'Offline' : 'Available'
      const fields = {
        id: row.id,
        room_name: row.name,
        calender_name: row.calendar_name,
        email: row.email,
        account_type: row.account_type,
        status,
        device_ip: (devicesOf.get(row.id) ?? [])
          .filter((d) => d.ip)
          .map((d) => `${IP_LABELS[d.device_type] ?? d.device_type} : ${d.ip}`)
          .join('; '),
        camera: row.camera,
        microphone: row.microphone,
        speaker: row.speaker,
        ...(lastJoin === undefined ? {} : { last_start_time: isoSeconds(lastJoin) }),
        location: row.location,
        location_id: row.location_id,
        issues: open,
        health: roomHealth(open),
      }
      return { fields, live }
    })
  }

  async detail(actor: Actor, roomId: string, query: WindowQuery & PageQuery) {
    await requireDashboard(this.svc, actor.accountId)
    const window = dateWindow(this.svc.clock.now(), query, DASHBOARD_WINDOW)
    const row = await this.room(actor.accountId, roomId)
    const [room] = await this.dashboardRooms(actor.accountId, [row])
    const base = this.repo.pastMeetingsQuery(actor.accountId, roomId, window.start, window.end)
    const list = `zoom-room-meetings|${actor.accountId}|${roomId}|${window.from}|${window.to}`
    const page = await paginate(this.svc.pages, base, query, list)
    const live = room?.live
    const uuids = page.items.map((link) => link.instance_uuid)
    const found = new Map(
      (await this.repo.instances(actor.accountId, live ? [...uuids, live] : uuids)).map((i) => [i.uuid, i]),
    )
    // In the pager's order; an instance deleted with its meeting, or one the caller may not see, is left out.
    const shown = [...uuids, ...(live ? [live] : [])]
      .map((uuid) => found.get(uuid))
      .filter((i): i is InstanceRow => i !== undefined && (actor.accountWide || i.host_id === actor.userId))
      .map(hydrateInstance)
    const rows = await this.svc.use(DashboardInstances).presentAll(shown)
    const liveMeeting = live ? rows.find((r) => r.uuid === live) : undefined
    return {
      ...(room?.fields ?? {}),
      ...(liveMeeting ? { live_meeting: liveMeeting } : {}),
      past_meetings: { ...windowedPage(window, page), meetings: rows.filter((r) => r !== liveMeeting) },
    }
  }

  async topIssues(actor: Actor, query: WindowQuery) {
    await requireDashboard(this.svc, actor.accountId)
    const window = dateWindow(this.svc.clock.now(), query, DASHBOARD_WINDOW)
    const rows = await this.repo.topIssues(actor.accountId, window.start, window.end, TOP)
    return {
      from: window.from,
      to: window.to,
      total_records: rows.length,
      issues: rows.map((r) => ({ issue_name: r.issue, zoom_rooms_count: r.rooms })),
    }
  }

  async topRooms(actor: Actor, query: WindowQuery) {
    await requireDashboard(this.svc, actor.accountId)
    const window = dateWindow(this.svc.clock.now(), query, DASHBOARD_WINDOW)
    const rows = await this.repo.topRooms(actor.accountId, window.start, window.end, TOP)
    return {
      from: window.from,
      to: window.to,
      total_records: rows.length,
      zoom_rooms: rows.map((r) => ({ id: r.id, room_name: r.name, issues_count: r.issues })),
    }
  }

  async issueDetails(actor: Actor, roomId: string, query: WindowQuery & PageQuery) {
    await requireDashboard(this.svc, actor.accountId)
    const window = dateWindow(this.svc.clock.now(), query, DASHBOARD_WINDOW)
    await this.room(actor.accountId, roomId)
    const recoverable = [...ZOOM_ROOM_ISSUE_RECOVERY].filter(([, text]) => text).map(([issue]) => issue)
    const base = this.repo.roomEventsQuery(actor.accountId, roomId, window.start, window.end, recoverable)
    const list = `zoom-room-issues|${actor.accountId}|${roomId}|${window.from}|${window.to}`
    const page = await paginate(this.svc.pages, base, query, list)
    return {
      ...windowedPage(window, page),
      // A cleared issue shows again when it cleared, under the text Zoom gives its recovery.
      issue_details: page.items.map((r) => ({
        issue: Number(r.recovered) ? (ZOOM_ROOM_ISSUE_RECOVERY.get(r.issue) ?? r.issue) : r.issue,
        time: isoSeconds(Number(r.at)),
      })),
    }
  }
}
