import { Type } from 'typebox'
import { e, o, served } from '../kit.js'

// Deleting, trashing and recovering cloud recordings, and the simulator's cloud storage quota.

export const RecordingFileParams = Type.Object({
  meetingId: Type.String({ minLength: 1, maxLength: 256 }),
  recordingId: Type.String({ minLength: 1, maxLength: 64 }),
})

export const MeetingUuidParams = Type.Object({ meetingUUID: Type.String({ minLength: 1, maxLength: 256 }) })

export const RecordingDeleteQuery = Type.Object({ action: o(e(['trash', 'delete'], served({ default: 'trash' }))) })

export const RecordingRecoverBody = Type.Object({ action: o(e(['recover'])) })

export const SimCloudStorageParams = Type.Object({ accountId: Type.String({ minLength: 1, maxLength: 64 }) })

export const SimCloudStorageBody = Type.Object({
  quota_bytes: o(Type.Union([Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }), Type.Null()])),
})

export const SimCloudStorageOut = Type.Object({
  quota_bytes: Type.Integer(),
  plan_quota_bytes: Type.Integer(),
  used_bytes: Type.Integer(),
})
