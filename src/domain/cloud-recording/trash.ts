import type { Kysely } from 'kysely'
import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import type { Database } from '../../store/tables.js'
import type { Actor } from '../actor.js'
import { getAccountSettings } from '../accounts/settings.js'
import { MeetingService } from '../meetings/meeting.service.js'
import type { Recording, RecordingFile } from './model.js'
import { CloudRecordings } from './recordings.service.js'
import { cloudStorageQuota } from './storage.js'

/** `trash` keeps files recoverable for 30 days; `delete` removes them at once. */
export type DeleteAction = 'trash' | 'delete'

type TrashType = 'meeting_recordings' | 'recording_file'

/**
 * Deletes a meeting's recording (action `trash` or `delete`), or one of its files when `fileId` is given. A trash
 * moves the files out of the trash into it; a delete removes every file, those in the trash too. 400/3303 while
 * the recording is processing; 404/3301 when there is nothing of it to act on.
 */
export async function deleteRecording(
  svc: Services,
  actor: Actor,
  meetingId: string,
  action: DeleteAction,
  fileId?: string,
): Promise<void> {
  const recordings = svc.use(CloudRecordings)
  const r = await recordings.resolve(actor, meetingId)
  if (r.status !== 'completed') throw errors.recordingNotCompleted()
  if (fileId !== undefined) {
    const settings = await getAccountSettings(svc, actor.accountId)
    if (settings.recording?.host_delete_cloud_recording === false) throw errors.recordingNoPermission()
  }
  const operator = await svc.use(MeetingService).operator(actor)
  await svc.db.kysely.transaction().execute(async (trx) => {
    const all = await cloudFiles(svc, r, trx)
    const named = fileId === undefined ? all : all.filter((f) => f.id === fileId)
    const targets = action === 'trash' ? named.filter((f) => f.trashed_at === null) : named
    if (!targets.length) throw fileId === undefined ? errors.recordingNotFound() : errors.recordingFileNotFound()
    let ids = targets.map((f) => f.id)
    if (action === 'trash') {
      const type: TrashType = fileId === undefined ? 'meeting_recordings' : 'recording_file'
      // Only what this request moved is announced: a concurrent trash of the same files announces the rest.
      ids = await recordings.repo.setTrash(r.account_id, ids, { at: svc.clock.now(), type }, trx)
      if (!ids.length) throw fileId === undefined ? errors.recordingNotFound() : errors.recordingFileNotFound()
    } else {
      await recordings.repo.deleteFiles(r.account_id, ids, trx)
      // A transcript still to come would bring back a recording deleted as a whole.
      if (fileId === undefined) await recordings.repo.update(r.account_id, r.uuid, { transcript_at: null }, trx)
    }
    await recordings.refreshTotals(r.account_id, r.uuid, trx)
    const event = action === 'trash' ? 'recording.trashed' : 'recording.deleted'
    await recordings.announce(
      event,
      r,
      targets.filter((f) => ids.includes(f.id)),
      trx,
      operator,
    )
  })
}

/**
 * Brings a meeting's trashed files (or the one named) back out of the trash. 400/3309 when the account's files out
 * of the trash would then take more than its cloud storage; 404/3301 for an unknown recording or file. A recording
 * with nothing in the trash is left as it is.
 */
export async function recoverRecording(svc: Services, actor: Actor, meetingId: string, fileId?: string): Promise<void> {
  const recordings = svc.use(CloudRecordings)
  const r = await recordings.resolve(actor, meetingId)
  const operator = await svc.use(MeetingService).operator(actor)
  const account = await svc.accounts.get(r.account_id)
  const quota = account ? cloudStorageQuota(account) : 0
  await svc.db.kysely.transaction().execute(async (trx) => {
    const all = await cloudFiles(svc, r, trx)
    const named = fileId === undefined ? all : all.filter((f) => f.id === fileId)
    if (fileId !== undefined && !named.length) throw errors.recordingFileNotFound()
    const targets = named.filter((f) => f.trashed_at !== null)
    if (!targets.length) return
    const used = await recordings.repo.storageUsed(r.account_id, trx, true)
    if (used + targets.reduce((n, f) => n + f.file_size, 0) > quota) throw errors.recordingStorageFull()
    const ids = await recordings.repo.setTrash(
      r.account_id,
      targets.map((f) => f.id),
      null,
      trx,
    )
    if (!ids.length) return
    await recordings.refreshTotals(r.account_id, r.uuid, trx)
    const back = targets.filter((f) => ids.includes(f.id)).map((f) => ({ ...f, trashed_at: null, trash_type: null }))
    await recordings.announce('recording.recovered', r, back, trx, operator)
  })
}

function cloudFiles(svc: Services, r: Recording, db: Kysely<Database>): Promise<RecordingFile[]> {
  return svc.use(CloudRecordings).files(r, db)
}
