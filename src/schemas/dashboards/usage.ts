import { Type } from 'typebox'
import { PAGING } from '../../domain/paging.js'
import { e, i, o, pageSize, s, windowedTokenPage } from '../kit.js'

// Team Chat, client version and Room Connector dashboards (2022 document, its member names as written there), and
// the simulator's record of Team Chat activity.

const date = () => Type.String({ format: 'date' })

export const DashboardChatQuery = Type.Object({
  from: date(),
  to: date(),
  page_size: pageSize(PAGING),
  next_page_token: s(),
})

export const DashboardChatUser = Type.Object({
  user_id: s(),
  user_name: s(),
  email: s(),
  total_sent: i(),
  group_sent: i(),
  p2p_sent: i(),
  text_sent: i(),
  files_sent: i(),
  images_sent: i(),
  audio_sent: i(),
  video_sent: i(),
  code_sippet_sent: i(),
  giphys_sent: i(),
})

export const DashboardChatOut = Type.Object({
  ...windowedTokenPage(),
  users: o(Type.Array(DashboardChatUser)),
})

export const DashboardClientVersionsOut = Type.Object({
  client_versions: o(Type.Array(Type.Object({ client_version: s(), total_count: i() }))),
})

export const DashboardCrcQuery = Type.Object({ from: date(), to: date() })

export const DashboardCrcOut = Type.Object({
  from: s(),
  to: s(),
  crc_ports_usage: o(
    Type.Array(
      Type.Object({
        date_time: s(),
        crc_ports_hour_usage: o(Type.Array(Type.Object({ hour: s(), max_usage: i(), total_usage: i() }))),
      }),
    ),
  ),
})

export const CHAT_KINDS = ['text', 'audio', 'video', 'file', 'image', 'code_snippet', 'giphy'] as const
export const CHAT_TARGETS = ['contact', 'channel'] as const

export const SimChatActivityParams = Type.Object({ userId: Type.String({ minLength: 1 }) })
export const SimChatActivityBody = Type.Object({
  kind: e(CHAT_KINDS),
  sent_to: e(CHAT_TARGETS),
  count: i({ minimum: 1, maximum: 10000 }),
  sent_at: s(),
})
export const SimChatActivityOut = Type.Object({
  kind: s(),
  sent_to: s(),
  count: i(),
  date_time: s(),
})
