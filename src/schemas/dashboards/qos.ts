import { Type } from 'typebox'
import { QOS_PAGING } from '../../domain/paging.js'
import { o, page, pageSize, s } from '../kit.js'
import { dashboardType } from './dashboard-type.js'

// Participant QoS dashboards (2022 document): a participant header and one sample per minute, every metric a
// string carrying its unit.

export const QosMeetingParams = Type.Object({ meetingId: Type.String({ minLength: 1 }) })
export const QosWebinarParams = Type.Object({ webinarId: Type.String({ minLength: 1 }) })
export const QosMeetingParticipantParams = Type.Object({
  meetingId: Type.String({ minLength: 1 }),
  participantId: Type.String({ minLength: 1 }),
})
export const QosWebinarParticipantParams = Type.Object({
  webinarId: Type.String({ minLength: 1 }),
  participantId: Type.String({ minLength: 1 }),
})

const QosType = dashboardType()

export const QosOneQuery = Type.Object({ type: QosType })

export const QosListQuery = Type.Object({
  type: QosType,
  page_size: pageSize(QOS_PAGING),
  next_page_token: s(),
})

const Link = { bitrate: s(), latency: s(), jitter: s(), avg_loss: s(), max_loss: s() }
const AudioLink = o(Type.Object(Link))
const MediaLink = o(Type.Object({ ...Link, resolution: s(), frame_rate: s() }))

export const QosParticipantOut = Type.Object({
  id: s(),
  user_id: s(),
  user_name: s(),
  device: s(),
  ip_address: s(),
  location: s(),
  join_time: s(),
  leave_time: s(),
  pc_name: s(),
  domain: s(),
  mac_addr: s(),
  harddisk_id: s(),
  version: s(),
  user_qos: o(
    Type.Array(
      Type.Object({
        date_time: s(),
        audio_input: AudioLink,
        audio_output: AudioLink,
        video_input: MediaLink,
        video_output: MediaLink,
        as_input: MediaLink,
        as_output: MediaLink,
        audio_device_from_crc: AudioLink,
        audio_device_to_crc: AudioLink,
        video_device_from_crc: AudioLink,
        video_device_to_crc: AudioLink,
        as_device_from_crc: AudioLink,
        as_device_to_crc: AudioLink,
        cpu_usage: o(
          Type.Object({
            zoom_min_cpu_usage: s(),
            zoom_avg_cpu_usage: s(),
            zoom_max_cpu_usage: s(),
            system_max_cpu_usage: s(),
          }),
        ),
      }),
    ),
  ),
})

export const QosParticipantsOut = Type.Object({
  ...page(),
  participants: o(Type.Array(QosParticipantOut)),
})
