import type { FieldDocs, Text } from './index.js'

// Webinar session branding: name tags, virtual backgrounds and the wallpaper. Keys are group-qualified so that a
// name such as `file` or `is_default` keeps its user and account meaning outside webinars.

/** One of a name tag's three colours. */
const colour = (what: string, whatZh: string): Text => ({
  en: `The name tag’s ${what} colour, as six hexadecimal digits (e.g. 0e72ed).`,
  zh: `名牌的${whatZh}颜色，为六位十六进制数（如 0e72ed）。`,
})

export const webinarBrandingFields: FieldDocs = {
  nameTagId: { en: 'The name tag’s ID.', zh: '名牌的 ID。' },
  name_tag_ids: {
    en: 'IDs of the name tags to delete, comma-separated; each must be one of the webinar’s name tags.',
    zh: '要删除的名牌 ID，以逗号分隔；每个都必须是该网络研讨会的名牌。',
  },
  'Webinars:ids': {
    en: 'IDs of the virtual background files to delete, comma-separated; each must be one of the webinar’s.',
    zh: '要删除的虚拟背景文件 ID，以逗号分隔；每个都必须属于该网络研讨会。',
  },
  'Webinars:file': {
    en: 'The image to upload (multipart): JPG/JPEG, GIF or PNG, at most 15 MB.',
    zh: '要上传的图片（multipart）：JPG/JPEG、GIF 或 PNG，最大 15 MB。',
  },
  'Webinars:name': {
    en: 'The name: of a template (createAWebinarTemplate), of a name tag (1–50 characters), or the file name of an uploaded branding image.',
    zh: '名称：模板的名称（createAWebinarTemplate）、名牌的名称（1–50 个字符），或上传的品牌图片的文件名。',
  },
  'Webinars:default': {
    en: 'Whether the uploaded virtual background becomes the webinar’s default (default false), in place of the previous one.',
    zh: '上传的虚拟背景是否成为该网络研讨会的默认虚拟背景（默认 false），取代之前的默认虚拟背景。',
  },
  'Webinars:is_default': {
    en: 'Whether it is the webinar’s default (name tag or virtual background). Setting it true replaces the previous default; false on the default leaves the webinar without one.',
    zh: '是否为该网络研讨会的默认项（名牌或虚拟背景）。设为 true 时取代之前的默认项；对当前默认项设为 false 时，该网络研讨会不再有默认项。',
  },
  'Webinars:set_default_for_all_panelists': {
    en: 'When the item becomes the default, whether every panelist gets it too, panelists without one of their own included (default true); false leaves the panelists’ choices as they are.',
    zh: '该项成为默认项时，是否同时应用到所有嘉宾，包括尚未选择的嘉宾（默认 true）；为 false 时嘉宾的现有选择保持不变。',
  },
  'Webinars:text_color': colour('text', '文字'),
  'Webinars:accent_color': colour('accent', '强调'),
  'Webinars:background_color': colour('background', '背景'),
  'Webinars:name_tags': {
    en: 'The webinar’s name tags (at most 20), in the order they were created.',
    zh: '该网络研讨会的名牌（最多 20 个），按创建顺序排列。',
  },
  'Webinars:name_tags.id': { en: 'The name tag’s ID.', zh: '名牌的 ID。' },
  'Webinars:name_tags.name': { en: 'The name tag’s name.', zh: '名牌的名称。' },
  'Webinars:name_tags.is_default': {
    en: 'Whether this is the webinar’s default name tag.',
    zh: '是否为该网络研讨会的默认名牌。',
  },
  'Webinars:virtual_backgrounds': {
    en: 'The webinar’s branding virtual backgrounds (at most 10), in upload order.',
    zh: '该网络研讨会的品牌虚拟背景（最多 10 个），按上传顺序排列。',
  },
  'Webinars:virtual_backgrounds.id': {
    en: 'The virtual background file’s ID; the image is served at /p/{id}.',
    zh: '虚拟背景文件的 ID；图片可通过 /p/{id} 获取。',
  },
  'Webinars:virtual_backgrounds.name': { en: 'The file name it was uploaded with.', zh: '上传时的文件名。' },
  'Webinars:virtual_backgrounds.is_default': {
    en: 'Whether this is the webinar’s default virtual background.',
    zh: '是否为该网络研讨会的默认虚拟背景。',
  },
  'Webinars:wallpaper': {
    en: 'The webinar’s wallpaper, shown behind the video tiles; absent when none was uploaded.',
    zh: '该网络研讨会的壁纸，显示在视频画面后方；未上传时不返回。',
  },
  'Webinars:wallpaper.id': {
    en: 'The wallpaper file’s ID; the image is served at /p/{id}.',
    zh: '壁纸文件的 ID；图片可通过 /p/{id} 获取。',
  },
}
