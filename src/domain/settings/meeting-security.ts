import { deepMerge, type Json } from '../../util/json.js'

// meeting_security: most of it mirrors schedule_meeting / in_meeting, at every level, so either way of
// changing a setting shows in both places. Only the fields not mirrored are stored under meeting_security.

/** The meeting_security document: the level's defaults and own changes (`own`), then the mirrored fields. */
export function meetingSecurityOf(sections: Json, defaults: Json, own: Json): Json {
  const sm = sections.schedule_meeting as Json
  const im = sections.in_meeting as Json
  return {
    ...deepMerge(structuredClone(defaults), own),
    embed_password_in_join_link: sm.embed_password_in_join_link,
    meeting_password: Boolean(
      sm.require_password_for_scheduling_new_meetings && sm.require_password_for_instant_meetings,
    ),
    meeting_password_requirement: sm.meeting_password_requirement,
    phone_password: sm.pstn_password_protected,
    pmi_password: sm.require_password_for_pmi_meetings !== 'none',
    require_password_for_scheduled_meeting: sm.require_password_for_scheduled_meetings,
    waiting_room: im.waiting_room,
  }
}

/** A meeting_security change: the mirrored fields as section changes, the rest kept under meeting_security. */
export function splitMeetingSecurity(change: Json, current: Json): { sections: Json; rest: Json } {
  const rest: Json = { ...change }
  const take = (key: string) => {
    const v = rest[key]
    delete rest[key]
    return v
  }
  const sm: Json = {}
  const embed = take('embed_password_in_join_link')
  if (embed !== undefined) sm.embed_password_in_join_link = embed
  const meetingPassword = take('meeting_password')
  if (meetingPassword !== undefined) {
    sm.require_password_for_scheduling_new_meetings = meetingPassword
    sm.require_password_for_instant_meetings = meetingPassword
  }
  const requirement = take('meeting_password_requirement')
  if (requirement !== undefined) sm.meeting_password_requirement = requirement
  const phone = take('phone_password')
  if (phone !== undefined) sm.pstn_password_protected = phone
  // pmi_password switches a three-way setting: turning it on keeps 'jbh_only' where that was chosen.
  const pmi = take('pmi_password')
  if (pmi === false) sm.require_password_for_pmi_meetings = 'none'
  if (pmi === true && (current.schedule_meeting as Json).require_password_for_pmi_meetings === 'none')
    sm.require_password_for_pmi_meetings = 'all'
  const scheduled = take('require_password_for_scheduled_meeting')
  if (scheduled !== undefined) sm.require_password_for_scheduled_meetings = scheduled
  const sections: Json = Object.keys(sm).length ? { schedule_meeting: sm } : {}
  const waiting = take('waiting_room')
  if (waiting !== undefined) sections.in_meeting = { waiting_room: waiting }
  return { sections, rest }
}
