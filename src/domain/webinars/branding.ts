import type { Kysely } from 'kysely'
import type { Static } from 'typebox'
import { errors } from '../../errors/catalog.js'
import type { NameTagCreateBody, NameTagUpdateBody } from '../../schemas/webinars/branding.js'
import type { Services } from '../../services.js'
import type { Database } from '../../store/tables.js'
import {
  WebinarBrandingRepo,
  type BrandingFileRow,
  type NameTagPatch,
  type WebinarBrandingRow,
  type WebinarNameTagRow,
} from '../../store/webinar-branding.repo.js'
import { WebinarPanelistsRepo } from '../../store/webinar-panelists.repo.js'
import { zoomId } from '../../util/ids.js'
import { parseJson } from '../../util/json.js'
import type { Actor } from '../actor.js'
import type { Meeting } from '../meetings/meeting.service.js'
import { requireImage, VIRTUAL_BACKGROUND_MAX_BYTES, type ImageRefusals, type Upload } from '../users/uploads.js'
import type { PanelistData } from './panelists.js'
import { WebinarService } from './webinar.service.js'

/**
 * Webinar session branding: a wallpaper behind the video tiles, virtual backgrounds and name tags offered to the
 * hosts and panelists. The images are kept whole in the shared `files` table, owned by the webinar, and served back
 * at `/p/{id}` like every other upload. Everything here needs the webinar's `enable_session_branding` setting.
 */

export const BRANDING_BACKGROUND_KIND = 'webinar_virtual_background'
export const BRANDING_WALLPAPER_KIND = 'webinar_wallpaper'
export const BRANDING_FILE_MAX_BYTES = VIRTUAL_BACKGROUND_MAX_BYTES
export const MAX_BRANDING_BACKGROUNDS = 10
export const MAX_NAME_TAGS = 20

const IMAGE_REFUSALS: ImageRefusals = {
  missing: 'No file uploaded. Verify that a file has been uploaded.',
  tooLarge: 'File size cannot exceed 15M.',
  notImage: 'Only JPG/JPEG, GIF, or PNG image files can be uploaded.',
}

/** The two kinds of item a webinar (and each of its panelists) has a default of. */
type Slot = 'name_tag' | 'virtual_background'

const DEFAULT_COLUMN = {
  name_tag: 'default_name_tag_id',
  virtual_background: 'default_virtual_background_id',
} as const
const PANELIST_FIELD = { name_tag: 'name_tag_id', virtual_background: 'virtual_background_id' } as const

export type NameTagInput = Static<typeof NameTagCreateBody>
export type NameTagChanges = Static<typeof NameTagUpdateBody>

/** The ids of a comma-separated query parameter, blanks and repeats left out. */
function idList(param: string | undefined): string[] {
  return [
    ...new Set(
      (param ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ]
}

/** A yes/no part of a multipart form: absent gives `fallback`; anything but true or false is a validation error. */
function formFlag(upload: Upload, name: string, fallback: boolean): boolean {
  const value = upload.fields[name]
  if (value === undefined || value === '') return fallback
  const text = value.trim().toLowerCase()
  if (text === 'true' || text === 'false') return text === 'true'
  throw errors.validation([{ field: name, message: 'Invalid field.' }])
}

function presentNameTag(row: WebinarNameTagRow, isDefault: boolean) {
  return {
    id: row.id,
    name: row.name,
    text_color: row.text_color,
    accent_color: row.accent_color,
    background_color: row.background_color,
    is_default: isDefault,
  }
}

export class WebinarBranding {
  readonly repo: WebinarBrandingRepo

  constructor(private svc: Services) {
    this.repo = new WebinarBrandingRepo(svc.db.kysely)
  }

  /**
   * The webinar of a branding path, resolved as every webinar operation is (404/3001, 400/200 without a licence),
   * then refused with 400/3000 unless its session branding setting is on.
   */
  async open(actor: Actor, webinarId: string): Promise<Meeting> {
    const w = await this.svc.use(WebinarService).resolve(actor, webinarId)
    if (w.doc.settings.enable_session_branding !== true) throw errors.sessionBrandingOff()
    return w
  }

  async get(w: Meeting) {
    const [defaults, tags, backgrounds, wallpapers] = await Promise.all([
      this.repo.branding(w.account_id, w.id),
      this.repo.nameTags(w.account_id, w.id),
      this.repo.files(w.account_id, w.id, BRANDING_BACKGROUND_KIND),
      this.repo.files(w.account_id, w.id, BRANDING_WALLPAPER_KIND),
    ])
    const wallpaper = wallpapers.at(-1)
    return {
      ...(wallpaper ? { wallpaper: { id: wallpaper.id } } : {}),
      virtual_backgrounds: backgrounds.map((f) => ({
        id: f.id,
        name: f.name,
        is_default: f.id === defaults?.default_virtual_background_id,
      })),
      name_tags: tags.map((t) => presentNameTag(t, t.id === defaults?.default_name_tag_id)),
    }
  }

  // ---------------------------------------------------------------- name tags

  async createNameTag(w: Meeting, input: NameTagInput) {
    const now = this.svc.clock.now()
    const row = {
      id: zoomId(),
      account_id: w.account_id,
      meeting_id: w.id,
      name: input.name,
      text_color: input.text_color,
      accent_color: input.accent_color,
      background_color: input.background_color,
      created_at: now,
      updated_at: now,
    }
    const makeDefault = input.is_default === true
    await this.write(w, async (trx) => {
      if ((await this.repo.nameTags(w.account_id, w.id, trx)).length >= MAX_NAME_TAGS)
        throw errors.nameTagLimit(MAX_NAME_TAGS)
      await this.repo.insertNameTag(row, trx)
      if (makeDefault) await this.choose(w, trx, 'name_tag', row.id, input.set_default_for_all_panelists !== false)
    })
    return presentNameTag({ ...row, seq: 0 }, makeDefault)
  }

  /** Changes the fields sent; `is_default` true makes it the default, false stops it being the default. */
  async updateNameTag(w: Meeting, nameTagId: string, input: NameTagChanges): Promise<void> {
    const patch: NameTagPatch = { updated_at: this.svc.clock.now() }
    for (const key of ['name', 'text_color', 'accent_color', 'background_color'] as const) {
      const value = input[key]
      if (value !== undefined) patch[key] = value
    }
    await this.write(w, async (trx) => {
      if (!(await this.repo.updateNameTag(w.account_id, w.id, nameTagId, patch, trx)))
        throw errors.invalidBrandingParameter('nameTagId')
      if (input.is_default === true)
        await this.choose(w, trx, 'name_tag', nameTagId, input.set_default_for_all_panelists !== false)
      else if (input.is_default === false) await this.unchoose(w, trx, 'name_tag', [nameTagId], false)
    })
  }

  /** Every id must be one of the webinar's name tags, or nothing is deleted (400/300). */
  async deleteNameTags(w: Meeting, param: string | undefined): Promise<void> {
    const ids = idList(param)
    if (!ids.length) throw errors.invalidBrandingParameter('name_tag_ids')
    await this.write(w, async (trx) => {
      const mine = new Set((await this.repo.nameTags(w.account_id, w.id, trx)).map((t) => t.id))
      if (ids.some((id) => !mine.has(id))) throw errors.invalidBrandingParameter('name_tag_ids')
      await this.repo.deleteNameTags(w.account_id, w.id, ids, trx)
      await this.unchoose(w, trx, 'name_tag', ids, true)
    })
  }

  // ---------------------------------------------------------------- virtual backgrounds

  /** Form parts besides `file`: `default` (false unless sent) and `set_default_for_all_panelists` (true unless sent). */
  async uploadBackground(w: Meeting, sent: Upload | undefined) {
    const { upload, type } = requireImage(sent, IMAGE_REFUSALS)
    const makeDefault = formFlag(upload, 'default', false)
    const forPanelists = formFlag(upload, 'set_default_for_all_panelists', true)
    const file = await this.write(w, async (trx) => {
      const existing = await this.repo.files(w.account_id, w.id, BRANDING_BACKGROUND_KIND, trx)
      if (existing.length >= MAX_BRANDING_BACKGROUNDS) throw errors.brandingFileLimit(MAX_BRANDING_BACKGROUNDS)
      const row = this.fileRow(
        w,
        BRANDING_BACKGROUND_KIND,
        upload,
        `background.${type.ext}`,
        type.contentType,
        existing,
      )
      await this.repo.addFile(row, trx)
      if (makeDefault) await this.choose(w, trx, 'virtual_background', row.id, forPanelists)
      return row
    })
    return { id: file.id, name: file.name, is_default: makeDefault, size: file.size, type: 'image' as const }
  }

  async setDefaultBackground(w: Meeting, id: string | undefined, forPanelists: boolean | undefined): Promise<void> {
    if (!id) throw errors.invalidBrandingParameter('id')
    await this.write(w, async (trx) => {
      const files = await this.repo.files(w.account_id, w.id, BRANDING_BACKGROUND_KIND, trx)
      if (!files.some((f) => f.id === id)) throw errors.invalidBrandingParameter(id)
      await this.choose(w, trx, 'virtual_background', id, forPanelists !== false)
    })
  }

  /** Every id must be one of the webinar's virtual backgrounds, or nothing is deleted (400/300). */
  async deleteBackgrounds(w: Meeting, param: string | undefined): Promise<void> {
    const ids = idList(param)
    if (!ids.length) throw errors.invalidBrandingParameter('ids')
    await this.write(w, async (trx) => {
      const mine = new Set((await this.repo.files(w.account_id, w.id, BRANDING_BACKGROUND_KIND, trx)).map((f) => f.id))
      if (ids.some((id) => !mine.has(id))) throw errors.invalidBrandingParameter('ids')
      await this.repo.removeFiles(w.account_id, w.id, BRANDING_BACKGROUND_KIND, ids, trx)
      await this.unchoose(w, trx, 'virtual_background', ids, true)
    })
  }

  // ---------------------------------------------------------------- wallpaper

  /** A webinar has one wallpaper: a new upload takes the place of the one before. */
  async uploadWallpaper(w: Meeting, sent: Upload | undefined) {
    const { upload, type } = requireImage(sent, IMAGE_REFUSALS)
    const file = await this.write(w, async (trx) => {
      const before = await this.repo.files(w.account_id, w.id, BRANDING_WALLPAPER_KIND, trx)
      const row = this.fileRow(w, BRANDING_WALLPAPER_KIND, upload, `wallpaper.${type.ext}`, type.contentType, before)
      await this.repo.removeFiles(w.account_id, w.id, BRANDING_WALLPAPER_KIND, undefined, trx)
      await this.repo.addFile(row, trx)
      return row
    })
    return { id: file.id, name: file.name, size: file.size, type: 'image' as const }
  }

  /** 400/300 when the webinar has no wallpaper. */
  async deleteWallpaper(w: Meeting): Promise<void> {
    if (!(await this.repo.removeFiles(w.account_id, w.id, BRANDING_WALLPAPER_KIND)))
      throw errors.invalidBrandingParameter('wallpaper')
  }

  // ---------------------------------------------------------------- shared

  /** Runs `fn` in a transaction holding the webinar (on PostgreSQL), so limits and defaults stay consistent. */
  private write<T>(w: Meeting, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.svc.db.kysely.transaction().execute(async (trx) => {
      if (this.svc.db.dialect === 'postgres') await this.repo.lockWebinar(w.account_id, w.id, trx)
      return fn(trx)
    })
  }

  private fileRow(
    w: Meeting,
    kind: string,
    upload: Upload,
    fallbackName: string,
    contentType: string,
    existing: BrandingFileRow[],
  ) {
    return {
      id: zoomId(),
      account_id: w.account_id,
      owner_id: String(w.id),
      kind,
      name: upload.filename || fallbackName,
      content_type: contentType,
      size: upload.bytes.length,
      bytes: upload.bytes,
      // Files list by upload time: two uploads within one millisecond still keep their order.
      created_at: Math.max(this.svc.clock.now(), ...existing.map((f) => Number(f.created_at) + 1)),
    }
  }

  private async defaults(w: Meeting, trx: Kysely<Database>): Promise<WebinarBrandingRow> {
    return (
      (await this.repo.branding(w.account_id, w.id, trx)) ?? {
        meeting_id: w.id,
        account_id: w.account_id,
        default_name_tag_id: null,
        default_virtual_background_id: null,
        updated_at: 0,
      }
    )
  }

  /**
   * Makes `id` the webinar's default of `slot` in place of the previous one; with `forPanelists`, also the choice
   * of every panelist, those who had none included.
   */
  private async choose(w: Meeting, trx: Kysely<Database>, slot: Slot, id: string, forPanelists: boolean) {
    const row = await this.defaults(w, trx)
    row[DEFAULT_COLUMN[slot]] = id
    row.updated_at = this.svc.clock.now()
    await this.repo.saveBranding(row, trx)
    if (forPanelists) await this.repointPanelists(w, trx, slot, () => id)
  }

  /** Items that stop being the default; when they are `gone`, panelists who had chosen them keep none. */
  private async unchoose(w: Meeting, trx: Kysely<Database>, slot: Slot, ids: string[], gone: boolean) {
    const row = await this.repo.branding(w.account_id, w.id, trx)
    const current = row?.[DEFAULT_COLUMN[slot]]
    if (row && current && ids.includes(current))
      await this.repo.saveBranding({ ...row, [DEFAULT_COLUMN[slot]]: null, updated_at: this.svc.clock.now() }, trx)
    if (gone)
      await this.repointPanelists(w, trx, slot, (chosen) => (chosen && ids.includes(chosen) ? undefined : chosen))
  }

  /** Rewrites each panelist's choice of `slot` to what `next` makes of it, saving only the panelists it changes. */
  private async repointPanelists(
    w: Meeting,
    trx: Kysely<Database>,
    slot: Slot,
    next: (chosen: string | undefined) => string | undefined,
  ): Promise<void> {
    const panelists = new WebinarPanelistsRepo(trx)
    const field = PANELIST_FIELD[slot]
    const now = this.svc.clock.now()
    for (const p of await panelists.list(w.account_id, w.id, trx)) {
      const { [field]: chosen, ...rest } = parseJson<PanelistData>(p.data)
      const value = next(chosen)
      if (value === chosen) continue
      const doc: PanelistData = value === undefined ? rest : { ...rest, [field]: value }
      await panelists.update(w.account_id, p.id, { updated_at: now, data: JSON.stringify(doc) }, trx)
    }
  }
}
