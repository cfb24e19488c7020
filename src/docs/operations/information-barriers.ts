import type { OperationDocs } from './index.js'

export const informationBarriersDocs: OperationDocs = {
  InformationBarriersList: {
    en: 'Lists the account’s information barrier policies, oldest first, page by page with `next_page_token`, each with its two groups, type, status and restricted features. Paid accounts only (400/200). Answers 400/300 for an invalid or expired page token.',
    zh: '分页列出账户的信息屏障策略，最早创建的在前，使用 `next_page_token` 翻页；每项策略附带两个群组、类型、状态和受限功能。仅限付费账户（否则返回 400/200）。分页令牌无效或过期时返回 400/300。',
  },
  InformationBarriersCreate: {
    en: 'Creates a policy restricting what users of `assigned_group_id` may do with users of `to_group_id` (meetings, chat, calls, file transfer, recording, screen sharing…); restrictions not sent are off. Answers 201 with the policy, emitting `information_barriers.policy_created`. Answers 400/300 when both groups are the same or the name is blank; 404/4130 for an unknown group; 400/200 on a Free account.',
    zh: '创建策略，限制 `assigned_group_id` 的用户与 `to_group_id` 的用户之间的操作（会议、聊天、通话、文件传输、录制、屏幕共享等）；未给出的限制项为关闭。返回 201 和该策略，并触发 `information_barriers.policy_created` 事件。两个群组相同或名称为空时返回 400/300；群组不存在时返回 404/4130；免费账户返回 400/200。',
  },
  InformationBarriersGet: {
    en: 'Returns one information barrier policy: name, the two groups, type, status and each restricted feature. Answers 404/404 when the account has no such policy, and 400/200 on a Free account.',
    zh: '返回一项信息屏障策略：名称、两个群组、类型、状态和各项受限功能。账户中没有该策略时返回 404/404；免费账户返回 400/200。',
  },
  InformationBarriersUpdate: {
    en: 'Changes only what is sent; settings change key by key. New groups are checked as at creation. Emits `information_barriers.policy_updated` with the whole policy. Answers 204; 404/404 for an unknown policy; 400/300 for the same group twice or a blank name; 404/4130 for an unknown group; 400/200 on a Free account.',
    zh: '只修改请求中给出的内容；设置逐项修改。新的群组按创建时的规则校验。触发 `information_barriers.policy_updated` 事件，附带完整策略。返回 204；策略不存在时返回 404/404；两个群组相同或名称为空时返回 400/300；群组不存在时返回 404/4130；免费账户返回 400/200。',
  },
  InformationBarriersDelete: {
    en: 'Removes an information barrier policy and emits `information_barriers.policy_deleted` with the policy as it was. Its groups can then be deleted. Answers 204; 404/404 when the account has no such policy; 400/200 on a Free account.',
    zh: '删除一项信息屏障策略，并触发 `information_barriers.policy_deleted` 事件，附带删除前的策略。之后其引用的群组即可删除。返回 204；账户中没有该策略时返回 404/404；免费账户返回 400/200。',
  },
}
