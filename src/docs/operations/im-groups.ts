import type { OperationDocs } from './index.js'

export const imGroupsDocs: OperationDocs = {
  imGroups: {
    en: 'Lists all of the account’s IM directory groups at once, without pagination, each with its type, search options and member count. IM groups are a paid feature: a Free account answers 400/200.',
    zh: '不分页，一次列出账户的全部 IM 群组，每个群组附带类型、搜索选项和成员数。IM 群组为付费功能：免费账户返回 400/200。',
  },
  imGroupCreate: {
    en: 'Creates an IM directory group, `normal` unless `shared` or `restricted` is asked, with its contact search options, and answers 201 with its ID, name, member count (0) and options. Answers 409/4132 when the account already has an IM group of that name, 400/300 without a name, and 400/200 on a Free account.',
    zh: '创建 IM 群组（默认为 `normal`，也可为 `shared` 或 `restricted`）并设置联系人搜索选项，返回 201 以及群组 ID、名称、成员数（0）和选项。账户中已有同名 IM 群组时返回 409/4132；未提供名称时返回 400/300；免费账户返回 400/200。',
  },
  imGroup: {
    en: 'Returns an IM directory group: ID, name, type, contact search options and member count. Answers 404/4130 when the account has no such group, and 400/200 on a Free account.',
    zh: '返回一个 IM 群组：ID、名称、类型、联系人搜索选项和成员数。账户中没有该群组时返回 404/4130；免费账户返回 400/200。',
  },
  imGroupUpdate: {
    en: 'Changes only what is sent: the IM group’s name, type or search options. Answers 204; 409/4132 when another IM group of the account has the name; 400/300 for an empty name; 404/4130 for an unknown group; 400/200 on a Free account.',
    zh: '只修改请求中给出的内容：IM 群组的名称、类型或搜索选项。返回 204；账户中其他 IM 群组已使用该名称时返回 409/4132；名称为空时返回 400/300；群组不存在时返回 404/4130；免费账户返回 400/200。',
  },
  imGroupDelete: {
    en: 'Deletes an IM directory group; its members simply leave it. Answers 204; 404/4130 when the account has no such group; 400/200 on a Free account.',
    zh: '删除 IM 群组，其成员随之离开该群组。返回 204；账户中没有该群组时返回 404/4130；免费账户返回 400/200。',
  },
  imGroupMembers: {
    en: 'Lists an IM group’s members page by page, each with ID, email, names and user type. Answers 404/4130 for an unknown group, 400/300 for an invalid or expired page token, and 400/200 on a Free account.',
    zh: '分页列出 IM 群组的成员，每位成员附带 ID、邮箱、姓名和用户类型。群组不存在时返回 404/4130；分页令牌无效或过期时返回 400/300；免费账户返回 400/200。',
  },
  imGroupMembersCreate: {
    en: 'Adds up to 10 users of the account, by ID or email, to an IM group; users already in it are left as they are and not listed. Answers 201 with the IDs added and the time; 404/1001 when an entry names no user of the account; 404/4130 for an unknown group.',
    zh: '按 ID 或邮箱将账户中最多 10 位用户加入 IM 群组；已在群组中的用户保持不变，也不列出。返回 201 以及新加入用户的 ID 和时间；某项不对应本账户用户时返回 404/1001；群组不存在时返回 404/4130。',
  },
  imGroupMembersDelete: {
    en: 'Removes a member, named by ID or email, from an IM group. Answers 204; 404/4130 when the user is not in the group or the group does not exist; 404/1001 when the account has no such user.',
    zh: '将成员（按 ID 或邮箱指定）移出 IM 群组。返回 204；用户不在该群组或群组不存在时返回 404/4130；账户中没有该用户时返回 404/1001。',
  },
}
