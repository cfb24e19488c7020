import type { OperationDocs } from './index.js'

export const webinarsDocs: OperationDocs = {
  webinarCreate: {
    en: 'Schedules a webinar for the user and answers 201 with the whole webinar: type 5 by default, 6 recurring without fixed time, or 9 with a recurrence of at most 50 occurrences. Its join link uses /w/ and its `start_url` is valid two hours. The host needs a webinar licence; `schedule_for` hands the webinar to another licensed user. Settings webinars lack (waiting room, join before host) are ignored. Emits `webinar.created`. Answers 404/1001 for an unknown user; 400/200 “Webinar plan is missing”, naming the user, without a licence; 400/300 for an invalid type, passcode or recurrence (`end_times` over 50); 400/3000 for a user the caller may not schedule for; 429/429 past 100 creates and updates per host per day.',
    zh: '为该用户安排网络研讨会，返回 201 和完整的网络研讨会信息：默认为类型 5，类型 6 为无固定时间的周期性网络研讨会，类型 9 按周期最多安排 50 个场次。加入链接使用 /w/ 路径，`start_url` 两小时内有效。主持人须拥有网络研讨会许可证；使用 `schedule_for` 时，网络研讨会交给另一位已获许可的用户主持。网络研讨会没有的设置（等候室、允许在主持人之前入会）会被忽略。触发 `webinar.created` 事件。用户不存在时返回 404/1001；用户没有许可证时返回 400/200“Webinar plan is missing”，消息中注明该用户；类型、密码或周期无效（`end_times` 超过 50）时返回 400/300；无权为该用户安排时返回 400/3000；同一主持人每天创建和更新超过 100 次时返回 429/429。',
  },
  webinars: {
    en: 'Lists the user’s webinars page by page (up to 300 per page): by default every scheduled and recurring one, with `type=upcoming` only those not yet over. Meetings never appear, and agendas are cut to 250 characters. Answers 404/1001 for an unknown user; 400/200 when the user holds no webinar licence (the message names them) or a user-level token asks for someone else; 400/300 for an invalid or expired page token.',
    zh: '分页列出该用户的网络研讨会（每页最多 300 条）：默认列出所有预定和周期性网络研讨会；`type=upcoming` 时只列出尚未结束的。列表中不含会议，议程截取前 250 个字符。用户不存在时返回 404/1001；用户没有网络研讨会许可证（消息中注明该用户）或用户级令牌查询他人时返回 400/200；分页令牌无效或过期时返回 400/300。',
  },
  webinar: {
    en: 'Returns a webinar with its settings, passcodes and a newly signed `start_url` (valid two hours). For a recurring webinar with fixed time, `occurrence_id` shows that occurrence’s time, duration and agenda, and `show_previous_occurrences` adds occurrences already over. Answers 404/3001 “Webinar does not exist” for an unknown or deleted webinar, a meeting ID, or one out of the token’s reach; 400/200 when its host holds no webinar licence; 400/3000 for an unknown `occurrence_id`.',
    zh: '返回网络研讨会及其设置、密码和新签发的 `start_url`（两小时内有效）。对固定时间的周期性网络研讨会，`occurrence_id` 显示该场次的时间、时长和议程，`show_previous_occurrences` 会加入已结束的场次。网络研讨会不存在或已删除、给出的是会议号或令牌无权访问时返回 404/3001“Webinar does not exist”；其主持人没有网络研讨会许可证时返回 400/200；`occurrence_id` 无效时返回 400/3000。',
  },
  webinarUpdate: {
    en: 'Changes only the fields sent; with `occurrence_id`, only that occurrence’s start, duration, agenda, host video and automatic recording. A recurring webinar’s occurrences are recomputed (at most 50) when its recurrence, start or time zone changes, and a past start is ignored. `schedule_for` moves the webinar to another licensed host. Emits `webinar.updated` with the changed fields and their old values. Answers 404/3001 for an unknown webinar; 400/200 when the host holds no webinar licence; 400/3000 while it is in progress or for an invalid occurrence; 400/300 for invalid fields; 429/429 past the host’s 100 daily creates and updates.',
    zh: '只修改请求中给出的字段；带 `occurrence_id` 时只修改该场次的开始时间、时长、议程、主持人视频和自动录制。周期性网络研讨会的周期、开始时间或时区变化时重新计算场次（最多 50 个），过去的开始时间会被忽略。`schedule_for` 将网络研讨会转给另一位已获许可的主持人。触发 `webinar.updated` 事件，附带变化的字段及其旧值。网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200；网络研讨会进行中或场次无效时返回 400/3000；字段无效时返回 400/300；主持人当日创建和更新超过 100 次时返回 429/429。',
  },
  webinarDelete: {
    en: 'Deletes a webinar, which answers 404/3001 from then on, or with `occurrence_id` one occurrence of a recurring webinar, which stays listed with status `deleted`. `cancel_webinar_reminder` is accepted, but no email is sent. Emits `webinar.deleted`. Answers 404/3001 for an unknown webinar, 400/200 when the host holds no webinar licence, 400/3002 while it is in progress, 400/3000 for an invalid occurrence.',
    zh: '删除网络研讨会，此后对它的请求返回 404/3001；带 `occurrence_id` 时只删除周期性网络研讨会的一个场次，该场次仍会列出，状态为 `deleted`。接受 `cancel_webinar_reminder` 参数，但不发送邮件。触发 `webinar.deleted` 事件。网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200；网络研讨会进行中时返回 400/3002；场次无效时返回 400/3000。',
  },
  webinarStatus: {
    en: '`end` ends the webinar in progress: everyone in it leaves, recording stops, `webinar.ended` is emitted, and the webinar waits for its next start under a new UUID. A webinar that is not in progress is left as it is. Answers 404/3001 for an unknown webinar, 400/200 when the host holds no webinar licence, and 400/300 for any action other than `end`.',
    zh: '`end` 结束进行中的网络研讨会：所有人离开、录制停止、触发 `webinar.ended` 事件，网络研讨会以新的 UUID 等待下次开始。未在进行中的网络研讨会保持不变。网络研讨会不存在时返回 404/3001；主持人没有网络研讨会许可证时返回 400/200；`action` 不是 `end` 时返回 400/300。',
  },
}
