import type { OperationDocs } from './index.js'

// Webinar polls, survey, live stream, caption token, invite links and templates. Every operation on one webinar
// answers 404/3001 when the ID is not a webinar of the account (a meeting's ID included) and 400/200 when the
// webinar's host has no webinar licence; each paragraph says so in its own words.
export const webinarExtrasDocs: OperationDocs = {
  // Polls
  webinarPolls: {
    en: 'Lists every poll and quiz of the webinar at once, oldest first, with `total_records`; `anonymous` keeps only the polls with (true) or without (false) anonymous answers. Answers 400/4400 when Webinar Polls/Quizzes is off for the account or the host, 404/3001 when the ID is not a webinar, and 400/200 when its host has no webinar licence.',
    zh: '一次列出网络研讨会的全部投票和测验，按创建先后排列，并给出 `total_records`；`anonymous` 只保留匿名作答（true）或非匿名作答（false）的投票。账户或主持人关闭了网络研讨会投票/测验时返回 400/4400；该 ID 不是网络研讨会时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },
  webinarPollCreate: {
    en: 'Adds a poll (`poll_type` 1, single and multiple choice questions only), an advanced poll (2) or a quiz (3, right answers required) to the webinar and answers 201 with it, status `notstart`. A webinar holds at most 50 polls. Answers 400/4400 when webinar polling is off, when advanced polls and quizzes are off for types 2 and 3, or at the 50-poll limit; 400/300 for invalid questions; 404/3001 when the ID is not a webinar.',
    zh: '为网络研讨会添加投票（`poll_type` 1，仅限单选和多选题）、高级投票（2）或测验（3，须给出正确答案），返回 201 和新投票，状态为 `notstart`。每个网络研讨会最多 50 个投票。网络研讨会投票未开启、类型 2 和 3 所需的高级投票与测验未开启，或已达 50 个时返回 400/4400；问题无效时返回 400/300；该 ID 不是网络研讨会时返回 404/3001。',
  },
  webinarPollGet: {
    en: 'Returns one poll of the webinar: title, type, status, anonymity and questions. Answers 404/404 "Webinar poll not found." when the webinar has no such poll, 400/4400 when webinar polling is off for the account or the host, and 404/3001 when the ID is not a webinar.',
    zh: '返回网络研讨会的一个投票：标题、类型、状态、是否匿名和问题。网络研讨会没有该投票时返回 404/404“Webinar poll not found.”；账户或主持人关闭了网络研讨会投票时返回 400/4400；该 ID 不是网络研讨会时返回 404/3001。',
  },
  webinarPollUpdate: {
    en: 'Replaces the fields sent (questions as a whole) and checks the resulting poll again, as on creation; answers 204. Making or keeping a poll advanced or a quiz needs advanced polls on (400/4400 otherwise). Answers 404/404 for an unknown poll, 400/300 for invalid questions, 400/4400 when webinar polling is off, and 404/3001 when the ID is not a webinar.',
    zh: '用请求中的字段替换投票的对应字段（问题整体替换），再按创建时的规则重新校验，返回 204。将投票设为或保持为高级投票或测验需开启高级投票（否则返回 400/4400）。投票不存在时返回 404/404；问题无效时返回 400/300；网络研讨会投票未开启时返回 400/4400；该 ID 不是网络研讨会时返回 404/3001。',
  },
  webinarPollDelete: {
    en: 'Deletes one poll of the webinar and answers 204. Answers 404/404 when the webinar has no such poll, 400/4400 when webinar polling is off for the account or the host, and 404/3001 when the ID is not a webinar.',
    zh: '删除网络研讨会的一个投票，返回 204。网络研讨会没有该投票时返回 404/404；账户或主持人关闭了网络研讨会投票时返回 400/4400；该 ID 不是网络研讨会时返回 404/3001。',
  },

  // Survey
  webinarSurveyGet: {
    en: 'Returns the survey attendees get when the webinar ends: a custom survey with its questions or a third-party link, whether it opens in the browser and whether the follow-up email links to it. Without a survey only the two switches show (true and false). Answers 400/3000 when the Webinar Survey setting is off for the account or the host, and 404/3001 when the ID is not a webinar.',
    zh: '返回网络研讨会结束时提供给观众的调查：带问题的自定义调查或第三方调查链接、是否在浏览器中打开，以及跟进邮件是否附上调查链接。没有调查时只显示这两个开关（true 和 false）。账户或主持人关闭了网络研讨会调查设置时返回 400/3000；该 ID 不是网络研讨会时返回 404/3001。',
  },
  webinarSurveyUpdate: {
    en: 'Sets the webinar’s custom survey or third-party survey link: each field sent replaces the stored one, one kind of survey removes the other, and an empty `third_party_survey` removes the link. Questions follow the poll question rules without right answers. Answers 204; 400/300 when both kinds are sent, a question is invalid or the link is not a web URL; 400/3000 when the Webinar Survey setting is off; 404/3001 when the ID is not a webinar.',
    zh: '设置网络研讨会的自定义调查或第三方调查链接：请求中的每个字段替换已保存的值，设置一种调查会移除另一种，`third_party_survey` 为空时移除链接。问题按投票问题的规则校验，但没有正确答案。返回 204；同时给出两种调查、问题无效或链接不是网址时返回 400/300；网络研讨会调查设置未开启时返回 400/3000；该 ID 不是网络研讨会时返回 404/3001。',
  },
  webinarSurveyDelete: {
    en: 'Removes the webinar’s survey, custom or third-party, and resets both switches; answers 204. Answers 400/3000 when the Webinar Survey setting is off for the account or the host, and 404/3001 when the ID is not a webinar.',
    zh: '移除网络研讨会的调查（自定义调查或第三方调查），并把两个开关恢复为默认值，返回 204。账户或主持人关闭了网络研讨会调查设置时返回 400/3000；该 ID 不是网络研讨会时返回 404/3001。',
  },

  // Live stream
  getWebinarLiveStreamDetails: {
    en: 'Returns the custom live stream configured for the webinar: stream URL, stream key, viewer page and resolution; empty until configured. Answers 400/200 unless the account and the host allow live streaming webinars with the custom service, and 404/3001 when the ID is not a webinar.',
    zh: '返回网络研讨会配置的自定义直播：推流 URL、推流密钥、观看页面和分辨率；配置之前为空。账户和主持人须允许使用自定义服务直播网络研讨会，否则返回 400/200；该 ID 不是网络研讨会时返回 404/3001。',
  },
  webinarLiveStreamUpdate: {
    en: 'Configures the webinar’s custom live stream: stream URL, stream key and viewer page are required, the resolution is optional; answers 204. Answers 400/300 for a missing or invalid field, 400/200 unless the account and the host allow live streaming webinars with the custom service, and 404/3001 when the ID is not a webinar.',
    zh: '配置网络研讨会的自定义直播：必须给出推流 URL、推流密钥和观看页面，分辨率可选；返回 204。字段缺失或无效时返回 400/300；账户和主持人未允许使用自定义服务直播网络研讨会时返回 400/200；该 ID 不是网络研讨会时返回 404/3001。',
  },
  webinarLiveStreamStatusUpdate: {
    en: '`start` streams the webinar in progress and `stop` ends the stream; settings sent (speaker name, display name) are kept for later streams. The stream also stops when the webinar ends. No webhook event is sent: Zoom has no webinar live-streaming events. Starting answers 400/3000 when the stream is not configured, 400/200 when the webinar has not started, and 429/429 within 30 seconds of the previous start; every action answers 400/200 while custom webinar live streaming is off.',
    zh: '`start` 直播进行中的网络研讨会，`stop` 结束直播；请求中的设置（发言人姓名、显示名称）保留给之后的直播。网络研讨会结束时直播也随之停止。不发送 Webhook 事件：Zoom 没有网络研讨会直播事件。开始直播时，直播未配置返回 400/3000，网络研讨会未开始返回 400/200，距上次开始不足 30 秒返回 429/429；自定义网络研讨会直播未开启时，任何操作都返回 400/200。',
  },

  // Caption token and invite links
  webinarToken: {
    en: 'Returns the closed-caption URL a third-party captioning service posts text to during the webinar, signed and valid for 24 hours; `closed_caption_token` is the only type (400/300 for any other). Answers 400/3000 while the webinar is not in progress or when the account has closed captioning off, and 404/3001 when the ID is not a webinar.',
    zh: '返回网络研讨会期间第三方字幕服务推送文本所用的字幕 URL，该 URL 经过签名，24 小时内有效；类型只有 `closed_caption_token`（其他值返回 400/300）。网络研讨会未在进行中或账户关闭了字幕功能时返回 400/3000；该 ID 不是网络研讨会时返回 404/3001。',
  },
  webinarInviteLinksCreate: {
    en: 'Creates a personal /w/ join link for each attendee name, signed with the name and whether video and audio start off; links expire after `ttl` seconds (two hours by default, never with 0). Answers 201 with the links; 400/300 for an empty or overlong name or a `ttl` out of range; 404/3001 when the ID is not a webinar; 400/200 when its host has no webinar licence.',
    zh: '为每个观众姓名生成个人 /w/ 入会链接，链接签入姓名以及入会时是否关闭视频和音频；链接在 `ttl` 秒后失效（默认两小时，为 0 时永不失效）。返回 201 和这些链接；姓名为空或过长、`ttl` 超出范围时返回 400/300；该 ID 不是网络研讨会时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200。',
  },

  // Templates
  createAWebinarTemplate: {
    en: 'Saves one of the user’s webinars as a webinar template: its settings without alternative hosts and, with `save_recurrence`, its recurrence; the name defaults to the topic. With `overwrite`, the template saved earlier from the same webinar is replaced under its ID. New webinars apply it through `template_id`; meetings cannot. Answers 201 with ID and name; 404/3001 when `webinar_id` is not a webinar; 400/3003 when the user is not its host; 400/200 when the user has no webinar licence.',
    zh: '将该用户的某个网络研讨会保存为网络研讨会模板：保存其设置（不含替代主持人），带 `save_recurrence` 时还保存其重复规则；名称默认为主题。带 `overwrite` 时，替换之前从同一网络研讨会保存的模板并沿用其 ID。新的网络研讨会通过 `template_id` 使用模板，会议不能使用。返回 201 以及 ID 和名称；`webinar_id` 不是网络研讨会时返回 404/3001；该用户不是其主持人时返回 400/3003；该用户没有网络研讨会许可证时返回 400/200。',
  },
  listWebinarTemplates: {
    en: 'Lists the webinar templates the user has saved (ID and name), all at once with `total_records`; meeting templates are not included. Answers 400/200 when the user has no webinar licence and 404/1001 for an unknown user.',
    zh: '一次列出该用户保存的全部网络研讨会模板（ID 和名称）及 `total_records`；不包括会议模板。该用户没有网络研讨会许可证时返回 400/200；用户不存在时返回 404/1001。',
  },
}
