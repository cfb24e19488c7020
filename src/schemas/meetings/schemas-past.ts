import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { b, e, i, o, page, pageSize, s } from '../kit.js'

// Past meetings and in-meeting controls, written from the @zoom/rivet types (newer than the 2022 document:
// participants carry user_id, registrant_id, join/leave times, duration, failover, status, internal_user;
// in-meeting controls take waiting_room.update and SIP/H.323 headers).

/** A meeting number, or an instance UUID (double-encode one that starts with `/` or contains `//`). */
export const PastMeetingIdParams = Type.Object({ meetingId: Type.String({ minLength: 1 }) })

export const PastMeetingDetailsOut = Type.Object({
  id: i(),
  uuid: s(),
  duration: i(),
  start_time: s(),
  end_time: s(),
  host_id: s(),
  dept: s(),
  participants_count: i(),
  source: s(),
  topic: s(),
  total_minutes: i(),
  type: o(e([0, 1, 2, 3, 4, 7, 8] as const)),
  user_email: s(),
  user_name: s(),
})

export const PastMeetingInstancesOut = Type.Object({
  meetings: o(Type.Array(Type.Object({ uuid: s(), start_time: s() }))),
})

export const PastParticipantsQuery = Type.Object({
  page_size: pageSize(PAGING),
  next_page_token: s(),
})

export const PastParticipantsOut = Type.Object({
  ...page(),
  participants: o(
    Type.Array(
      Type.Object({
        id: s(),
        name: s(),
        user_id: s(),
        registrant_id: s(),
        user_email: s(),
        join_time: s(),
        leave_time: s(),
        duration: i(),
        failover: b(),
        status: o(e(['in_meeting', 'in_waiting_room'] as const)),
        internal_user: b(),
      }),
    ),
  ),
})

const DisplayHeaders = Type.Object({ from_display_name: s(), to_display_name: s() })

export const InMeetingControlBody = Type.Object({
  method: e([
    'recording.start',
    'recording.stop',
    'recording.pause',
    'recording.resume',
    'participant.invite',
    'participant.invite.callout',
    'participant.invite.room_system_callout',
    'waiting_room.update',
  ] as const),
  params: o(
    Type.Object({
      contacts: o(Type.Array(Type.Object({ email: s(), id: s() }), { maxItems: 10 })),
      invitee_name: s(),
      phone_number: s(),
      invite_options: o(Type.Object({ require_greeting: b(), require_pressing_one: b() })),
      call_type: s(),
      device_ip: s(),
      h323_headers: o(DisplayHeaders),
      sip_headers: o(
        Type.Object({
          from_display_name: s(),
          to_display_name: s(),
          from_uri: s(),
          additional_headers: o(Type.Array(Type.Object({ key: s(), value: s() }))),
        }),
      ),
      waiting_room_title: s(),
      waiting_room_description: s(),
    }),
  ),
})
