import type { OperationDocs } from './index.js'

export const webhooksDocs: OperationDocs = {
  createEventSubscription: {
    en: 'Creates an event subscription of the calling app for its account, a sub account or some users, and answers 201 with its ID. The endpoint URL first receives a signed `endpoint.url_validation` challenge and must answer it correctly; it is checked again every 72 hours. Answers 400/300 for unknown events, events outside the app’s scopes, a failed validation or past 20 subscriptions per app; 404/1001 for an unknown user.',
    zh: '为调用方应用创建事件订阅，订阅对象可为本账户、子账户或部分用户，返回 201 和订阅 ID。端点 URL 先收到签名的 `endpoint.url_validation` 验证请求，须正确应答；之后每 72 小时重新验证。事件未知、超出应用权限范围、验证失败或每个应用超过 20 个订阅时返回 400/300；用户不存在时返回 404/1001。',
  },
  getUserEventSubscriptions: {
    en: 'Lists the calling app’s event subscriptions page by page, optionally only those reaching one account or user or of one scope, each with its events, endpoint URL, non-secret extra authentication and status. Answers 400/2001 for an account that is neither the caller’s nor one of its sub accounts, and 404/1001 for an unknown user.',
    zh: '分页列出调用方应用的事件订阅，可只列出覆盖某账户或某用户的订阅，或某一订阅范围的订阅；每项附带事件、端点 URL、非机密的附加认证信息和状态。账户既不是调用方账户也不是其子账户时返回 400/2001；用户不存在时返回 404/1001。',
  },
  subscribeEventSubscription: {
    en: 'Adds users or an account to a subscription; its events, name, endpoint URL and extra authentication may change too, and a new URL or authentication must pass the validation challenge first. Answers 204; 404/404 for an unknown subscription; 400/300 for unknown or disallowed events or a failed validation; 400/200 for a master-account scope on a sub account.',
    zh: '为订阅添加用户或账户；也可修改其事件、名称、端点 URL 和附加认证，新的 URL 或认证须先通过验证请求。返回 204；订阅不存在时返回 404/404；事件未知或不被允许、验证失败时返回 400/300；主账户范围的订阅添加子账户时返回 400/200。',
  },
  unSubscribeEventSubscription: {
    en: 'Takes the named users, or without `user_ids` the whole account, off a subscription; the subscription itself stays. Answers 204; 404/404 for an unknown subscription; 400/2001 for an account that is neither the caller’s nor one of its sub accounts.',
    zh: '将所列用户（未提供 `user_ids` 时为整个账户）从订阅中移除；订阅本身保留。返回 204；订阅不存在时返回 404/404；账户既不是调用方账户也不是其子账户时返回 400/2001。',
  },
  deleteEventSubscription: {
    en: 'Deletes one of the calling app’s event subscriptions; its pending deliveries are dropped and no more events are sent for it. Answers 204; 404/404 when the app has no such subscription.',
    zh: '删除调用方应用的一个事件订阅；待发送的事件随之丢弃，之后不再为其发送事件。返回 204；应用没有该订阅时返回 404/404。',
  },
  getWebhookLogs: {
    en: 'Lists every request sent for an app’s subscriptions (deliveries, retries and URL validations), newest first, page by page, with status, latency and the request and response. Filters: `from` and `to`, `event`, successes or failures (`type`), `retry_num`. Answers 404/404 when the app is not one of the account’s; 400/300 for an invalid date.',
    zh: '分页列出为应用订阅发出的所有请求（事件推送、重试和 URL 验证），最新的在前，附带状态、耗时以及请求和响应内容。可按 `from` 和 `to`、`event`、成功或失败（`type`）、`retry_num` 筛选。应用不属于本账户时返回 404/404；日期无效时返回 400/300。',
  },
}
