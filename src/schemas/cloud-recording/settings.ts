import { Type } from 'typebox'
import { b, e, i, o, s } from '../kit.js'

// Settings of one cloud recording (GET/PATCH /meetings/{meetingId}/recordings/settings). The read-out has two
// members the update cannot set: `authentication_name` and `auto_delete_date` (follows `auto_delete`).

const SHARE_RECORDING = ['publicly', 'internally', 'none'] as const

export const RecordingSettingsOut = Type.Object({
  share_recording: s(),
  recording_authentication: b(),
  authentication_option: s(),
  authentication_domains: s(),
  authentication_name: s(),
  viewer_download: b(),
  password: s(),
  on_demand: b(),
  approval_type: i(),
  send_email_to_host: b(),
  show_social_share_buttons: b(),
  topic: s(),
  auto_delete: b(),
  auto_delete_date: s(),
})

export const RecordingSettingsBody = Type.Object({
  share_recording: o(e(SHARE_RECORDING)),
  recording_authentication: b(),
  authentication_option: s({ maxLength: 64 }),
  authentication_domains: s({ maxLength: 1024 }),
  viewer_download: b(),
  // An empty passcode removes it; any other is checked against the account's recording passcode rules.
  password: s({ maxLength: 10 }),
  on_demand: b(),
  approval_type: o(e([0, 1, 2] as const)),
  send_email_to_host: b(),
  show_social_share_buttons: b(),
  topic: o(Type.String({ minLength: 1, maxLength: 200 })),
  auto_delete: b(),
})
