import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, o, page, pageSize, s } from '../kit.js'
import { dashboardType } from './dashboard-type.js'

// Participants and sharing dashboards of one meeting or webinar instance (2022 document; participant_user_id
// from the @zoom/rivet types).

export const DashboardMeetingParams = Type.Object({ meetingId: Type.String({ minLength: 1 }) })
export const DashboardWebinarParams = Type.Object({ webinarId: Type.String({ minLength: 1 }) })

const paging = {
  page_size: pageSize(PAGING),
  next_page_token: s(),
}

export const DashboardMeetingParticipantsQuery = Type.Object({
  type: dashboardType(true),
  ...paging,
  include_fields: o(e(['registrant_id'] as const)),
})
export const DashboardWebinarParticipantsQuery = Type.Object({
  type: dashboardType(),
  ...paging,
  include_fields: o(e(['registrant_id'] as const)),
})
export const DashboardSharingQuery = Type.Object({
  type: dashboardType(),
  ...paging,
})

export const DashboardParticipantsOut = Type.Object({
  ...page(),
  participants: o(
    Type.Array(
      Type.Object({
        id: s(),
        user_id: s(),
        participant_user_id: s(),
        registrant_id: s(),
        user_name: s(),
        email: s(),
        device: s(),
        ip_address: s(),
        location: s(),
        network_type: s(),
        connection_type: s(),
        data_center: s(),
        full_data_center: s(),
        microphone: s(),
        speaker: s(),
        camera: s(),
        pc_name: s(),
        customer_key: s({ maxLength: 15 }),
        domain: s(),
        mac_addr: s(),
        harddisk_id: s(),
        sip_uri: s(),
        from_sip_uri: s(),
        version: s(),
        join_time: s(),
        leave_time: s(),
        leave_reason: s(),
        status: s(),
        role: s(),
        share_application: b(),
        share_desktop: b(),
        share_whiteboard: b(),
        recording: b(),
        audio_quality: o(e(['', 'good', 'fair', 'poor', 'bad'] as const)),
        video_quality: o(e(['', 'good', 'fair', 'poor', 'bad'] as const)),
        screen_share_quality: o(e(['', 'good', 'fair', 'poor', 'bad'] as const)),
      }),
    ),
  ),
})

/** Zoom documents a Zoom Room's head count on the meeting dashboard's rows only. */
export const DashboardMeetingParticipantsOut = Type.Object({
  ...page(),
  participants: o(
    Type.Array(
      Type.Object({
        ...DashboardParticipantsOut.properties.participants.items.properties,
        in_room_participants: i(),
      }),
    ),
  ),
})

export const DashboardSharingOut = Type.Object({
  ...page(),
  participants: o(
    Type.Array(
      Type.Object({
        id: s(),
        user_id: s(),
        user_name: s(),
        details: o(Type.Array(Type.Object({ content: s(), start_time: s(), end_time: s() }))),
      }),
    ),
  ),
})
