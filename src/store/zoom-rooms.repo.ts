import { sql, type Insertable, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely'
import type { Database } from './tables.js'
import type {
  ZoomRoomDeviceTable,
  ZoomRoomIssueTable,
  ZoomRoomMeetingTable,
  ZoomRoomTable,
} from './tables/zoom-rooms.js'

export type ZoomRoomRow = Selectable<ZoomRoomTable>
export type ZoomRoomDeviceRow = Selectable<ZoomRoomDeviceTable>
export type ZoomRoomIssueRow = Selectable<ZoomRoomIssueTable>
export type ZoomRoomMeetingRow = Selectable<ZoomRoomMeetingTable>

/** Zoom Rooms, their devices, issues and meetings; every query names the account. */
export class ZoomRoomsRepo {
  constructor(readonly db: Kysely<Database>) {}

  byId(accountId: string, id: string): Promise<ZoomRoomRow | undefined> {
    return this.db
      .selectFrom('zoom_rooms')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  /** The account's rooms, unordered and unlimited: the pager adds both. */
  listQuery(accountId: string): SelectQueryBuilder<Database, 'zoom_rooms', ZoomRoomRow> {
    return this.db.selectFrom('zoom_rooms').selectAll().where('account_id', '=', accountId)
  }

  async insert(room: Insertable<ZoomRoomTable>, devices: Insertable<ZoomRoomDeviceTable>[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('zoom_rooms').values(room).execute()
      if (devices.length) await trx.insertInto('zoom_room_devices').values(devices).execute()
    })
  }

  /** The room and everything recorded about it. */
  async remove(accountId: string, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const table of ['zoom_room_devices', 'zoom_room_issues', 'zoom_room_meetings'] as const)
        await trx.deleteFrom(table).where('account_id', '=', accountId).where('room_id', '=', id).execute()
      await trx.deleteFrom('zoom_rooms').where('account_id', '=', accountId).where('id', '=', id).execute()
    })
  }

  devices(accountId: string, roomId: string): Promise<ZoomRoomDeviceRow[]> {
    return this.db
      .selectFrom('zoom_room_devices')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('room_id', '=', roomId)
      .orderBy('seq')
      .execute()
  }

  /** The devices of several rooms, each room's in the order they were added. */
  devicesOf(accountId: string, roomIds: string[]): Promise<ZoomRoomDeviceRow[]> {
    if (!roomIds.length) return Promise.resolve([])
    return this.db
      .selectFrom('zoom_room_devices')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('room_id', 'in', roomIds)
      .orderBy('seq')
      .execute()
  }

  async insertIssue(row: Insertable<ZoomRoomIssueTable>): Promise<void> {
    await this.db.insertInto('zoom_room_issues').values(row).execute()
  }

  issue(accountId: string, roomId: string, id: string): Promise<ZoomRoomIssueRow | undefined> {
    return this.db
      .selectFrom('zoom_room_issues')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('room_id', '=', roomId)
      .where('id', '=', id)
      .executeTakeFirst()
  }

  async resolveIssue(accountId: string, id: string, at: number): Promise<void> {
    await this.db
      .updateTable('zoom_room_issues')
      .set({ resolved_at: at })
      .where('account_id', '=', accountId)
      .where('id', '=', id)
      .execute()
  }

  /** Issues of the rooms still open at `at` (raised by then, not resolved by then), oldest first. */
  openIssues(accountId: string, roomIds: string[], at: number): Promise<ZoomRoomIssueRow[]> {
    if (!roomIds.length) return Promise.resolve([])
    return this.db
      .selectFrom('zoom_room_issues')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('room_id', 'in', roomIds)
      .where('started_at', '<=', at)
      .where((eb) => eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>', at)]))
      .orderBy('started_at')
      .orderBy('seq')
      .execute()
  }

  /**
   * For the pager: what a room reported in [start, end), its issues raised then and the recoveries then of those of
   * `recoverable` (the issues that clear with a message). Each row takes its issue's `seq` doubled, plus one for a
   * recovery, so that a recovery follows the issue it ends and both keep a place of their own in the pages.
   */
  roomEventsQuery(accountId: string, roomId: string, start: number, end: number, recoverable: readonly string[]) {
    const issues = this.db
      .selectFrom('zoom_room_issues')
      .where('account_id', '=', accountId)
      .where('room_id', '=', roomId)
    const raised = issues
      .select(['issue', 'started_at as at', sql<number>`0`.as('recovered'), sql<number>`seq * 2`.as('seq')])
      .where('started_at', '>=', start)
      .where('started_at', '<', end)
    const recovered = issues
      .select([
        'issue',
        sql<number>`resolved_at`.as('at'),
        sql<number>`1`.as('recovered'),
        sql<number>`seq * 2 + 1`.as('seq'),
      ])
      .where('resolved_at', '>=', start)
      .where('resolved_at', '<', end)
      .where('issue', 'in', recoverable.length ? [...recoverable] : [''])
    return this.db.selectFrom(raised.unionAll(recovered).as('e')).selectAll()
  }

  /** Per issue name, the number of rooms that raised it in [start, end); most rooms first, at most `limit`. */
  async topIssues(accountId: string, start: number, end: number, limit: number) {
    const rows = await this.db
      .selectFrom('zoom_room_issues')
      .select((eb) => ['issue', eb.fn.count<number | string>('room_id').distinct().as('rooms')])
      .where('account_id', '=', accountId)
      .where('started_at', '>=', start)
      .where('started_at', '<', end)
      .groupBy('issue')
      .orderBy('rooms', 'desc')
      .orderBy('issue')
      .limit(limit)
      .execute()
    return rows.map((r) => ({ issue: r.issue, rooms: Number(r.rooms) }))
  }

  /** Per room, the number of issues it raised in [start, end); most first, at most `limit`. */
  async topRooms(accountId: string, start: number, end: number, limit: number) {
    const rows = await this.db
      .selectFrom('zoom_room_issues')
      .innerJoin('zoom_rooms', 'zoom_rooms.id', 'zoom_room_issues.room_id')
      .select((eb) => [
        'zoom_rooms.id as id',
        'zoom_rooms.name as name',
        eb.fn.count<number | string>('zoom_room_issues.id').as('issues'),
      ])
      .where('zoom_room_issues.account_id', '=', accountId)
      .where('zoom_room_issues.started_at', '>=', start)
      .where('zoom_room_issues.started_at', '<', end)
      .groupBy(['zoom_rooms.id', 'zoom_rooms.name'])
      .orderBy('issues', 'desc')
      .orderBy('zoom_rooms.name')
      .limit(limit)
      .execute()
    return rows.map((r) => ({ id: r.id, name: r.name, issues: Number(r.issues) }))
  }

  /** Records that the room joined an instance; a rejoin into the same instance keeps the first row. */
  async linkMeeting(row: Insertable<ZoomRoomMeetingTable>): Promise<void> {
    await this.db
      .insertInto('zoom_room_meetings')
      .values(row)
      .onConflict((oc) => oc.columns(['room_id', 'instance_uuid']).doNothing())
      .execute()
  }

  /**
   * Per room, the instance it is in now (one of its instances where its participant has a session still open; the
   * latest joined when several), and its latest join into a meeting, epoch ms.
   */
  async presence(accountId: string, roomIds: string[]): Promise<Map<string, { live?: string; lastJoin?: number }>> {
    const out = new Map<string, { live?: string; lastJoin?: number }>()
    if (!roomIds.length) return out
    const live = await this.db
      .selectFrom('zoom_room_meetings as m')
      .innerJoin('meeting_participants as p', (j) =>
        j.onRef('p.instance_uuid', '=', 'm.instance_uuid').onRef('p.participant_uuid', '=', 'm.participant_uuid'),
      )
      .select(['m.room_id', 'm.instance_uuid'])
      .where('m.account_id', '=', accountId)
      .where('m.room_id', 'in', roomIds)
      .where('p.account_id', '=', accountId)
      .where('p.leave_time', 'is', null)
      .orderBy('m.joined_at')
      .execute()
    const last = await this.db
      .selectFrom('zoom_room_meetings')
      .select((eb) => ['room_id', eb.fn.max('joined_at').as('at')])
      .where('account_id', '=', accountId)
      .where('room_id', 'in', roomIds)
      .groupBy('room_id')
      .execute()
    for (const r of last) out.set(r.room_id, { lastJoin: Number(r.at) })
    // Ordered oldest join first, so the latest one is kept.
    for (const r of live) out.set(r.room_id, { ...out.get(r.room_id), live: r.instance_uuid })
    return out
  }

  /** The account's instances among `uuids`. */
  instances(accountId: string, uuids: string[]) {
    if (!uuids.length) return Promise.resolve([])
    return this.db
      .selectFrom('meeting_instances')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('uuid', 'in', uuids)
      .execute()
  }

  /** The ended instances the room took part in that started in [start, end); unordered for the pager. */
  pastMeetingsQuery(
    accountId: string,
    roomId: string,
    start: number,
    end: number,
  ): SelectQueryBuilder<Database, 'zoom_room_meetings', ZoomRoomMeetingRow> {
    return this.db
      .selectFrom('zoom_room_meetings')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('room_id', '=', roomId)
      .where('instance_uuid', 'in', (eb) =>
        eb
          .selectFrom('meeting_instances')
          .select('uuid')
          .where('account_id', '=', accountId)
          .where('status', '=', 'ended')
          .where('start_time', '>=', start)
          .where('start_time', '<', end),
      )
  }
}
