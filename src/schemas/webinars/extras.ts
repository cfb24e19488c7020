import { Type } from 'typebox'
import { b, e, i, o, s, served } from '../kit.js'
import { SurveyBody, SurveyOut } from '../meetings/schemas-polls.js'

// Polls, survey, live stream, caption token and templates of a webinar. The poll, live stream details and invite
// link bodies are the meetings' (imported by the operations); what differs is written here, after the 2022
// document and the @zoom/rivet types. Request schemas carry no defaults.

export const WebinarPollParams = Type.Object({
  webinarId: Type.String({ minLength: 1 }),
  pollId: Type.String({ minLength: 1 }),
})

// A webinar's survey can also put its link in the follow-up email.
export const WebinarSurveyBody = Type.Object({ ...SurveyBody.properties, show_in_the_follow_up_email: b() })
export const WebinarSurveyOut = Type.Object({ ...SurveyOut.properties, show_in_the_follow_up_email: b() })

// Webinar streams start and stop; there is no `mode` action and no layout or caption settings.
export const WebinarLiveStreamStatusBody = Type.Object({
  action: o(e(['start', 'stop'] as const)),
  settings: o(Type.Object({ active_speaker_name: b(), display_name: o(Type.String({ minLength: 1, maxLength: 50 })) })),
})

// The closed caption URL is the only token type Zoom documents for webinars.
export const WebinarTokenQuery = Type.Object({
  type: o(e(['closed_caption_token'] as const, served({ default: 'closed_caption_token' }))),
})
export const WebinarTokenOut = Type.Object({ token: s() })

export const CreateWebinarTemplateBody = Type.Object({
  webinar_id: Type.Integer(),
  name: o(Type.String({ minLength: 1, maxLength: 64 })),
  save_recurrence: b(),
  overwrite: b(),
})

export const WebinarTemplateListOut = Type.Object({
  total_records: i(),
  templates: o(Type.Array(Type.Object({ id: s(), name: s() }))),
})
