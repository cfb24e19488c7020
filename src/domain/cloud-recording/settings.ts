import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { RecordingSettingsBody } from '../../schemas/cloud-recording/settings.js'
import type { Services } from '../../services.js'
import type { Actor } from '../actor.js'
import { getAccountSettings } from '../accounts/settings.js'
import { MeetingService } from '../meetings/meeting.service.js'
import { checkPasscode, type PasscodeRequirement } from '../meetings/passcode.js'
import { autoDeleteDate, type Recording, type RecordingSettings } from './model.js'
import { CloudRecordings } from './recordings.service.js'

export type RecordingSettingsInput = Static<typeof RecordingSettingsBody>

/** Zoom asks at least eight characters of a recording passcode, whatever the account's own minimum. */
const RECORDING_PASSCODE_MIN = 8
/** The account default when it names no number of days. */
const AUTO_DELETE_DAYS = 30

/** A recording's settings as Get meeting recording settings shows them. */
export function presentSettings(r: Recording) {
  const s = r.doc.settings
  return {
    ...s,
    topic: r.doc.topic,
    auto_delete_date: s.auto_delete ? s.auto_delete_date : undefined,
  }
}

/**
 * Changes the settings given and leaves the rest. On-demand viewing and the approval type move together: a
 * recording viewers register for approves them automatically (0) or manually (1), and one without registration
 * has approval type 2; a request asking for both on-demand viewing and no registration is refused (400/300).
 * A new topic emits recording.renamed; turning auto-delete on dates it by the account's number of days, counted
 * from the end of the recording.
 */
export async function updateRecordingSettings(
  svc: Services,
  actor: Actor,
  given: Recording,
  input: RecordingSettingsInput,
): Promise<void> {
  const account = await getAccountSettings(svc, given.account_id)
  const rec = account.recording as Record<string, unknown>
  const recordings = svc.use(CloudRecordings)
  const op = input.topic !== undefined ? await svc.use(MeetingService).operator(actor) : undefined
  // The change applies to the recording as it is now, held until the write: two updates never lose one another.
  await svc.db.kysely.transaction().execute(async (trx) => {
    const r = await recordings.locked(given, trx)
    const before = r.doc.settings
    const next: RecordingSettings = { ...before }

    if (input.share_recording !== undefined) next.share_recording = input.share_recording
    if (input.recording_authentication !== undefined) next.recording_authentication = input.recording_authentication
    if (input.authentication_option !== undefined) next.authentication_option = input.authentication_option
    if (input.authentication_domains !== undefined) next.authentication_domains = input.authentication_domains
    if (input.viewer_download !== undefined) next.viewer_download = input.viewer_download
    if (input.send_email_to_host !== undefined) next.send_email_to_host = input.send_email_to_host
    if (input.show_social_share_buttons !== undefined) next.show_social_share_buttons = input.show_social_share_buttons

    if (input.password !== undefined) {
      if (input.password !== '') {
        const req = (rec.recording_password_requirement ?? {}) as PasscodeRequirement
        checkPasscode(input.password, { ...req, length: Math.max(RECORDING_PASSCODE_MIN, req.length ?? 0) })
      }
      next.password = input.password
    }

    if (input.on_demand === true && input.approval_type === 2)
      throw errors.validation([
        { field: 'approval_type', message: 'An on-demand recording needs approval type 0 or 1.' },
      ])
    if (input.approval_type !== undefined) {
      next.approval_type = input.approval_type
      next.on_demand = input.approval_type !== 2
    }
    if (input.on_demand !== undefined) {
      next.on_demand = input.on_demand
      if (!input.on_demand) next.approval_type = 2
      else if (next.approval_type === 2) next.approval_type = 0
    }

    if (input.auto_delete !== undefined && input.auto_delete !== before.auto_delete) {
      next.auto_delete = input.auto_delete
      const days = Number(rec.auto_delete_cmr_days ?? AUTO_DELETE_DAYS) || AUTO_DELETE_DAYS
      next.auto_delete_date = input.auto_delete ? autoDeleteDate(recordingEnd(r), days) : ''
    }

    const oldTopic = r.doc.topic
    const renamed = input.topic !== undefined && input.topic !== oldTopic
    r.doc = { ...r.doc, settings: next, topic: renamed && input.topic !== undefined ? input.topic : oldTopic }
    await recordings.saveDoc(r, trx)
    if (!renamed || !op) return
    const object = { uuid: r.uuid, id: r.meeting_id, topic: r.doc.topic, type: r.doc.type, host_id: r.host_id }
    await svc.events.emit(
      {
        event: 'recording.renamed',
        accountId: r.account_id,
        payload: { ...op, time_stamp: svc.clock.now(), old_object: { ...object, topic: oldTopic } },
        object,
      },
      trx,
    )
  })
}

/** When the last recorded stretch stopped (the start of the recording when none is known). */
function recordingEnd(r: Recording): number {
  let end = r.start_time
  for (const set of r.doc.sets) for (const span of set.spans) end = Math.max(end, span.end)
  return end
}
