import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { e, i, list, o, pageNumber, pageSize, s, served, windowedPage, windowedTokenPage } from '../kit.js'
import { MeetingSettingsInput } from '../meetings/schemas.js'

// The account-wide usage reports: per day, per host, per host's meetings, and cloud storage per day.

const Day = () => o(Type.String({ format: 'date' }))

export const ReportDailyQuery = Type.Object({
  year: i({ minimum: 1970, maximum: 9999 }),
  month: i({ minimum: 1, maximum: 12 }),
})

export const ReportDailyOut = Type.Object({
  year: i(),
  month: i(),
  dates: list(
    Type.Object({
      date: s(),
      new_users: i(),
      meetings: i(),
      participants: i(),
      meeting_minutes: i(),
    }),
  ),
})

export const ReportUsersQuery = Type.Object({
  type: o(e(['active', 'inactive'], served({ default: 'active' }))),
  from: Day(),
  to: Day(),
  page_size: pageSize(PAGING),
  page_number: pageNumber(),
  next_page_token: s({ maxLength: 512 }),
})

export const ReportUsersOut = Type.Object({
  from: s(),
  to: s(),
  page_count: i(),
  page_number: i(),
  page_size: i(),
  total_records: i(),
  next_page_token: s(),
  total_meetings: i(),
  total_participants: i(),
  total_meeting_minutes: i(),
  users: list(
    Type.Object({
      id: s(),
      email: s(),
      user_name: s(),
      type: i(),
      dept: s(),
      custom_attributes: list(Type.Object({ key: s(), name: s(), value: s() })),
      meetings: i(),
      participants: i(),
      meeting_minutes: i(),
    }),
  ),
})

export const ReportHostParams = Type.Object({ userId: Type.String({ minLength: 1 }) })

export const ReportHostMeetingsQuery = Type.Object({
  from: Day(),
  to: Day(),
  page_size: pageSize(PAGING),
  next_page_token: s({ maxLength: 512 }),
  type: o(e(['past', 'pastOne', 'pastJoined'], served({ default: 'past' }))),
})

export const ReportHostMeetingsOut = Type.Object({
  ...windowedPage(),
  meetings: list(
    Type.Object({
      uuid: s(),
      id: i(),
      type: i(),
      topic: s(),
      user_name: s(),
      user_email: s(),
      start_time: s(),
      end_time: s(),
      duration: i(),
      total_minutes: i(),
      participants_count: i(),
      source: s(),
      custom_keys: MeetingSettingsInput.properties.custom_keys,
      schedule_time: s(),
      join_waiting_room_time: s(),
      join_time: s(),
      leave_time: s(),
    }),
  ),
})

export const ReportCloudRecordingQuery = Type.Object({ from: Day(), to: Day() })

export const ReportCloudRecordingOut = Type.Object({
  from: s(),
  to: s(),
  cloud_recording_storage: list(
    Type.Object({
      date: s(),
      usage: s(),
      plan_usage: s(),
      free_usage: s(),
    }),
  ),
})

export const ReportUpcomingQuery = Type.Object({
  from: Day(),
  to: Day(),
  page_size: pageSize(PAGING),
  next_page_token: s({ maxLength: 512 }),
  type: o(e(['meeting', 'webinar', 'all'], served({ default: 'all' }))),
  group_id: s({ maxLength: 64 }),
})

export const ReportUpcomingOut = Type.Object({
  ...windowedTokenPage(),
  upcoming_events: list(
    Type.Object({
      id: s(),
      start_time: s(),
      topic: s(),
      host_id: s(),
      host_name: s(),
      dept: s(),
    }),
  ),
})
