import type { MultipartFields } from '@fastify/multipart'
import type { FastifyRequest } from 'fastify'
import { errors } from '../../errors/catalog.js'
import { nulRefused } from '../../util/nul.js'
import type { Services } from '../../services.js'
import { zoomId } from '../../util/ids.js'
import type { Json } from '../../util/json.js'
import type { User } from './user.service.js'

// Profile pictures and virtual backgrounds: multipart uploads kept in the `files` table and served at /p/<id>.

export const PICTURE_KIND = 'picture'
export const VIRTUAL_BACKGROUND_KIND = 'virtual_background'
export const PICTURE_MAX_BYTES = 2 * 1024 * 1024
export const VIRTUAL_BACKGROUND_MAX_BYTES = 15 * 1024 * 1024
export const VIRTUAL_BACKGROUND_MAX_FILES = 10

export interface Sniffed {
  kind: 'image' | 'video'
  contentType: string
  ext: string
}

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b)
const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1')

/** What a file is, from its first bytes (the name and the declared type are not trusted). */
export function sniff(bytes: Uint8Array): Sniffed | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'image', contentType: 'image/png', ext: 'png' }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', contentType: 'image/jpeg', ext: 'jpg' }
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a'))
    return { kind: 'image', contentType: 'image/gif', ext: 'gif' }
  if (bytes.length >= 12) {
    const box = ascii(bytes, 4, 8)
    if (box === 'ftyp') {
      return ascii(bytes, 8, 12) === 'qt  '
        ? { kind: 'video', contentType: 'video/quicktime', ext: 'mov' }
        : { kind: 'video', contentType: 'video/mp4', ext: 'mp4' }
    }
    // QuickTime files written without an ftyp box start with one of these atoms.
    if (['moov', 'mdat', 'wide', 'free', 'skip'].includes(box))
      return { kind: 'video', contentType: 'video/quicktime', ext: 'mov' }
  }
  return undefined
}

/** The largest track size in an MP4/MOV file (its `tkhd` boxes), or undefined when none is found. */
export function videoResolution(bytes: Uint8Array): { width: number; height: number } | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let best: { width: number; height: number } | undefined
  for (let at = buf.indexOf('tkhd', 0, 'latin1'); at >= 0; at = buf.indexOf('tkhd', at + 4, 'latin1')) {
    const version = buf[at + 4]
    // version, flags, then times, track id and duration (64-bit times in version 1), reserved, layer,
    // group, volume, reserved and the 36-byte matrix; width and height are 16.16 fixed point.
    const sizeAt = at + 4 + 4 + (version === 1 ? 32 : 20) + 8 + 8 + 36
    if (sizeAt + 8 > buf.length) continue
    const width = buf.readUInt32BE(sizeAt) >>> 16
    const height = buf.readUInt32BE(sizeAt + 4) >>> 16
    if (width && height && (!best || width * height > best.width * best.height)) best = { width, height }
  }
  return best
}

export interface Upload {
  filename: string
  bytes: Buffer
  /** Longer than the limit it was read with: only the first bytes are here. */
  truncated: boolean
  /** The form's text parts sent with the file, by name (the first of a repeated name). */
  fields: Record<string, string>
}

/**
 * The file sent in `field` of a multipart request (the first one, if several), read up to `maxBytes`. Other
 * parts are read and dropped. undefined when the request is not multipart or has no such file.
 */
export async function readUpload(
  request: FastifyRequest,
  field: string,
  maxBytes: number,
): Promise<Upload | undefined> {
  if (!request.isMultipart()) return undefined
  let found: Upload | undefined
  let form: MultipartFields | undefined
  try {
    for await (const part of request.files({ limits: { fileSize: maxBytes }, throwFileSizeLimit: false })) {
      const bytes = await part.toBuffer()
      if (part.fieldname === field && !found) {
        // A binary part sent without a file name (a bare Buffer from some form builders) still counts as the file.
        found = { filename: part.filename ?? '', bytes, truncated: part.file.truncated, fields: {} }
        // Shared by every part and complete once the loop is over, text parts after the file included.
        form = part.fields
      }
    }
  } catch {
    throw errors.badRequest('Invalid multipart/form-data request body.')
  }
  if (found && form) found.fields = textFields(form)
  // The file's name is stored and listed, as a JSON body's strings are.
  if (found?.filename.includes('\u0000')) throw nulRefused(field)
  return found
}

function textFields(form: MultipartFields): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(form)) {
    const first = Array.isArray(value) ? value[0] : value
    if (first?.type === 'field' && typeof first.value === 'string') out[name] = first.value
  }
  return out
}

/** The wording of the code-120 refusals of one image upload operation. */
export interface ImageRefusals {
  missing: string
  tooLarge: string
  notImage: string
}

/**
 * The uploaded file and its type, when it is a JPG/JPEG, GIF or PNG image read whole; otherwise 400/120 with the
 * operation's text: no file (or an empty one), a file cut at the size limit, or anything but those images.
 */
export function requireImage(upload: Upload | undefined, texts: ImageRefusals): { upload: Upload; type: Sniffed } {
  if (!upload || upload.bytes.length === 0) throw errors.fileError(texts.missing)
  if (upload.truncated) throw errors.fileError(texts.tooLarge)
  const type = sniff(upload.bytes)
  if (!type || type.kind !== 'image') throw errors.fileError(texts.notImage)
  return { upload, type }
}

/** POST /users/{userId}/picture: replaces the picture; pic_url then serves it. */
export async function setProfilePicture(svc: Services, user: User, upload: Upload | undefined): Promise<void> {
  if (!upload) throw errors.validation([{ field: 'pic_file', message: 'This field is required.' }])
  if (upload.bytes.length === 0) throw errors.fileError('File is empty.')
  if (upload.truncated) throw errors.fileError('File size cannot exceed 2M.')
  const type = sniff(upload.bytes)
  if (!type || (type.contentType !== 'image/png' && type.contentType !== 'image/jpeg'))
    throw errors.fileError('Only jpg/jpeg or png image file can be uploaded.')
  const previous = await svc.users.repo.files(user.account_id, user.id, PICTURE_KIND)
  const id = zoomId()
  await svc.users.repo.addFile({
    id,
    account_id: user.account_id,
    owner_id: user.id,
    kind: PICTURE_KIND,
    name: upload.filename || `picture.${type.ext}`,
    content_type: type.contentType,
    size: upload.bytes.length,
    bytes: upload.bytes,
    created_at: svc.clock.now(),
  })
  const doc = { ...user.doc, picture_file_id: id }
  await svc.users.saveDoc(user, doc)
  user.doc = doc
  if (previous.length)
    await svc.users.repo.removeFiles(
      user.account_id,
      user.id,
      PICTURE_KIND,
      previous.map((f) => f.id),
    )
}

/** DELETE /users/{userId}/picture. */
export async function removeProfilePicture(svc: Services, user: User): Promise<void> {
  if (user.doc.picture_file_id !== undefined) {
    const { picture_file_id: _, ...doc } = user.doc
    await svc.users.saveDoc(user, doc)
    user.doc = doc
  }
  await svc.users.repo.removeFiles(user.account_id, user.id, PICTURE_KIND)
}

function presentBackground(file: { id: string; name: string; size: number; content_type: string }) {
  return {
    id: file.id,
    is_default: false,
    name: file.name,
    size: Number(file.size),
    type: file.content_type.startsWith('video/') ? ('video' as const) : ('image' as const),
  }
}

/** As listed in settings under in_meeting.virtual_background_settings.files. */
export async function virtualBackgroundFiles(svc: Services, user: User): Promise<Json[]> {
  return (await svc.users.repo.files(user.account_id, user.id, VIRTUAL_BACKGROUND_KIND)).map(presentBackground)
}

const VIDEO_MIN = { long: 480, short: 360 }
const VIDEO_MAX = { long: 1920, short: 1080 }

/** POST /users/{userId}/settings/virtual_backgrounds. `allowVideos` is the user's allow_videos setting. */
export async function addVirtualBackground(
  svc: Services,
  user: User,
  upload: Upload | undefined,
  allowVideos: boolean,
) {
  if (!upload || upload.bytes.length === 0)
    throw errors.fileError('No file uploaded, verify that a file has been uploaded.')
  if (upload.truncated) throw errors.fileError('File size cannot exceed 15M.')
  const type = sniff(upload.bytes)
  if (!type || (type.kind === 'video' && !allowVideos))
    throw errors.fileError('Only jpg/jpeg, gif or png image file can be uploaded.')
  if (type.kind === 'video') {
    const size = videoResolution(upload.bytes)
    const long = size ? Math.max(size.width, size.height) : 0
    const short = size ? Math.min(size.width, size.height) : 0
    if (long < VIDEO_MIN.long || short < VIDEO_MIN.short || long > VIDEO_MAX.long || short > VIDEO_MAX.short) {
      throw errors.fileError('Video resolution must be between 480x360 (360p) and 1920x1080 (1080p).')
    }
  }
  const existing = await svc.users.repo.files(user.account_id, user.id, VIRTUAL_BACKGROUND_KIND)
  if (existing.length >= VIRTUAL_BACKGROUND_MAX_FILES)
    throw errors.fileError('A maximum of 10 files are allowed for a user.')
  const file = {
    id: zoomId(),
    account_id: user.account_id,
    owner_id: user.id,
    kind: VIRTUAL_BACKGROUND_KIND,
    name: upload.filename || `background.${type.ext}`,
    content_type: type.contentType,
    size: upload.bytes.length,
    bytes: upload.bytes,
    // Files list by upload time: two uploads within one millisecond still keep their order.
    created_at: Math.max(svc.clock.now(), ...existing.map((f) => Number(f.created_at) + 1)),
  }
  await svc.users.repo.addFile(file)
  return presentBackground(file)
}

/** DELETE /users/{userId}/settings/virtual_backgrounds?file_ids=a,b: every id must be one of the user's files. */
export async function removeVirtualBackgrounds(svc: Services, user: User, fileIds: string | undefined): Promise<void> {
  const ids = [
    ...new Set(
      (fileIds ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
  if (!ids.length) throw errors.badRequest('Invalid parameter: file_ids')
  const mine = new Set((await svc.users.repo.files(user.account_id, user.id, VIRTUAL_BACKGROUND_KIND)).map((f) => f.id))
  if (ids.some((id) => !mine.has(id))) throw errors.badRequest('Invalid parameter: file_ids')
  await svc.users.repo.removeFiles(user.account_id, user.id, VIRTUAL_BACKGROUND_KIND, ids)
}
