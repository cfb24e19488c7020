import { errors } from '../../errors/catalog.js'
import type { Services } from '../../services.js'
import { ACCOUNT_VB_KIND, AccountFilesRepo } from '../../store/account-files.repo.js'
import { zoomId } from '../../util/ids.js'
import { sniff, videoResolution, type Upload } from '../users/uploads.js'
import { getAccountSettings } from './settings.js'

// The account's virtual backgrounds, offered to all of its users; the same rules as a user's own backgrounds.

const MAX_FILES = 10

/** POST /accounts/{accountId}/settings/virtual_backgrounds. */
export async function addAccountBackground(svc: Services, accountId: string, upload: Upload | undefined) {
  const settings = await getAccountSettings(svc, accountId)
  const vb = settings.in_meeting.virtual_background_settings as {
    enable?: boolean
    allow_videos?: boolean
    allow_upload_custom?: boolean
  }
  if (settings.in_meeting.virtual_background === false || vb.enable === false)
    throw errors.noPermission('Virtual background is not enabled for this account.')
  if (!upload || upload.bytes.length === 0)
    throw errors.fileError('No file uploaded, verify that a file has been uploaded.')
  if (upload.truncated) throw errors.fileError('File size cannot exceed 15M.')
  const type = sniff(upload.bytes)
  if (!type || (type.kind === 'video' && vb.allow_videos === false))
    throw errors.fileError('Only jpg/jpeg, gif or png image file can be uploaded.')
  if (type.kind === 'video') {
    const size = videoResolution(upload.bytes)
    const long = size ? Math.max(size.width, size.height) : 0
    const short = size ? Math.min(size.width, size.height) : 0
    if (long < 480 || short < 360 || long > 1920 || short > 1080)
      throw errors.fileError('Video resolution must be between 480x360 (360p) and 1920x1080 (1080p).')
  }
  const repo = new AccountFilesRepo(svc.db.kysely)
  const existing = await repo.list(accountId, ACCOUNT_VB_KIND)
  if (existing.length >= MAX_FILES) throw errors.fileError('A maximum of 10 files are allowed for an account.')
  const file = {
    id: zoomId(),
    account_id: accountId,
    owner_id: accountId,
    kind: ACCOUNT_VB_KIND,
    name: upload.filename || `background.${type.ext}`,
    content_type: type.contentType,
    size: upload.bytes.length,
    bytes: upload.bytes,
    // Files list by upload time: two uploads within one millisecond keep their order.
    created_at: Math.max(svc.clock.now(), ...existing.map((f) => Number(f.created_at) + 1)),
  }
  await repo.add(file)
  return { id: file.id, is_default: false, name: file.name, size: file.size, type: type.kind }
}

/** DELETE …/virtual_backgrounds?file_ids=a,b: every id must be one of the account's files. */
export async function removeAccountBackgrounds(
  svc: Services,
  accountId: string,
  fileIds: string | undefined,
): Promise<void> {
  const ids = [
    ...new Set(
      (fileIds ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
  if (!ids.length) throw errors.badRequest('Invalid parameter: file_ids')
  const repo = new AccountFilesRepo(svc.db.kysely)
  const mine = new Set((await repo.list(accountId, ACCOUNT_VB_KIND)).map((f) => f.id))
  if (ids.some((id) => !mine.has(id))) throw errors.badRequest('Invalid parameter: file_ids')
  await repo.remove(accountId, ACCOUNT_VB_KIND, ids)
}
