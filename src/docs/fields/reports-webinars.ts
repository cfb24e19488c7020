import type { FieldDocs } from './index.js'

// The Q&A and poll reports of one held meeting or webinar instance. Both kinds of report group their entries
// under `questions`, one entry per person, so a key under it describes the Q&A and the poll meaning together.

export const reportsWebinarsFields: FieldDocs = {
  'Reports:questions': {
    en: 'In a Q&A report, one entry per asker (all anonymous questions share one entry), in the order of their first question; in a poll report, one entry per voter, in the order of their first vote, with a separate entry for their votes in anonymous polls.',
    zh: '在问答报告中，每位提问者一项（所有匿名问题共用一项），按其首次提问的先后排序；在投票报告中，每位投票者一项，按其首次投票的先后排序，其在匿名投票中的作答另列一项。',
  },
  'Reports:questions.user_id': {
    en: 'The asker’s participant ID in the instance (the same `user_id` as in the participant report); an empty string for the anonymous entry.',
    zh: '提问者在该场次中的参会者 ID（与参会者报告中的 `user_id` 相同）；匿名项为空字符串。',
  },
  'Reports:questions.name': {
    en: 'The asker’s or voter’s display name; “Anonymous Attendee” for anonymous questions and for votes in anonymous polls.',
    zh: '提问者或投票者的显示名称；匿名问题和匿名投票中的作答显示为“Anonymous Attendee”。',
  },
  'Reports:questions.email': {
    en: 'The asker’s or voter’s email address under Zoom’s display rules (an empty string for guests who neither registered nor had their address supplied by the host, and for anonymous entries).',
    zh: '按 Zoom 显示规则给出的提问者或投票者邮箱地址（既未注册、主持人也未提供其地址的访客，以及匿名项，均为空字符串）。',
  },
  'Reports:questions.first_name': {
    en: 'The voter’s first name; given as “Anonymous Attendee” for votes in anonymous polls.',
    zh: '投票者的名；匿名投票中的作答显示为“Anonymous Attendee”。',
  },
  'Reports:questions.last_name': {
    en: 'The voter’s last name; given as “Anonymous Attendee” for votes in anonymous polls.',
    zh: '投票者的姓；匿名投票中的作答显示为“Anonymous Attendee”。',
  },
  'Reports:questions.question_details': {
    en: 'In a Q&A report, the person’s questions in the order asked; in a poll report, one item per poll question the person answered.',
    zh: '在问答报告中，为该人按提问先后排列的问题；在投票报告中，该人作答的每个投票问题各一项。',
  },
  'Reports:questions.question_details.question': {
    en: 'The text of the question asked in the Q&A, or of the poll question answered.',
    zh: '问答中所提问题的内容，或所作答投票问题的内容。',
  },
  'Reports:questions.question_details.answer': {
    en: 'In a Q&A report, the first answer given by the host, a co-host or a panelist (“live answered” when answered aloud; an empty string while unanswered; comments do not count). In a poll report, the answer chosen or typed; several choices of one question are joined by “;”.',
    zh: '在问答报告中，为主持人、联席主持人或嘉宾给出的第一个回答（口头回答时为“live answered”；未回答时为空字符串；评论不计在内）。在投票报告中，为所选或填写的答案；同一问题的多个选项以“;”连接。',
  },
  'Reports:questions.question_details.question_id': {
    en: 'The ID of the Q&A question.',
    zh: '问答问题的 ID。',
  },
  'Reports:questions.question_details.create_time': {
    en: 'When the question was asked, ISO 8601 UTC.',
    zh: '提问时间，ISO 8601 UTC。',
  },
  'Reports:questions.question_details.question_status': {
    en: '`open` until the host, a co-host or a panelist answers it (in writing or aloud), then `answered`.',
    zh: '在主持人、联席主持人或嘉宾回答（书面或口头）之前为 `open`，之后为 `answered`。',
  },
  'Reports:questions.question_details.answer_details': {
    en: 'Every answer to the question and every comment on it, in the order given.',
    zh: '该问题的所有回答和评论，按给出的先后排序。',
  },
  'Reports:questions.question_details.answer_details.user_id': {
    en: 'The participant ID in the instance of whoever answered or commented.',
    zh: '回答或评论者在该场次中的参会者 ID。',
  },
  'Reports:questions.question_details.answer_details.name': {
    en: 'The display name of whoever answered or commented.',
    zh: '回答或评论者的显示名称。',
  },
  'Reports:questions.question_details.answer_details.email': {
    en: 'The email address of whoever answered or commented, under Zoom’s display rules (an empty string for guests whose address may not be shown).',
    zh: '按 Zoom 显示规则给出的回答或评论者邮箱地址（不可显示地址的访客为空字符串）。',
  },
  'Reports:questions.question_details.answer_details.content': {
    en: 'The text of the answer or comment; “live answered” for an answer given aloud.',
    zh: '回答或评论的内容；口头回答时为“live answered”。',
  },
  'Reports:questions.question_details.answer_details.create_time': {
    en: 'When the answer or comment was given, ISO 8601 UTC.',
    zh: '回答或评论的时间，ISO 8601 UTC。',
  },
  'Reports:questions.question_details.answer_details.type': {
    en: '`host_answered_publicly` (everyone sees it), `host_answered_privately` (only the asker sees it), `host_answered` (answered aloud) or `participant_commented` (a comment by someone who is not the host, a co-host or a panelist).',
    zh: '`host_answered_publicly`（所有人可见）、`host_answered_privately`（仅提问者可见）、`host_answered`（口头回答）或 `participant_commented`（非主持人、联席主持人或嘉宾的评论）。',
  },
  'Reports:questions.question_details.date_time': {
    en: 'When the poll answer was submitted, ISO 8601 UTC; a later vote in the same poll replaces the earlier one.',
    zh: '提交投票答案的时间，ISO 8601 UTC；在同一投票中再次作答会取代之前的作答。',
  },
  'Reports:questions.question_details.polling_id': {
    en: 'The ID of the poll the answer belongs to.',
    zh: '该答案所属投票的 ID。',
  },
}
