import { Type } from 'typebox'
import { b, e, i, numberedPageHead, o, s } from '../kit.js'
import {
  AddRegistrantBody,
  AddRegistrantResponse,
  BatchRegistrantsBody,
  ListRegistrantsQuery,
  RegistrantOut,
  RegistrationQuestionsBody,
} from '../meetings/schemas-registrants.js'

// Webinar registrants are the meeting core's, so these are the meeting registrant schemas with what Zoom's webinar
// documents differ in: no participant PIN and no `auto_approve` on a single registration, a tracking source to
// register through and list by, the webinar's custom question types. Then tracking sources, and the simulator's
// request that creates one.

export const WebinarRegistrantParams = Type.Object({
  webinarId: Type.String({ minLength: 1 }),
  registrantId: Type.String({ minLength: 1 }),
})

export const ListWebinarRegistrantsQuery = Type.Object({
  ...ListRegistrantsQuery.properties,
  tracking_source_id: s(),
})

export const AddWebinarRegistrantBody = Type.Object({
  ...Type.Omit(AddRegistrantBody, ['auto_approve']).properties,
  source_id: o(Type.String({ minLength: 1 })),
})

export const AddWebinarRegistrantResponse = Type.Omit(AddRegistrantResponse, ['participant_pin_code'])

/** A registrant as List shows it. */
export const WebinarRegistrantOut = Type.Omit(RegistrantOut, ['participant_pin_code'])

/** Get also shows the language chosen for the confirmation email. */
export const WebinarRegistrantDetailOut = Type.Object({
  ...WebinarRegistrantOut.properties,
  language: s(),
})

export const WebinarRegistrantGetQuery = Type.Object({ occurrence_id: s() })

export const ListWebinarRegistrantsResponse = Type.Object({
  ...numberedPageHead(),
  registrants: o(Type.Array(WebinarRegistrantOut)),
})

const Person = BatchRegistrantsBody.properties.registrants.items

export const WebinarBatchRegistrantsBody = Type.Object({
  auto_approve: b(),
  registrants: Type.Array(Person, { minItems: 1, maxItems: 30 }),
})

export const WebinarBatchRegistrantsResponse = Type.Object({
  registrants: o(Type.Array(Type.Object({ email: s(), join_url: s(), registrant_id: s() }))),
})

const WebinarCustomQuestion = Type.Object({
  ...RegistrationQuestionsBody.properties.custom_questions.items.properties,
  type: o(e(['short', 'single_radio', 'single_dropdown', 'multiple'] as const)),
})

export const WebinarRegistrationQuestions = Type.Object({
  questions: RegistrationQuestionsBody.properties.questions,
  custom_questions: o(Type.Array(WebinarCustomQuestion)),
})

const TrackingSource = Type.Object({
  id: s(),
  source_name: s(),
  tracking_url: s(),
  visitor_count: i(),
  registration_count: i(),
})

export const TrackingSourcesResponse = Type.Object({
  total_records: i(),
  tracking_sources: o(Type.Array(TrackingSource)),
})

export const SimTrackingSourceParams = Type.Object({ webinarId: Type.String({ minLength: 1 }) })
export const SimTrackingSourceBody = Type.Object({
  source_name: Type.String({ minLength: 1, maxLength: 128, pattern: '\\S' }),
})
export const SimTrackingSourceOut = TrackingSource
