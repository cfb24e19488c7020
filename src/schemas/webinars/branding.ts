import { Type } from 'typebox'
import { b, e, i, list, o, s } from '../kit.js'

// Webinar session branding: name tags (JSON bodies), virtual backgrounds and the wallpaper (multipart uploads whose
// `file` part is an image). Request schemas carry no `default`s: the documented ones are applied by the service.

export const NameTagParams = Type.Object({
  webinarId: Type.String({ minLength: 1 }),
  nameTagId: Type.String({ minLength: 1 }),
})

/** Six hexadecimal digits, as Zoom shows colours (`0e72ed`); a leading `#` is tolerated. */
const HexColor = () => Type.String({ pattern: '^#?[0-9A-Fa-f]{6}$' })
const NameTagName = () => Type.String({ minLength: 1, maxLength: 50 })

export const NameTagCreateBody = Type.Object({
  name: NameTagName(),
  text_color: HexColor(),
  accent_color: HexColor(),
  background_color: HexColor(),
  is_default: b(),
  set_default_for_all_panelists: b(),
})

export const NameTagUpdateBody = Type.Object({
  name: o(NameTagName()),
  text_color: o(HexColor()),
  accent_color: o(HexColor()),
  background_color: o(HexColor()),
  is_default: b(),
  set_default_for_all_panelists: b(),
})

export const NameTagOut = Type.Object({
  id: s(),
  name: s(),
  text_color: s(),
  accent_color: s(),
  background_color: s(),
  is_default: b(),
})

export const DeleteNameTagsQuery = Type.Object({ name_tag_ids: s() })

const ImageFile = Type.String({ format: 'binary', description: 'A JPG/JPEG, GIF or PNG image of at most 15 MB.' })

export const BrandingBackgroundUploadBody = Type.Object({
  file: ImageFile,
  default: b(),
  set_default_for_all_panelists: b(),
})

export const BrandingBackgroundOut = Type.Object({
  id: s(),
  name: s(),
  is_default: b(),
  size: i(),
  type: o(e(['image'] as const)),
})

export const SetBrandingBackgroundQuery = Type.Object({ id: s(), set_default_for_all_panelists: b() })

export const DeleteBrandingBackgroundsQuery = Type.Object({ ids: s() })

export const BrandingWallpaperUploadBody = Type.Object({ file: ImageFile })

export const BrandingWallpaperOut = Type.Object({
  id: s(),
  name: s(),
  size: i(),
  type: o(e(['image'] as const)),
})

export const WebinarBrandingOut = Type.Object({
  wallpaper: o(Type.Object({ id: s() })),
  virtual_backgrounds: list(Type.Object({ id: s(), name: s(), is_default: b() })),
  name_tags: list(NameTagOut),
})
