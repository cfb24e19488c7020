import type { OperationDocs } from './index.js'

export const recordingAnalyticsDocs: OperationDocs = {
  getMeetingRecordingsAnalyticsSummary: {
    en: 'Counts, day by day, how often the recordings of a meeting were played and downloaded: each authorised download URL request and each play page shown counts once. A meeting number covers all its recordings; an instance UUID names its meeting, so the answer is the same. Days are UTC; `to` defaults to today and `from` to six days before `to`; a range longer than a month keeps its end and starts one month before it, and the adjusted dates are echoed. Answers 404/3301 when the meeting has no recording, 400/200 when the account has cloud recording off, 400/300 for a malformed date, `from` after `to`, or a range starting more than six months ago.',
    zh: '按天统计某会议的录制被播放和下载的次数：每次获授权的下载地址请求和每次显示的播放页面各计一次。会议号涵盖其所有录制；会议实例 UUID 代表其所属会议，因此结果相同。日期按 UTC 计算；`to` 默认为今天，`from` 默认为 `to` 之前六天；超过一个月的范围保留结束日期，开始日期改为其前一个月，并在响应中返回调整后的日期。会议没有录制时返回 404/3301；账户关闭云录制时返回 400/200；日期格式错误、`from` 晚于 `to` 或范围开始于六个月之前时返回 400/300。',
  },
  getMeetingRecordingsAnalyticsDetails: {
    en: 'Lists, page by page and oldest first, each play (`type=by_view`, the default) or download (`type=by_download`) of a meeting’s recordings with when it happened and who: the token’s user (the host for an account-level token), or Guest for someone who watched with the passcode. The range follows the same rules as the analytics summary. Answers 404/3301 when the meeting has no recording, 400/200 when the account has cloud recording off, 400/300 for a malformed date, a range starting more than six months ago, or an invalid or expired page token.',
    zh: '分页列出某会议录制的每次播放（`type=by_view`，默认）或下载（`type=by_download`），按时间从早到晚排列，包括发生时间和操作者：令牌对应的用户（账户级令牌为主持人），凭密码观看的访客显示为 Guest。日期范围规则与分析摘要相同。会议没有录制时返回 404/3301；账户关闭云录制时返回 400/200；日期格式错误、范围开始于六个月之前或分页令牌无效或过期时返回 400/300。',
  },
}
