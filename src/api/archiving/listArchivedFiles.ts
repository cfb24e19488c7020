import { MeetingArchives } from '../../domain/archiving/archives.js'
import { CloudRecordings } from '../../domain/cloud-recording/recordings.service.js'
import { DAY_MS } from '../../domain/meetings/meeting.model.js'
import { pageTotals, paginate } from '../../domain/paging.js'
import { errors } from '../../errors/catalog.js'
import { defineOperation } from '../../http/operation.js'
import { ArchivedFilesOut, ArchivedFilesQuery } from '../../schemas/archiving/schemas.js'
import { isoSeconds } from '../../util/time.js'
import { instantWindow } from '../../domain/date-window.js'

/** Zoom's archive list spans at most seven days. */
const WINDOW_MS = 7 * DAY_MS

// List archived files: the account's archived meetings and webinars whose start (or archive completion) falls in
// a window of at most seven days, with their files. Refused with 400/200 for a free account or one without
// archiving, 400/300 for a bad or too long window.
export default defineOperation({
  id: 'listArchivedFiles',
  method: 'GET',
  path: '/archive_files',
  query: ArchivedFilesQuery,
  success: { status: 200, schema: ArchivedFilesOut },
  async handle({ query, actor, svc }) {
    const archives = svc.use(MeetingArchives)
    await archives.requireArchiving(actor.accountId)
    await svc.use(CloudRecordings).sweep(actor.accountId)
    const { from, to, end } = instantWindow(svc.clock.now(), query, WINDOW_MS, {
      reversed: () => errors.archiveWindowReversed(),
      tooLong: () => errors.archiveWindowTooLong(),
    })
    const by = query.query_date_type === 'archive_complete_time' ? 'complete_time' : 'start_time'
    const page = await paginate(
      svc.pages,
      archives.listQuery(actor.accountId, { from, to: end, by }),
      query,
      `archive-files|${actor.accountId}|${by}|${from}..${to}`,
    )
    return {
      from: isoSeconds(from),
      to: isoSeconds(to),
      ...pageTotals(page),
      meetings: await archives.presentAll(actor.accountId, page.items),
    }
  },
})
