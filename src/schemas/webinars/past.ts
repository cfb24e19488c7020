import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { i, o, pageSize, s } from '../kit.js'
import { RegistrantOut } from '../meetings/schemas-registrants.js'

// Past webinars: the ended instances of a webinar and the registrants who missed one. Request schemas carry no
// `default`s.

/** A webinar id, or an instance UUID (double-encode one that starts with `/` or contains `//`). */
export const PastWebinarIdParams = Type.Object({ webinarId: Type.String({ minLength: 1 }) })

export const PastWebinarInstancesOut = Type.Object({
  webinars: o(Type.Array(Type.Object({ uuid: s(), start_time: s() }))),
})

export const AbsenteesQuery = Type.Object({
  occurrence_id: s(),
  page_size: pageSize(PAGING),
  next_page_token: s(),
})

export const AbsenteesOut = Type.Object({
  page_count: i(),
  page_number: i(),
  page_size: i(),
  total_records: i(),
  next_page_token: s(),
  // A webinar registrant has no participant PIN: the meeting registrant's shape without it.
  registrants: o(Type.Array(Type.Omit(RegistrantOut, ['participant_pin_code']))),
})
