import type { Services } from '../../services.js'
import { RecordingPlaysRepo, type PlaysFilter } from '../../store/recording-plays.repo.js'
import { isoSeconds } from '../../util/time.js'
import { pageTotals, paginate, type PageQuery } from '../paging.js'
import { DAY_MS } from '../meetings/meeting.model.js'
import type { Recording, RecordingFile } from './model.js'
import { dateWindow, RECORDING_WINDOW, toDay, type DateWindow, type WindowRules } from '../date-window.js'

/** Analytics cover the week ending on `to` by default. */
const ANALYTICS_WINDOW: WindowRules = { ...RECORDING_WINDOW, defaultDays: 7 }

/** Who played or downloaded a file, as analytics name them. */
export interface Viewer {
  name: string
  email: string
}

/** Plays and downloads of the served files: the recording analytics count these. */
export class RecordingPlays {
  readonly repo: RecordingPlaysRepo

  constructor(private svc: Services) {
    this.repo = new RecordingPlaysRepo(svc.db.kysely)
  }

  /** The window a request asks for (see ANALYTICS_WINDOW), on the server clock. */
  window(query: { from?: string; to?: string }): DateWindow {
    return dateWindow(this.svc.clock.now(), query, ANALYTICS_WINDOW)
  }

  /** Views and downloads of a meeting's recordings on each day of the window, days without any included. */
  async summary(accountId: string, meetingId: number, w: DateWindow) {
    const counts = await this.repo.dailyCounts(filter(accountId, meetingId, w))
    const of = (day: number, action: string) =>
      counts.filter((c) => c.day === day && c.action === action).reduce((n, c) => n + c.n, 0)
    const first = w.start / DAY_MS
    const days = Array.from({ length: (w.end - w.start) / DAY_MS }, (_, i) => first + i)
    return days.map((day) => ({
      date: toDay(day * DAY_MS),
      views_total_count: of(day, 'view'),
      downloads_total_count: of(day, 'download'),
    }))
  }

  /** Who viewed (or downloaded) a meeting's recordings in the window, oldest first, in pages. */
  async details(accountId: string, meetingId: number, w: DateWindow, action: 'view' | 'download', q: PageQuery) {
    const f = filter(accountId, meetingId, w)
    const list = `recording-analytics:${accountId}:${meetingId}:${action}:${w.from}:${w.to}`
    const page = await paginate(this.svc.pages, this.repo.detailsQuery(f, action), q, list)
    return {
      ...pageTotals(page),
      items: page.items.map((r) => ({
        date_time: isoSeconds(Number(r.at)),
        name: r.name,
        email: r.email,
        duration: r.duration,
      })),
    }
  }

  async count(r: Recording, f: RecordingFile, action: 'view' | 'download', viewer: Viewer): Promise<void> {
    await this.repo.insert({
      account_id: r.account_id,
      meeting_id: r.meeting_id,
      recording_uuid: r.uuid,
      file_id: f.id,
      action,
      at: this.svc.clock.now(),
      name: viewer.name,
      email: viewer.email,
      duration: 0,
    })
  }
}

const filter = (accountId: string, meetingId: number, w: DateWindow): PlaysFilter => ({
  accountId,
  meetingId,
  from: w.start,
  to: w.end,
})
