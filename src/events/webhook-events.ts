/**
 * Every event this server sends, with one line of English and Chinese for the reference docs. Subscriptions
 * accept only these names, and `ZoomEvent.event` is typed from this list, so an event emitted anywhere must be
 * added here first.
 */
export const WEBHOOK_EVENTS = {
  'endpoint.url_validation': {
    en: 'The signed challenge that validates an endpoint URL when it is added and every 72 hours; sent to every endpoint, never subscribed to.',
    zh: '验证端点 URL 的签名质询：添加 URL 时及之后每 72 小时发送；每个端点都会收到，无需订阅。',
  },
  app_deauthorized: {
    en: 'A user or admin uninstalled an OAuth app, or its token was revoked; sent only to that app’s subscriptions.',
    zh: '用户或管理员卸载了 OAuth 应用，或撤销了其令牌；仅发送给该应用自己的订阅。',
  },
  'account.created': { en: 'A sub account was created under the master account.', zh: '在主账户下创建了子账户。' },
  'account.disassociated': {
    en: 'A sub account was disassociated from its master account.',
    zh: '子账户已与主账户解除关联。',
  },
  'account.settings_updated': { en: "The account's settings were updated.", zh: '账户设置已更新。' },
  'account.lock_settings_updated': { en: "The account's locked settings were updated.", zh: '账户锁定设置已更新。' },
  'user.created': { en: 'A user was created, invited or added to the account.', zh: '创建、邀请或添加了用户。' },
  'user.updated': { en: "A user's profile, type, role or group changed.", zh: '用户的资料、类型、角色或群组已更改。' },
  'user.deleted': { en: 'A user was deleted.', zh: '删除了用户。' },
  'user.disassociated': { en: 'A user was disassociated from the account.', zh: '用户已与账户解除关联。' },
  'user.activated': { en: 'A user was activated.', zh: '激活了用户。' },
  'user.deactivated': { en: 'A user was deactivated.', zh: '停用了用户。' },
  'user.tsp_created': {
    en: 'A TSP account (third-party audio conference credentials) was added to a user.',
    zh: '为用户添加了 TSP 账户（第三方音频会议凭据）。',
  },
  'user.tsp_updated': { en: "A user's TSP account was updated.", zh: '用户的 TSP 账户已更新。' },
  'user.tsp_deleted': { en: "A user's TSP account was deleted.", zh: '删除了用户的 TSP 账户。' },
  'group.created': { en: 'A group was created.', zh: '创建了群组。' },
  'group.updated': { en: 'A group was renamed.', zh: '群组已重命名。' },
  'group.deleted': { en: 'A group was deleted.', zh: '删除了群组。' },
  'group.member_added': { en: 'Members were added to a group.', zh: '向群组添加了成员。' },
  'group.member_deleted': { en: 'A member was removed from a group.', zh: '从群组中移除了成员。' },
  'group.admin_added': { en: 'Administrators were added to a group.', zh: '为群组添加了管理员。' },
  'group.admin_deleted': { en: 'An administrator was removed from a group.', zh: '移除了群组管理员。' },
  'group.settings_updated': { en: "A group's settings were updated.", zh: '群组设置已更新。' },
  'group.lock_settings_updated': { en: "A group's locked settings were updated.", zh: '群组锁定设置已更新。' },
  'information_barriers.policy_created': {
    en: 'An information barriers policy was created.',
    zh: '创建了信息屏障策略。',
  },
  'information_barriers.policy_updated': {
    en: 'An information barriers policy was updated.',
    zh: '信息屏障策略已更新。',
  },
  'information_barriers.policy_deleted': {
    en: 'An information barriers policy was deleted.',
    zh: '删除了信息屏障策略。',
  },
  'meeting.created': { en: 'A meeting was scheduled.', zh: '安排了会议。' },
  'meeting.updated': {
    en: 'A meeting (or one occurrence of it) was updated, or got a new host.',
    zh: '会议（或其某次会议）已更新，或更换了主持人。',
  },
  'meeting.deleted': { en: 'A meeting (or one occurrence of it) was deleted.', zh: '删除了会议（或其某次会议）。' },
  'meeting.recovered': { en: 'A deleted meeting was recovered.', zh: '恢复了已删除的会议。' },
  'meeting.started': { en: 'A meeting started.', zh: '会议已开始。' },
  'meeting.ended': { en: 'A meeting ended.', zh: '会议已结束。' },
  'meeting.participant_joined': { en: 'A participant joined a meeting.', zh: '参会者加入了会议。' },
  'meeting.participant_left': { en: 'A participant left a meeting.', zh: '参会者离开了会议。' },
  'meeting.participant_joined_waiting_room': {
    en: "A joiner entered the meeting's waiting room.",
    zh: '入会者进入了会议的等候室。',
  },
  'meeting.participant_admitted': {
    en: 'The host admitted a participant from the waiting room into the meeting.',
    zh: '主持人允许参会者从等候室进入会议。',
  },
  'meeting.participant_left_waiting_room': {
    en: 'A participant left the waiting room without being admitted.',
    zh: '参会者未被允许入会便离开了等候室。',
  },
  'meeting.participant_put_in_waiting_room': {
    en: 'The host moved a participant from the meeting back to the waiting room.',
    zh: '主持人将参会者从会议移回等候室。',
  },
  'meeting.alert': {
    en: 'A participant of a meeting met a quality problem (unstable audio, video or screen share; high CPU).',
    zh: '会议参会者遇到质量问题（音频、视频或屏幕共享不稳定；CPU 占用过高）。',
  },
  'meeting.participant_feedback': {
    en: 'A participant answered the end-of-meeting feedback survey (thumbs up or down, reasons, comment).',
    zh: '参会者回答了会议结束反馈调查（赞或踩、原因、评论）。',
  },
  'meeting.sharing_started': { en: 'A participant started sharing the screen.', zh: '参会者开始共享屏幕。' },
  'meeting.sharing_ended': { en: 'A participant stopped sharing the screen.', zh: '参会者停止共享屏幕。' },
  'meeting.live_streaming_started': { en: 'Live streaming of a meeting started.', zh: '会议直播已开始。' },
  'meeting.live_streaming_stopped': { en: 'Live streaming of a meeting stopped.', zh: '会议直播已停止。' },
  'meeting.registration_created': { en: 'Someone registered for a meeting.', zh: '有人注册了会议。' },
  'meeting.registration_approved': { en: 'A meeting registrant was approved.', zh: '会议注册者已获批准。' },
  'meeting.registration_denied': { en: 'A meeting registrant was denied.', zh: '会议注册者已被拒绝。' },
  'meeting.registration_cancelled': {
    en: "A meeting registrant's registration was cancelled.",
    zh: '会议注册者的注册已取消。',
  },
  'meeting.invitation_dispatched': {
    en: 'Users were invited to join a meeting in progress.',
    zh: '邀请用户加入进行中的会议。',
  },
  'meeting.participant_phone_callout_ringing': {
    en: 'A phone call-out to invite a participant is ringing.',
    zh: '邀请参会者的电话呼出正在振铃。',
  },
  'meeting.participant_room_system_callout_ringing': {
    en: 'A call-out to a room system (H.323 or SIP) is ringing.',
    zh: '对会议室系统（H.323 或 SIP）的呼出正在振铃。',
  },
  'webinar.created': { en: 'A webinar was scheduled.', zh: '安排了网络研讨会。' },
  'webinar.updated': {
    en: 'A webinar (or one occurrence of it) was updated, or got a new host.',
    zh: '网络研讨会（或其某一场）已更新，或更换了主持人。',
  },
  'webinar.deleted': {
    en: 'A webinar (or one occurrence of it) was deleted.',
    zh: '删除了网络研讨会（或其某一场）。',
  },
  'webinar.recovered': { en: 'A deleted webinar was recovered.', zh: '恢复了已删除的网络研讨会。' },
  'webinar.started': { en: 'A webinar started.', zh: '网络研讨会已开始。' },
  'webinar.ended': { en: 'A webinar ended.', zh: '网络研讨会已结束。' },
  'webinar.participant_joined': {
    en: 'An attendee, panelist or host joined a webinar.',
    zh: '观众、嘉宾或主持人加入了网络研讨会。',
  },
  'webinar.participant_left': {
    en: 'An attendee, panelist or host left a webinar.',
    zh: '观众、嘉宾或主持人离开了网络研讨会。',
  },
  'webinar.alert': {
    en: 'A participant of a webinar met a quality problem (unstable audio, video or screen share; high CPU).',
    zh: '网络研讨会参会者遇到质量问题（音频、视频或屏幕共享不稳定；CPU 占用过高）。',
  },
  'webinar.participant_feedback': {
    en: 'A webinar participant answered the end-of-webinar feedback survey.',
    zh: '网络研讨会参会者回答了结束反馈调查。',
  },
  'webinar.participant_role_changed': {
    en: "A participant's role in a live webinar changed.",
    zh: '进行中的网络研讨会里参会者的角色已更改。',
  },
  'webinar.sharing_started': {
    en: 'A webinar participant started sharing the screen.',
    zh: '网络研讨会参会者开始共享屏幕。',
  },
  'webinar.sharing_ended': {
    en: 'A webinar participant stopped sharing the screen.',
    zh: '网络研讨会参会者停止共享屏幕。',
  },
  'webinar.registration_created': { en: 'Someone registered for a webinar.', zh: '有人注册了网络研讨会。' },
  'webinar.registration_approved': { en: 'A webinar registrant was approved.', zh: '网络研讨会注册者已获批准。' },
  'webinar.registration_denied': { en: 'A webinar registrant was denied.', zh: '网络研讨会注册者已被拒绝。' },
  'webinar.registration_cancelled': {
    en: "A webinar registrant's registration was cancelled.",
    zh: '网络研讨会注册者的注册已取消。',
  },
  'recording.started': { en: 'Cloud recording of a meeting started.', zh: '会议云录制已开始。' },
  'recording.paused': { en: 'Cloud recording of a meeting was paused.', zh: '会议云录制已暂停。' },
  'recording.resumed': { en: 'Cloud recording of a meeting resumed.', zh: '会议云录制已恢复。' },
  'recording.stopped': { en: 'Cloud recording of a meeting stopped.', zh: '会议云录制已停止。' },
  'recording.completed': {
    en: 'A cloud recording finished processing; its files can be downloaded.',
    zh: '云录制处理完成，文件可以下载。',
  },
  'recording.transcript_completed': {
    en: 'The audio transcript of a cloud recording is ready.',
    zh: '云录制的音频转录文字已生成。',
  },
  'recording.trashed': { en: 'Cloud recording files were moved to the trash.', zh: '云录制文件已移到回收站。' },
  'recording.deleted': { en: 'Cloud recording files were deleted for good.', zh: '云录制文件已永久删除。' },
  'recording.recovered': {
    en: 'Cloud recording files were recovered from the trash.',
    zh: '云录制文件已从回收站恢复。',
  },
  'recording.renamed': { en: 'The topic of a cloud recording changed.', zh: '云录制的主题已更改。' },
  'recording.registration_created': {
    en: 'Someone registered to view an on-demand recording.',
    zh: '有人注册观看点播录制。',
  },
  'recording.registration_approved': {
    en: 'A registrant of an on-demand recording was approved.',
    zh: '点播录制的注册者已获批准。',
  },
  'recording.registration_denied': {
    en: 'A registrant of an on-demand recording was denied.',
    zh: '点播录制的注册者已被拒绝。',
  },
  'recording.archive_files_completed': {
    en: 'The archived files of a meeting or webinar are ready.',
    zh: '会议或网络研讨会的存档文件已生成。',
  },
} as const satisfies Record<string, { en: string; zh: string }>

export type WebhookEventName = keyof typeof WEBHOOK_EVENTS

/** Sent to every endpoint URL on its own schedule: no subscription asks for it and no state change emits it. */
export const URL_VALIDATION_EVENT = 'endpoint.url_validation'

/** The events a state change emits, and so the ones a subscription may ask for. */
export type EmittedEvent = Exclude<WebhookEventName, typeof URL_VALIDATION_EVENT>

export function isWebhookEvent(name: string): name is WebhookEventName {
  return Object.hasOwn(WEBHOOK_EVENTS, name)
}
