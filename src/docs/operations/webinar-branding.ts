import type { OperationDocs } from './index.js'

// Every branding operation shares its first refusals: an unknown webinar (404/3001), a host without a webinar
// licence (400/200) and the webinar's session branding setting being off (400/3000).
export const webinarBrandingDocs: OperationDocs = {
  getWebinarBranding: {
    en: 'Returns the webinar’s session branding: the wallpaper’s ID (absent when there is none), the virtual backgrounds with their file names and the name tags with their colours, each marked whether it is the default. Uploaded images are served back at /p/{id}. Answers 404/3001 for an unknown webinar or a meeting ID; 400/200 when the host holds no webinar licence; 400/3000 while the webinar’s session branding setting (`enable_session_branding`) is off.',
    zh: '返回该网络研讨会的会话品牌：壁纸 ID（没有壁纸时不返回）、虚拟背景及其文件名、名牌及其颜色，每项都注明是否为默认项。上传的图片可通过 /p/{id} 获取。网络研讨会不存在或给出的是会议号时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200；该网络研讨会的会话品牌设置（`enable_session_branding`）关闭时返回 400/3000。',
  },
  createWebinarBrandingNameTag: {
    en: 'Adds a name tag (a name of up to 50 characters and text, accent and background colours as six hex digits) and answers 201 with it. With `is_default` it becomes the default in place of the previous one, and unless `set_default_for_all_panelists` is false every panelist gets it. Answers 400/3000 at 20 name tags or while session branding is off; 400/300 for a missing or invalid field; 404/3001 for an unknown webinar; 400/200 when the host holds no webinar licence.',
    zh: '添加一个名牌（名称最多 50 个字符，文字、强调和背景颜色为六位十六进制数），返回 201 和该名牌。带 `is_default` 时成为默认名牌并取代之前的默认名牌；除非 `set_default_for_all_panelists` 为 false，所有嘉宾也会使用该名牌。已有 20 个名牌或会话品牌设置关闭时返回 400/3000；字段缺失或无效时返回 400/300；网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  updateWebinarBrandingNameTag: {
    en: 'Changes the fields sent of one name tag and answers 204. `is_default` true makes it the default (and, unless `set_default_for_all_panelists` is false, every panelist’s); false on the current default leaves the webinar without one. Answers 400/300 for a name tag the webinar does not have or an invalid field; 400/3000 while session branding is off; 404/3001 for an unknown webinar; 400/200 when the host holds no webinar licence.',
    zh: '修改一个名牌在请求中给出的字段，返回 204。`is_default` 为 true 时使其成为默认名牌（除非 `set_default_for_all_panelists` 为 false，也应用到所有嘉宾）；对当前默认名牌设为 false 时，该网络研讨会不再有默认名牌。名牌不属于该网络研讨会或字段无效时返回 400/300；会话品牌设置关闭时返回 400/3000；网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  deleteWebinarBrandingNameTag: {
    en: 'Deletes the name tags listed in `name_tag_ids` and answers 204; panelists who used one keep none, and a deleted default leaves the webinar without one. Answers 400/300 “Invalid parameter: name_tag_ids”, deleting nothing, when the list is empty or names a tag the webinar does not have; 400/3000 while session branding is off; 404/3001 for an unknown webinar; 400/200 when the host holds no webinar licence.',
    zh: '删除 `name_tag_ids` 列出的名牌，返回 204；使用这些名牌的嘉宾不再有名牌，删除默认名牌后该网络研讨会不再有默认名牌。列表为空或包含不属于该网络研讨会的名牌时返回 400/300“Invalid parameter: name_tag_ids”，且不删除任何名牌；会话品牌设置关闭时返回 400/3000；网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  uploadWebinarBrandingVB: {
    en: 'Uploads a virtual background for the webinar’s hosts and panelists (multipart `file`) and answers 201 with its ID, file name, size and type. The form part `default=true` makes it the default in place of the previous one, and unless `set_default_for_all_panelists=false` every panelist gets it. Answers 400/120 when no file is sent, it exceeds 15 MB, it is not a JPG/JPEG, GIF or PNG image (judged by its content), or the webinar already has 10; 400/3000 while session branding is off; 404/3001 for an unknown webinar; 400/200 when the host holds no webinar licence.',
    zh: '为该网络研讨会的主持人和嘉宾上传虚拟背景（multipart 字段 `file`），返回 201 以及其 ID、文件名、大小和类型。表单字段 `default=true` 使其成为默认虚拟背景并取代之前的默认项；除非 `set_default_for_all_panelists=false`，所有嘉宾也会使用该虚拟背景。未发送文件、文件超过 15 MB、内容不是 JPG/JPEG、GIF 或 PNG 图片，或该网络研讨会已有 10 个虚拟背景时返回 400/120；会话品牌设置关闭时返回 400/3000；网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  setWebinarBrandingVB: {
    en: 'Makes the virtual background `id` the webinar’s default in place of the previous one and answers 204; unless `set_default_for_all_panelists` is false, every panelist gets it too. Answers 400/300 when `id` is missing or names no virtual background of the webinar; 400/3000 while session branding is off; 404/3001 for an unknown webinar; 400/200 when the host holds no webinar licence.',
    zh: '将虚拟背景 `id` 设为该网络研讨会的默认虚拟背景并取代之前的默认项，返回 204；除非 `set_default_for_all_panelists` 为 false，所有嘉宾也会使用该虚拟背景。缺少 `id` 或 `id` 不是该网络研讨会的虚拟背景时返回 400/300；会话品牌设置关闭时返回 400/3000；网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  deleteWebinarBrandingVB: {
    en: 'Deletes the virtual backgrounds listed in `ids` and answers 204; panelists who used one keep none, and a deleted default leaves the webinar without one. Answers 400/300 “Invalid parameter: ids”, deleting nothing, when the list is empty or names a file the webinar does not have; 400/3000 while session branding is off; 404/3001 for an unknown webinar; 400/200 when the host holds no webinar licence.',
    zh: '删除 `ids` 列出的虚拟背景，返回 204；使用这些虚拟背景的嘉宾不再有虚拟背景，删除默认项后该网络研讨会不再有默认虚拟背景。列表为空或包含不属于该网络研讨会的文件时返回 400/300“Invalid parameter: ids”，且不删除任何文件；会话品牌设置关闭时返回 400/3000；网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  uploadWebinarBrandingWallpaper: {
    en: 'Uploads the wallpaper shown behind the video tiles (multipart `file`; Zoom recommends 1920 × 1080) and answers 201 with its ID, file name, size and type. A webinar has one wallpaper: a new upload replaces the previous one. Answers 400/120 when no file is sent, it exceeds 15 MB or it is not a JPG/JPEG, GIF or PNG image (judged by its content); 400/3000 while session branding is off; 404/3001 for an unknown webinar; 400/200 when the host holds no webinar licence.',
    zh: '上传显示在视频画面后方的壁纸（multipart 字段 `file`；Zoom 建议 1920 × 1080），返回 201 以及其 ID、文件名、大小和类型。每个网络研讨会只有一张壁纸：新上传的壁纸取代之前的壁纸。未发送文件、文件超过 15 MB 或内容不是 JPG/JPEG、GIF 或 PNG 图片时返回 400/120；会话品牌设置关闭时返回 400/3000；网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  deleteWebinarBrandingWallpaper: {
    en: 'Deletes the webinar’s wallpaper and answers 204. Answers 400/300 when the webinar has no wallpaper; 400/3000 while session branding is off; 404/3001 for an unknown webinar; 400/200 when the host holds no webinar licence.',
    zh: '删除该网络研讨会的壁纸，返回 204。该网络研讨会没有壁纸时返回 400/300；会话品牌设置关闭时返回 400/3000；网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
}
