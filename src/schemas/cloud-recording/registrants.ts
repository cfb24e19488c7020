import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { e, i, list, numberedPageHead, o, pageNumber, pageSize, s, served } from '../kit.js'
import { AddRegistrantBody, RegistrantOut } from '../meetings/schemas-registrants.js'

// On-demand recording registrants: the meeting registrant's answers, without what only a meeting registration
// has (language, auto-approval, join link, PIN). The questions operations share the meeting form's schemas.

const STATUSES = ['pending', 'approved', 'denied'] as const

export const RecordingRegistrantsQuery = Type.Object({
  status: o(e(STATUSES, served({ default: 'approved' }))),
  page_size: pageSize(PAGING),
  page_number: pageNumber(),
  next_page_token: s(),
})

export const RecordingRegistrantBody = Type.Object({
  ...Type.Omit(AddRegistrantBody, ['language', 'auto_approve']).properties,
  // Rivet sends it; the recording's approval type decides the status.
  status: o(e(STATUSES)),
})

export const RecordingRegistrantCreated = Type.Object({
  id: i(),
  registrant_id: s(),
  share_url: s(),
  topic: s(),
})

export const RecordingRegistrantOut = Type.Omit(RegistrantOut, ['create_time', 'join_url', 'participant_pin_code'])

export const RecordingRegistrantList = Type.Object({
  ...numberedPageHead(),
  registrants: list(RecordingRegistrantOut),
})

export const RecordingRegistrantStatusBody = Type.Object({
  action: e(['approve', 'deny'] as const),
  registrants: list(Type.Object({ id: s() }), { maxItems: 30 }),
})
