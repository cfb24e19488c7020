import { Type } from 'typebox'
import { e, i, o, s, served } from '../kit.js'

// Meeting quality scores of the account (2022 document).

export const DashboardQualityQuery = Type.Object({
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  type: o(e(['meeting', 'participants'] as const, served({ default: 'meeting' }))),
})

const Counts = o(Type.Object({ good: i(), fair: i(), poor: i(), bad: i() }))

export const DashboardQualityOut = Type.Object({
  from: s(),
  to: s(),
  quality: o(Type.Object({ audio: Counts, video: Counts, screen_share: Counts })),
})
