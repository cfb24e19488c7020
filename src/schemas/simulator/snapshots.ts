import { Type } from 'typebox'
import { i, s } from '../kit.js'

// Letters, digits, '-' and '_': a snapshot's name is part of its path.
const SnapshotName = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' })

export const SimSnapshotBody = Type.Object({ name: SnapshotName })
export const SimSnapshotParams = Type.Object({ name: SnapshotName })

export const SimSnapshotOut = Type.Object({
  name: s(),
  taken_at: s(),
  tables: i(),
  rows: i(),
})

export const SimSnapshotList = Type.Object({ snapshots: Type.Optional(Type.Array(SimSnapshotOut)) })

export const SimResetOut = Type.Object({ snapshot: s(), took_ms: i() })
