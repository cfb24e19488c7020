import type { FieldDocs, Text } from './index.js'

// The stream blocks of a QoS sample and what each one measures.
const STREAMS: Record<string, Text> = {
  audio_input: { en: 'audio the participant received', zh: '参会者接收的音频' },
  audio_output: { en: 'audio the participant sent', zh: '参会者发送的音频' },
  video_input: { en: 'video the participant received', zh: '参会者接收的视频' },
  video_output: { en: 'video the participant sent', zh: '参会者发送的视频' },
  as_input: { en: 'screen sharing the participant sent', zh: '参会者发送的屏幕共享' },
  as_output: { en: 'screen sharing the participant received from others', zh: '参会者从他人处接收的屏幕共享' },
}

const METRICS: Record<string, Text> = {
  bitrate: {
    en: 'The bit rate, in kilobits per second (for example "52 kbps").',
    zh: '比特率，单位为千比特每秒（例如 "52 kbps"）。',
  },
  latency: {
    en: 'The round-trip delay of packets, in milliseconds (for example "35 ms").',
    zh: '数据包的往返延迟，单位为毫秒（例如 "35 ms"）。',
  },
  jitter: {
    en: 'How much the delay between packets varied, in milliseconds (for example "4 ms").',
    zh: '数据包之间延迟的波动幅度，单位为毫秒（例如 "4 ms"）。',
  },
  avg_loss: {
    en: 'The average share of packets lost during the minute, as a percentage (for example "0.3%").',
    zh: '该分钟内丢失数据包的平均比例，以百分比表示（例如 "0.3%"）。',
  },
  max_loss: {
    en: 'The highest share of packets lost during the minute, as a percentage.',
    zh: '该分钟内丢失数据包的最高比例，以百分比表示。',
  },
  frame_rate: { en: 'Frames per second (for example "25 fps").', zh: '每秒帧数（例如 "25 fps"）。' },
}

const OFF = {
  en: ' An empty string when the stream was not in use.',
  zh: '该媒体流未使用时为空字符串。',
}

const CPU: Record<string, Text> = {
  zoom_min_cpu_usage: {
    en: 'The lowest CPU use of the Zoom client during the minute',
    zh: '该分钟内 Zoom 客户端的最低 CPU 占用率',
  },
  zoom_avg_cpu_usage: {
    en: 'The average CPU use of the Zoom client during the minute',
    zh: '该分钟内 Zoom 客户端的平均 CPU 占用率',
  },
  zoom_max_cpu_usage: {
    en: 'The highest CPU use of the Zoom client during the minute',
    zh: '该分钟内 Zoom 客户端的最高 CPU 占用率',
  },
  system_max_cpu_usage: {
    en: 'The highest CPU use of the whole device during the minute',
    zh: '该分钟内整台设备的最高 CPU 占用率',
  },
}

// The Cloud Room Connector legs of a sample and the ordinary block each one repeats for a room system.
const CRC_LEGS: Record<string, string> = {
  audio_device_from_crc: 'audio_input',
  audio_device_to_crc: 'audio_output',
  video_device_from_crc: 'video_input',
  video_device_to_crc: 'video_output',
  as_device_from_crc: 'as_input',
  as_device_to_crc: 'as_output',
}

function crcFields(): FieldDocs {
  const out: FieldDocs = {}
  for (const [leg, pair] of Object.entries(CRC_LEGS)) {
    out[`Dashboards:user_qos.${leg}`] = {
      en: `The leg between an H.323 or SIP room system and Zoom’s Cloud Room Connector, paired with \`${pair}\`: for a room system it carries the same figures as that block in this minute; for anyone else, and whenever that stream was off, every value is an empty string. No resolution or frame rate is given.`,
      zh: `H.323 或 SIP 会议室系统与 Zoom 云会议室连接器之间的链路，与 \`${pair}\` 对应：对会议室系统，其数值与该分钟内该块相同；对其他参会者，以及该媒体流未使用时，所有值均为空字符串。不提供分辨率和帧率。`,
    }
    for (const [metric, text] of Object.entries(METRICS)) {
      if (metric === 'frame_rate') continue
      out[`Dashboards:user_qos.${leg}.${metric}`] = {
        en: `${text.en} An empty string unless the participant is a room system and the stream was in use.`,
        zh: `${text.zh}除非参会者为会议室系统且该媒体流在使用中，否则为空字符串。`,
      }
    }
  }
  return out
}

function sampleFields(): FieldDocs {
  const out: FieldDocs = {}
  for (const [stream, what] of Object.entries(STREAMS)) {
    out[`Dashboards:user_qos.${stream}`] = {
      en: `Quality of the ${what.en} in this minute. Every value is a string carrying its unit; all of them are empty strings when the stream was not in use.`,
      zh: `该分钟内${what.zh}的质量。每个值都是带单位的字符串；该媒体流未使用时全部为空字符串。`,
    }
    for (const [metric, text] of Object.entries(METRICS)) {
      if (metric === 'frame_rate' && stream.startsWith('audio')) continue
      out[`Dashboards:user_qos.${stream}.${metric}`] = { en: text.en + OFF.en, zh: text.zh + OFF.zh }
    }
  }
  for (const [field, text] of Object.entries(CPU))
    out[`Dashboards:user_qos.cpu_usage.${field}`] = {
      en: `${text.en}, as a percentage (for example "7%"). An empty string for a participant without a Zoom client, such as a phone caller.`,
      zh: `${text.zh}，以百分比表示（例如 "7%"）。对没有 Zoom 客户端的参会者（如电话拨入者）为空字符串。`,
    }
  return out
}

export const dashboardsQosFields: FieldDocs = {
  'Dashboards:id': {
    en: 'In a meeting or webinar dashboard, the meeting (webinar) number people join with; in a participant QoS dashboard, the participant’s Zoom user ID when they joined signed in, otherwise an empty string.',
    zh: '在会议或网络研讨会仪表板中为加入时使用的会议（网络研讨会）号；在参会者 QoS 仪表板中，参会者登录加入时为其 Zoom 用户 ID，否则为空字符串。',
  },
  'Dashboards:type': {
    en: 'Which instances to read: `live` (the default) those in progress now, `past` those that have ended, `pastOne` ended ones that only one person attended. The webinar, sharing and participant QoS dashboards take only `live` and `past`.',
    zh: '要读取哪些场次：`live`（默认）为当前正在进行的场次，`past` 为已结束的场次，`pastOne` 为仅一人参加的已结束场次。网络研讨会、共享和参会者 QoS 仪表板只接受 `live` 和 `past`。',
  },
  'Dashboards:pc_name': {
    en: 'The name of the computer the participant joined from; empty when not known.',
    zh: '参会者加入时所用计算机的名称；未知时为空。',
  },
  'Dashboards:version': {
    en: 'The version of the Zoom client the participant used; empty when not known.',
    zh: '参会者使用的 Zoom 客户端版本；未知时为空。',
  },
  'Dashboards:harddisk_id': {
    en: 'The ID of the participant’s hard disk; an empty string for people outside the host’s account and whenever it is not known.',
    zh: '参会者硬盘的 ID；对主持人账户以外的人员以及未知时为空字符串。',
  },
  'Dashboards:mac_addr': {
    en: 'The MAC address of the participant’s device; an empty string for people outside the host’s account and whenever it is not known.',
    zh: '参会者设备的 MAC 地址；对主持人账户以外的人员以及未知时为空字符串。',
  },
  'Dashboards:user_qos': {
    en: 'The participant’s quality of service, one sample per minute of the session, stamped at the start of its minute. A session still in progress has no samples yet.',
    zh: '参会者的服务质量，本次加入的每分钟一个样本，时间戳为该分钟的开始时刻。仍在进行中的加入尚无样本。',
  },
  'Dashboards:user_qos.cpu_usage': {
    en: 'CPU use on the participant’s device during the minute.',
    zh: '该分钟内参会者设备的 CPU 占用情况。',
  },
  'Dashboards:domain': {
    en: 'The network domain of the computer the participant joined from, which for a user of the host’s account is the domain of their email address; an empty string for people outside the host’s account and for phones, browsers, mobile devices and room systems.',
    zh: '参会者加入时所用计算机的网络域，对主持人账户中的用户即其邮箱地址的域名；对主持人账户以外的人员以及电话、浏览器、移动设备和会议室系统为空字符串。',
  },
  ...sampleFields(),
  ...crcFields(),
}
