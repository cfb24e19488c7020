import { Type } from 'typebox'
import { b, e, o, s } from '../kit.js'

// Live stream: the 2022 document's limits with the @zoom/rivet additions (`resolution`, the `mode` action,
// `layout` and `close_caption`).

const Resolution = e(['720p', '1080p'] as const)

export const LiveStreamBody = Type.Object({
  stream_url: Type.String({ maxLength: 1024 }),
  stream_key: Type.String({ maxLength: 512 }),
  page_url: Type.String({ format: 'uri', maxLength: 1024 }),
  resolution: o(Resolution),
})

export const LiveStreamOut = Type.Object({ stream_url: s(), stream_key: s(), page_url: s(), resolution: s() })

export const LiveStreamStatusBody = Type.Object({
  action: o(e(['start', 'stop', 'mode'] as const)),
  settings: o(
    Type.Object({
      active_speaker_name: b(),
      display_name: o(Type.String({ minLength: 1, maxLength: 50 })),
      layout: o(e(['follow_host', 'gallery_view', 'speaker_view'] as const)),
      close_caption: o(e(['burnt-in', 'embedded', 'off'] as const)),
    }),
  ),
})
