import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, o, pageSize, s, windowedPage } from '../kit.js'
import { dashboardType } from './dashboard-type.js'
import { MeetingSettingsInput } from '../meetings/schemas.js'

// Meeting and webinar rows of the dashboards (2022 document; has_poll and has_qa as the dashboard shows them).

const GRADES = ['good', 'fair', 'poor', 'bad'] as const

const date = () => Type.String({ format: 'date' })

export const DashboardMeetingsQuery = Type.Object({
  type: dashboardType(true),
  from: date(),
  to: date(),
  page_size: pageSize(PAGING),
  next_page_token: s(),
  group_id: s(),
  include_fields: o(e(['tracking_fields'] as const)),
})
export const DashboardWebinarsQuery = Type.Object({
  type: dashboardType(),
  from: date(),
  to: date(),
  page_size: pageSize(PAGING),
  next_page_token: s(),
  group_id: s(),
})
export const DashboardMeetingDetailQuery = Type.Object({
  type: dashboardType(true),
})
export const DashboardWebinarDetailQuery = Type.Object({
  type: dashboardType(),
})

export const DashboardInstance = Type.Object({
  uuid: s(),
  id: i(),
  topic: s(),
  host: s(),
  email: s(),
  user_type: s(),
  start_time: s(),
  end_time: s(),
  duration: s(),
  participants: i(),
  in_room_participants: i(),
  has_pstn: b(),
  has_voip: b(),
  has_3rd_party_audio: b(),
  has_video: b(),
  has_screen_share: b(),
  has_recording: b(),
  has_sip: b(),
  has_archiving: b(),
  has_poll: b(),
  has_qa: b(),
  audio_quality: o(e(GRADES)),
  video_quality: o(e(GRADES)),
  screen_share_quality: o(e(GRADES)),
  dept: s(),
  // As the meeting was given them.
  custom_keys: MeetingSettingsInput.properties.custom_keys,
})

/** A meetings list row; tracking fields only when the request asks for them. */
const DashboardMeetingRow = Type.Object({
  ...DashboardInstance.properties,
  tracking_fields: o(Type.Array(Type.Object({ field: s({ maxLength: 64 }), value: s({ maxLength: 256 }) }))),
})

const listHead = windowedPage()

export const DashboardMeetingsOut = Type.Object({ ...listHead, meetings: o(Type.Array(DashboardMeetingRow)) })
export const DashboardWebinarsOut = Type.Object({ ...listHead, webinars: o(Type.Array(DashboardInstance)) })
