import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, list, o, pageSize, s, windowedPage } from '../kit.js'
import { RecordingMeeting } from './schemas.js'

// List all recordings (of a user) and List recordings of an account: one query, one answer.

export const RecordingListQuery = Type.Object({
  from: o(Type.String({ format: 'date' })),
  to: o(Type.String({ format: 'date' })),
  // Larger pages are cut to 300 rather than refused.
  page_size: pageSize(PAGING),
  next_page_token: s({ maxLength: 512 }),
  meeting_id: i({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }),
  trash: b(),
  trash_type: o(e(['meeting_recordings', 'recording_file'])),
  mc: s({ maxLength: 16 }),
})

export const RecordingListOut = Type.Object({
  ...windowedPage(),
  meetings: list(RecordingMeeting),
})
