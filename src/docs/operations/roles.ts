import type { OperationDocs } from './index.js'

export const rolesDocs: OperationDocs = {
  roles: {
    en: 'Lists the roles of one type (`common` unless asked) with their member counts: the built-in Owner, Admin and Member and the account’s own roles, all in one answer. Roles are a paid feature: a Free account answers 400/200.',
    zh: '一次列出某一类型（默认为 `common`）的全部角色及其成员数：内置的所有者、管理员和成员角色，以及账户自定义的角色。角色为付费功能：免费账户返回 400/200。',
  },
  createRole: {
    en: 'Creates a role with a name, description, type and privileges named like `User:Read` or `Group:Edit`, and answers 201 with it and no members. Answers 400/300 without a name or for an unknown privilege; 400/1224 when another role has the name; 400/200 on a Free account.',
    zh: '创建角色，可设置名称、说明、类型，以及 `User:Read`、`Group:Edit` 形式的权限，返回 201 和该角色（尚无成员）。未提供名称或权限无效时返回 400/300；其他角色已使用该名称时返回 400/1224；免费账户返回 400/200。',
  },
  getRoleInformation: {
    en: 'Returns a role with its name, description, type, privileges and member count. Answers 400/300 when the account has no such role, and 400/200 on a Free account.',
    zh: '返回角色及其名称、说明、类型、权限和成员数。账户中没有该角色时返回 400/300；免费账户返回 400/200。',
  },
  updateRole: {
    en: 'Changes only what is sent: name, description, privileges or sub account privileges. The Owner role cannot change, and the Admin and Member roles keep their names. Answers 204; 400/300 for an unknown role, the Owner role, a built-in role’s new name, a blank name or an unknown privilege; 400/1224 when the name is taken.',
    zh: '只修改请求中给出的内容：名称、说明、权限或子账户权限。所有者角色不能修改，管理员和成员角色不能改名。返回 204；角色不存在、修改所有者角色、为内置角色改名、名称为空或权限无效时返回 400/300；名称已被使用时返回 400/1224。',
  },
  deleteRole: {
    en: 'Deletes one of the account’s own roles. Answers 204; 400/300 for a built-in role, a role still held by users, or an unknown role; 400/200 on a Free account.',
    zh: '删除账户自定义的角色。返回 204；内置角色、仍有用户持有的角色或不存在的角色返回 400/300；免费账户返回 400/200。',
  },
  roleMembers: {
    en: 'Lists the users holding a role page by page, with ID, email, names, user type and department. Answers 404/1034 when the account has no such role, 400/300 for an invalid or expired page token, and 400/200 on a Free account.',
    zh: '分页列出持有某角色的用户，附带 ID、邮箱、姓名、用户类型和部门。账户中没有该角色时返回 404/1034；分页令牌无效或过期时返回 400/300；免费账户返回 400/200。',
  },
  AddRoleMembers: {
    en: 'Gives a role to up to 30 users of the account, by ID or email, and answers 201 with their IDs and the time; each change emits `user.updated`. The Owner and Member roles cannot be handed out this way, and the owner keeps their role (400/300). Answers 400/1034 for an unknown role; 404/1001 when an entry names no user of the account.',
    zh: '按 ID 或邮箱将角色分配给账户中最多 30 位用户，返回 201 以及这些用户的 ID 和时间；每次变化触发 `user.updated` 事件。所有者和成员角色不能以此方式分配，账户所有者的角色也不能更改（返回 400/300）。角色不存在时返回 400/1034；某项不对应本账户用户时返回 404/1001。',
  },
  roleMemberDelete: {
    en: 'Takes a role back from a user, named by ID or email, who becomes a Member again; emits `user.updated`. Answers 204; 400/300 for the Owner or Member role; 404/1034 for an unknown role; 404/1001 when the user does not hold the role.',
    zh: '收回用户（按 ID 或邮箱指定）的角色，该用户恢复为成员角色，并触发 `user.updated` 事件。返回 204；所有者或成员角色返回 400/300；角色不存在时返回 404/1034；该用户未持有此角色时返回 404/1001。',
  },
}
