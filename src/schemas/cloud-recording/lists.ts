import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, list, o, pageSize, s, served, windowedPage } from '../kit.js'
import { RecordingMeeting } from './schemas.js'

// List all recordings (of a user) and List recordings of an account: one query, one answer.

export const RecordingListQuery = Type.Object({
  from: o(Type.String({ format: 'date' })),
  to: o(Type.String({ format: 'date' })),
  page_size: pageSize(PAGING),
  next_page_token: s({ maxLength: 512 }),
  meeting_id: i({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
  trash: b(served({ default: false })),
  trash_type: o(e(['meeting_recordings', 'recording_file'], served({ default: 'meeting_recordings' }))),
  // Meeting Connector recordings are never made here, so every list is the one Zoom answers for `mc=false`.
  mc: s({ maxLength: 16, ...served({ default: 'false' }) }),
})

export const RecordingListOut = Type.Object({
  ...windowedPage(),
  meetings: list(RecordingMeeting),
})
