import type { FieldDocs } from './index.js'

// Webinars: polls, survey, live stream, caption token, invite links and templates. Where the meeting wording
// ("the meeting ends") would mislead, a 'Webinars:' key says it for webinars.
export const webinarExtrasFields: FieldDocs = {
  // Polls
  'Webinars:polls': {
    en: 'The webinar’s polls and quizzes, oldest first.',
    zh: '网络研讨会的投票和测验，按创建先后排列。',
  },
  'Webinars:polls.id': { en: 'The poll’s ID.', zh: '投票 ID。' },
  'Webinars:status': {
    en: 'Poll: notstart, started, ended, sharing (results shown) or deactivated. Registrant: approved, pending or denied (as a list filter, approved by default).',
    zh: '投票：notstart（未开始）、started（进行中）、ended（已结束）、sharing（正在共享结果）或 deactivated（已停用）。注册者：approved、pending 或 denied（作为列表筛选时默认 approved）。',
  },
  'Webinars:polls.status': {
    en: 'Where the poll is in the webinar: notstart, started, ended, sharing (results shown) or deactivated.',
    zh: '投票在网络研讨会中的状态：notstart（未开始）、started（进行中）、ended（已结束）、sharing（正在共享结果）或 deactivated（已停用）。',
  },
  'Webinars:questions.name': {
    en: 'Poll or survey question: its text, up to 255 characters. Past webinar poll and Q&A results: the name of the participant who answered or asked.',
    zh: '投票或调查的问题：问题内容，最多 255 个字符。往期网络研讨会的投票和问答结果：作答或提问的参会者姓名。',
  },
  'Webinars:questions.type': {
    en: 'Question type: single, multiple, matching, rank_order, short_answer, long_answer, fill_in_the_blank or rating_scale; a basic poll (poll_type 1) takes single and multiple only.',
    zh: '题型：single（单选）、multiple（多选）、matching（匹配）、rank_order（排序）、short_answer（简答）、long_answer（长答）、fill_in_the_blank（填空）或 rating_scale（评分）；普通投票（poll_type 1）仅可用 single 和 multiple。',
  },

  // Survey
  'Webinars:custom_survey': {
    en: 'The webinar’s own survey, offered to attendees when the webinar ends; setting it removes a third-party link.',
    zh: '网络研讨会自带的调查，网络研讨会结束时提供给观众；设置后会移除第三方调查链接。',
  },
  'Webinars:show_in_the_browser': {
    en: 'Open the survey in the attendee’s browser when the webinar ends (on unless turned off).',
    zh: '网络研讨会结束时在观众的浏览器中打开调查（默认开启）。',
  },
  'Webinars:show_in_the_follow_up_email': {
    en: 'Put the survey link in the follow-up email sent after the webinar (off unless turned on).',
    zh: '在网络研讨会结束后发送的跟进邮件中附上调查链接（默认关闭）。',
  },

  // Live stream
  'Webinars:stream_url': {
    en: 'URL of the streaming server the webinar is sent to, up to 1,024 characters.',
    zh: '接收网络研讨会直播的推流服务器 URL，最多 1024 个字符。',
  },

  // Caption token and invite links
  'Webinars:token': {
    en: 'The closed caption token: the URL a third-party captioning service posts captions to while the webinar is in progress.',
    zh: '字幕令牌：网络研讨会进行期间第三方字幕服务提交字幕所用的 URL。',
  },
  'Webinars:ttl': {
    en: 'How long the links stay valid, in seconds: 0 to 7,776,000 (90 days), 7,200 when not given; 0 never expires.',
    zh: '链接的有效期（秒）：0 到 7776000（90 天），未提供时为 7200；0 表示永不过期。',
  },
  'Webinars:attendees.name': {
    en: 'Name shown for this attendee in the webinar, 1–64 characters.',
    zh: '该观众在网络研讨会中显示的名称，1–64 个字符。',
  },

  // Templates
  'Webinars:webinar_id': {
    en: 'ID of one of the user’s own webinars to save the template from.',
    zh: '用来保存模板的网络研讨会 ID，须为该用户自己主持的网络研讨会。',
  },
  'Webinars:save_recurrence': {
    en: 'Also save the webinar’s recurrence (of a type 9 webinar) in the template.',
    zh: '同时把网络研讨会（类型 9）的重复规则保存到模板中。',
  },
  'Webinars:overwrite': {
    en: 'Replace the template saved earlier from the same webinar (keeping its ID) instead of adding another.',
    zh: '覆盖先前由同一网络研讨会保存的模板（保留其 ID），而不是另建一个。',
  },
  'Webinars:templates': {
    en: 'The user’s webinar templates, to pass as template_id when creating a webinar; meeting templates are not listed.',
    zh: '用户的网络研讨会模板，可在创建网络研讨会时作为 template_id 传入；不列出会议模板。',
  },
  'Webinars:templates.id': { en: 'The template’s ID.', zh: '模板 ID。' },
  'Webinars:templates.name': { en: 'The template’s name.', zh: '模板名称。' },
}
