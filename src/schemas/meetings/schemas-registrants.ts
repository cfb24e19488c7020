import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, numberedPageHead, o, pageNumber, pageSize, s, strings } from '../kit.js'
import { REGISTRATION_FIELDS } from '../../domain/registration-fields.js'

// Registrants and registration questions. Hand-written from the 2022 document and the newer @zoom/rivet types
// (participant_pin_code, registrants_confirmation_email, `multiple` custom questions). Request schemas carry no
// `default`s except where Zoom documents one for a query parameter.

const CUSTOM_QUESTION_TYPES = ['short', 'single', 'multiple'] as const

// The add request documents "101-500" and "500-1,000", the registrant read-out "101-250", "251-500" and
// "501-1,000": both spellings are accepted and kept as sent.
const NO_OF_EMPLOYEES = [
  '',
  '1-20',
  '21-50',
  '51-100',
  '101-250',
  '251-500',
  '101-500',
  '500-1,000',
  '501-1,000',
  '1,001-5,000',
  '5,001-10,000',
  'More than 10,000',
] as const
const PURCHASING_TIME_FRAME = [
  '',
  'Within a month',
  '1-3 months',
  '4-6 months',
  'More than 6 months',
  'No timeframe',
] as const
const ROLE_IN_PURCHASE = ['', 'Decision Maker', 'Evaluator/Recommender', 'Influencer', 'Not involved'] as const
const LANGUAGES = [
  'en-US',
  'de-DE',
  'es-ES',
  'fr-FR',
  'jp-JP',
  'pt-PT',
  'ru-RU',
  'zh-CN',
  'zh-TW',
  'ko-KO',
  'it-IT',
  'vi-VN',
  'pl-PL',
  'Tr-TR',
] as const

export const RegistrantParams = Type.Object({
  meetingId: Type.String({ minLength: 1 }),
  registrantId: Type.String({ minLength: 1 }),
})

export const ListRegistrantsQuery = Type.Object({
  occurrence_id: s(),
  status: o(
    Type.Unsafe<'pending' | 'approved' | 'denied'>({
      type: 'string',
      enum: ['pending', 'approved', 'denied'],
      default: 'approved',
    }),
  ),
  page_size: pageSize(PAGING),
  page_number: pageNumber(),
  next_page_token: s(),
})

export const AddRegistrantQuery = Type.Object({ occurrence_ids: s() })

/** The answers a registrant gives: the standard fields and custom questions. */
const answerProperties = {
  last_name: o(Type.String({ maxLength: 64 })),
  address: s(),
  city: s(),
  state: s(),
  zip: s(),
  country: s(),
  phone: s(),
  comments: s(),
  // Answers longer than 128 characters are refused as Zoom refuses them (400/300 "Invalid parameter").
  custom_questions: o(Type.Array(Type.Object({ title: s(), value: s() }))),
  industry: s(),
  job_title: s(),
  no_of_employees: o(e(NO_OF_EMPLOYEES)),
  org: s(),
  purchasing_time_frame: o(e(PURCHASING_TIME_FRAME)),
  role_in_purchase_process: o(e(ROLE_IN_PURCHASE)),
}

export const AddRegistrantBody = Type.Object({
  first_name: Type.String({ minLength: 1, maxLength: 64 }),
  email: Type.String({ format: 'email', maxLength: 128 }),
  ...answerProperties,
  language: o(e(LANGUAGES)),
  auto_approve: b(),
})

const OccurrenceOut = Type.Object({ duration: i(), occurrence_id: s(), start_time: s(), status: s() })

export const AddRegistrantResponse = Type.Object({
  id: i(),
  join_url: s(),
  registrant_id: s(),
  start_time: s(),
  topic: s(),
  occurrences: o(Type.Array(OccurrenceOut)),
  participant_pin_code: i(),
})

/** A registrant as Get and List show it. */
export const RegistrantOut = Type.Object({
  id: s(),
  first_name: s(),
  last_name: s(),
  email: s(),
  address: s(),
  city: s(),
  country: s(),
  zip: s(),
  state: s(),
  phone: s(),
  industry: s(),
  org: s(),
  job_title: s(),
  purchasing_time_frame: s(),
  role_in_purchase_process: s(),
  no_of_employees: s(),
  comments: s(),
  custom_questions: o(Type.Array(Type.Object({ title: s(), value: s() }))),
  status: o(e(['approved', 'pending', 'denied'] as const)),
  create_time: s(),
  join_url: s(),
  participant_pin_code: i(),
})

export const ListRegistrantsResponse = Type.Object({
  ...numberedPageHead(),
  registrants: o(Type.Array(RegistrantOut)),
})

export const DeleteRegistrantQuery = Type.Object({ occurrence_id: s() })

export const RegistrantStatusQuery = Type.Object({ occurrence_id: s() })

export const RegistrantStatusBody = Type.Object({
  action: e(['approve', 'cancel', 'deny'] as const),
  registrants: o(Type.Array(Type.Object({ id: s(), email: s() }), { maxItems: 30 })),
})

export const BatchRegistrantsBody = Type.Object({
  auto_approve: b(),
  registrants_confirmation_email: b(),
  registrants: o(
    Type.Array(
      Type.Object({
        email: Type.String({ format: 'email', maxLength: 128 }),
        first_name: Type.String({ minLength: 1, maxLength: 64 }),
        last_name: o(Type.String({ maxLength: 64 })),
      }),
      { maxItems: 30 },
    ),
  ),
})

export const BatchRegistrantsResponse = Type.Object({
  registrants: o(Type.Array(Type.Object({ email: s(), join_url: s(), registrant_id: s(), participant_pin_code: i() }))),
})

const Question = Type.Object({ field_name: o(e(REGISTRATION_FIELDS)), required: b() })
const CustomQuestion = Type.Object({
  title: o(Type.String({ minLength: 1 })),
  type: o(e(CUSTOM_QUESTION_TYPES)),
  required: b(),
  answers: strings(),
})

export const RegistrationQuestionsBody = Type.Object({
  questions: o(Type.Array(Question)),
  custom_questions: o(Type.Array(CustomQuestion)),
})

export const RegistrationQuestionsOut = Type.Object({
  questions: o(Type.Array(Question)),
  custom_questions: o(Type.Array(CustomQuestion)),
})
