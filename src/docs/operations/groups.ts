import type { OperationDocs } from './index.js'

export const groupsDocs: OperationDocs = {
  // Groups
  groups: {
    en: 'Lists every group of the account with its member count, up to 2,000 a page with `next_page_token`. Groups are a paid feature: a Free account answers 400/200. Answers 400/300 for an invalid or expired page token.',
    zh: '列出账户的全部群组及其成员数，每页最多 2,000 个，使用 `next_page_token` 翻页。群组为付费功能：免费账户返回 400/200。分页令牌无效或过期时返回 400/300。',
  },
  groupCreate: {
    en: 'Creates a group and answers 201 with its ID, name, member count (0) and directory options. Emits `group.created`. Answers 409/4132 when the account already has a group of that name, 400/300 without a name, 429/429 after 100 groups created in a UTC day, and 400/200 on a Free account.',
    zh: '创建群组，返回 201 以及群组 ID、名称、成员数（0）和通讯录选项。触发 `group.created` 事件。账户中已有同名群组时返回 409/4132；未提供名称时返回 400/300；一个 UTC 日内已创建 100 个群组时返回 429/429；免费账户返回 400/200。',
  },
  group: {
    en: 'Returns a group’s ID, name and member count. Answers 404/4130 when the account has no such group, and 400/200 on a Free account.',
    zh: '返回群组的 ID、名称和成员数。账户中没有该群组时返回 404/4130；免费账户返回 400/200。',
  },
  groupUpdate: {
    en: 'Renames a group and emits `group.updated` with the old name; sending its current name, or no name, changes nothing. Answers 204; 409/4132 when another group of the account has the name; 400/300 for an empty name; 404/4130 for an unknown group.',
    zh: '重命名群组，并触发 `group.updated` 事件，附带原名称；提供当前名称或不提供名称时不做更改。返回 204；账户中其他群组已使用该名称时返回 409/4132；名称为空时返回 400/300；群组不存在时返回 404/4130。',
  },
  groupDelete: {
    en: 'Deletes a group with its settings and virtual backgrounds; its members leave it, and those whose primary group it was get their oldest other group as primary. Emits `group.deleted`. Answers 204; 400/300 while an information barrier policy names the group; 404/4130 for an unknown group.',
    zh: '删除群组及其设置和虚拟背景；成员随之离开该群组，以其为主群组的成员改以所在最早加入的其他群组为主群组。触发 `group.deleted` 事件。返回 204；有信息屏障策略引用该群组时返回 400/300；群组不存在时返回 404/4130。',
  },

  // Members and admins
  groupMembers: {
    en: 'Lists a group’s members page by page, each with ID, email, names and user type. Answers 404/4130 for an unknown group, 400/300 for an invalid or expired page token, and 400/200 on a Free account.',
    zh: '分页列出群组成员，每位成员附带 ID、邮箱、姓名和用户类型。群组不存在时返回 404/4130；分页令牌无效或过期时返回 400/300；免费账户返回 400/200。',
  },
  groupMembersCreate: {
    en: 'Adds up to 30 users of the account, by ID or email, to a group; users already in it are left as they are, and a user’s first group becomes their primary group. Answers 201 with the IDs that joined and the time, emitting `group.member_added`. Answers 404/1001 when an entry names no user of the account; 404/4130 for an unknown group.',
    zh: '按 ID 或邮箱将账户中最多 30 位用户加入群组；已在群组中的用户保持不变，用户加入的第一个群组成为其主群组。返回 201 以及新加入用户的 ID 和时间，并触发 `group.member_added` 事件。某项不对应本账户用户时返回 404/1001；群组不存在时返回 404/4130。',
  },
  updateAGroupMember: {
    en: '`move` takes the member out of this group into `target_group_id`, carrying primary status along (`group.member_deleted`, `group.member_added`); `set_primary` makes the target group, or this one, the member’s primary group, whose settings they follow (`user.updated`). Answers 204; 400/300 without a target for `move` or for a user not in the group; 404/4130 for an unknown group.',
    zh: '`move` 将成员从本群组移到 `target_group_id`，主群组身份随之转移（`group.member_deleted`、`group.member_added`）；`set_primary` 将目标群组（未指定时为本群组）设为成员的主群组，成员随之采用其设置（`user.updated`）。返回 204；`move` 未指定目标或用户不在群组中时返回 400/300；群组不存在时返回 404/4130。',
  },
  groupMembersDelete: {
    en: 'Removes a member, named by ID or email, from a group; if it was their primary group, their oldest other group becomes primary. Emits `group.member_deleted`. Answers 204; 400/300 when the user is not in the group; 404/1001 for an unknown user; 404/4130 for an unknown group.',
    zh: '将成员（按 ID 或邮箱指定）移出群组；若这是其主群组，则改以其最早加入的其他群组为主群组。触发 `group.member_deleted` 事件。返回 204；用户不在该群组时返回 400/300；用户不存在时返回 404/1001；群组不存在时返回 404/4130。',
  },
  groupAdmins: {
    en: 'Lists a group’s admins page by page, with their email and name. Answers 404/4130 for an unknown group, 400/300 for an invalid or expired page token, and 400/200 on a Free account.',
    zh: '分页列出群组管理员及其邮箱和姓名。群组不存在时返回 404/4130；分页令牌无效或过期时返回 400/300；免费账户返回 400/200。',
  },
  groupAdminsCreate: {
    en: 'Makes up to 10 users of the account, by ID or email, admins of a group; existing admins are left as they are. Answers 201 with the new admins’ IDs and the time, emitting `group.admin_added`. Answers 404/1001 when an entry names no user of the account; 404/4130 for an unknown group.',
    zh: '按 ID 或邮箱将账户中最多 10 位用户设为群组管理员；已是管理员的用户保持不变。返回 201 以及新管理员的 ID 和时间，并触发 `group.admin_added` 事件。某项不对应本账户用户时返回 404/1001；群组不存在时返回 404/4130。',
  },
  groupAdminsDelete: {
    en: 'Removes a user, by ID, email or `me`, from a group’s admins and emits `group.admin_deleted`. Answers 204; 400/4138 when the user is not an admin of the group; 404/1001 for an unknown user; 404/4130 for an unknown group.',
    zh: '将用户（按 ID、邮箱或 `me` 指定）从群组管理员中移除，并触发 `group.admin_deleted` 事件。返回 204；该用户不是群组管理员时返回 400/4138；用户不存在时返回 404/1001；群组不存在时返回 404/4130。',
  },

  // Settings
  getGroupSettings: {
    en: 'Returns the settings that apply to the group’s members: the account’s settings with the group’s changes, and the group’s virtual background files. `option` returns the meeting or recording authentication profiles or `meeting_security` instead; `custom_query_fields` keeps only the named fields. Answers 404/4130 for an unknown group, 400/200 on a Free account.',
    zh: '返回适用于群组成员的设置：账户设置加上群组的修改，并附带群组的虚拟背景文件。`option` 改为返回会议或录制的身份验证配置或 `meeting_security`；`custom_query_fields` 只保留指定字段。群组不存在时返回 404/4130；免费账户返回 400/200。',
  },
  updateGroupSettings: {
    en: 'Changes only the group settings sent, or with `option` the authentication profiles or meeting security; they override the account’s settings for members whose primary group this is. Emits `group.settings_updated` with the previous values. Answers 204; 404/4130 for an unknown group; 400/200 on a Free account.',
    zh: '只修改请求中给出的群组设置；带 `option` 时修改身份验证配置或会议安全设置。对以本群组为主群组的成员，这些设置覆盖账户设置。触发 `group.settings_updated` 事件，附带原来的值。返回 204；群组不存在时返回 404/4130；免费账户返回 400/200。',
  },
  getGroupLockSettings: {
    en: 'Returns which settings the group locks: `true` marks a setting its members cannot change. `option=meeting_security` returns that section alone. Answers 404/4130 for an unknown group, 400/200 on a Free account.',
    zh: '返回群组锁定的设置：`true` 表示成员不能修改该设置。`option=meeting_security` 只返回该部分。群组不存在时返回 404/4130；免费账户返回 400/200。',
  },
  groupLockedSettings: {
    en: 'Locks or unlocks the settings sent: a locked setting takes the group’s value for every member, whatever the member chose; where two of a user’s groups lock it, the primary group’s value holds. Emits `group.lock_settings_updated`. Answers 204; 404/4130 for an unknown group; 400/200 on a Free account.',
    zh: '锁定或解锁请求中给出的设置：锁定后，所有成员都采用群组的值，不论其如何选择；用户所在的两个群组都锁定同一设置时，以主群组的值为准。触发 `group.lock_settings_updated` 事件。返回 204；群组不存在时返回 404/4130；免费账户返回 400/200。',
  },
  getGroupsWebinarRegistrationSettings: {
    en: 'Returns the group’s webinar registration defaults: notification and sharing options, which standard questions are asked or required, the approval type and custom questions; a group that changed nothing shows Zoom’s defaults. Answers 404/4130 for an unknown group, 400/200 on a Free account.',
    zh: '返回群组的网络研讨会注册默认设置：通知和分享选项、询问或必填的标准问题、审批类型和自定义问题；未做修改的群组显示 Zoom 默认值。群组不存在时返回 404/4130；免费账户返回 400/200。',
  },
  updateGroupsWebinarRegistrationSettings: {
    en: 'Changes the group’s webinar registration defaults: options merge, standard questions change one by one by `field_name` (a required question is also asked), and `custom_questions` replace the custom ones. Answers 204; 400/300 for a question without `field_name`, a custom question without a title, or a choice question without answers; 404/4130 for an unknown group.',
    zh: '修改群组的网络研讨会注册默认设置：选项合并，标准问题按 `field_name` 逐项修改（必填问题同时会被询问），`custom_questions` 替换全部自定义问题。返回 204；问题缺少 `field_name`、自定义问题缺少标题或选择题缺少选项时返回 400/300；群组不存在时返回 404/4130。',
  },
  uploadGroupVB: {
    en: 'Adds a virtual background for the group’s members from the multipart field `file`: a JPG or PNG image of at most 15 MB, 10 files per group. Answers 201 with the file’s ID, name, size and type; 400/120 for a missing, oversized or unsupported file or past 10 files; 404/4130 for an unknown group.',
    zh: '用 multipart 字段 `file` 为群组成员添加虚拟背景：不超过 15 MB 的 JPG 或 PNG 图片，每个群组最多 10 个。返回 201 以及文件 ID、名称、大小和类型；文件缺失、过大、格式不支持或超过 10 个时返回 400/120；群组不存在时返回 404/4130。',
  },
  delGroupVB: {
    en: 'Deletes the group’s virtual background files named in `file_ids`, comma separated. Answers 204; 400/300 when the list names a file that is not the group’s; 404/4130 for an unknown group; 400/200 on a Free account.',
    zh: '删除 `file_ids`（逗号分隔）所列的群组虚拟背景文件。返回 204；列表包含不属于该群组的文件时返回 400/300；群组不存在时返回 404/4130；免费账户返回 400/200。',
  },
}
