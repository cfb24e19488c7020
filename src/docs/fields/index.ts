// Descriptions of parameters and fields, in English and Chinese. A field name means the same thing wherever it
// appears (`waiting_room`, `page_size`), so it is described once, by name; where a name means different things in
// different places (`type`, `status`), a more specific key says which:
//   'name'                 any field or parameter of that name
//   'parent.name'          a field under that parent (array items are not a level: 'occurrences.status')
//   'Group:name'           within one operation group ('Users:type'), optionally with a parent path too
// The most specific key wins: group-qualified before plain, longer paths before shorter ones.
import { accountFields } from './accounts.js'
import { billingFields } from './billing.js'
import { commonFields } from './common.js'
import { meetingFields } from './meetings.js'
import { settingsFields } from './settings.js'
import { userFields } from './users.js'
import { toolFields } from './tools.js'
import { h323DevicesFields } from './h323-devices.js'
import { sipPhonesFields } from './sip-phones.js'
import { tspFields } from './tsp.js'
import { sipTrunksFields } from './sip-trunks.js'
import { sipInternalNumbersFields } from './sip-internal-numbers.js'
import { webinarsFields } from './webinars.js'
import { webinarRegistrantsFields } from './webinar-registrants.js'
import { webinarPanelistsFields } from './webinar-panelists.js'
import { webinarExtrasFields } from './webinar-extras.js'
import { webinarBrandingFields } from './webinar-branding.js'
import { recordingsFields } from './recordings.js'
import { dashboardsInstancesFields } from './dashboards-instances.js'
import { dashboardsFeedbackFields } from './dashboards-feedback.js'
import { dashboardsRoomsFields } from './dashboards-rooms.js'
import { dashboardsUsageFields } from './dashboards-usage.js'
import { dashboardsQualityFields } from './dashboards-quality.js'
import { recordingTrashFields } from './recording-trash.js'
import { recordingSettingsFields } from './recording-settings.js'
import { recordingAnalyticsFields } from './recording-analytics.js'
import { archivingFields } from './archiving.js'
import { reportsAdminFields } from './reports-admin.js'
import { reportsAccountFields } from './reports-account.js'
import { reportsWebinarsFields } from './reports-webinars.js'
import { reportsMeetingsFields } from './reports-meetings.js'
import { dashboardsQosFields } from './dashboards-qos.js'
import { dashboardsParticipantsFields } from './dashboards-participants.js'

export interface Text {
  en: string
  zh: string
}
export type FieldDocs = Record<string, Text>

/** Every description file, by name: a key may be written in only one of them (a test checks). */
export const FIELD_FILES: Record<string, FieldDocs> = {
  common: commonFields,
  users: userFields,
  settings: settingsFields,
  accounts: accountFields,
  billing: billingFields,
  meetings: meetingFields,
  tools: toolFields,
  webinars: webinarsFields,
  'webinar-registrants': webinarRegistrantsFields,
  'webinar-panelists': webinarPanelistsFields,
  'webinar-extras': webinarExtrasFields,
  'webinar-branding': webinarBrandingFields,
  'h323-devices': h323DevicesFields,
  'sip-phones': sipPhonesFields,
  tsp: tspFields,
  'sip-trunks': sipTrunksFields,
  'sip-internal-numbers': sipInternalNumbersFields,
  archiving: archivingFields,
  'reports-admin': reportsAdminFields,
  'reports-account': reportsAccountFields,
  'reports-webinars': reportsWebinarsFields,
  'reports-meetings': reportsMeetingsFields,
  'dashboards-qos': dashboardsQosFields,
  'dashboards-participants': dashboardsParticipantsFields,
  'recording-analytics': recordingAnalyticsFields,
  'recording-settings': recordingSettingsFields,
  'recording-trash': recordingTrashFields,
  recordings: recordingsFields,
  'dashboards-instances': dashboardsInstancesFields,
  'dashboards-feedback': dashboardsFeedbackFields,
  'dashboards-rooms': dashboardsRoomsFields,
  'dashboards-usage': dashboardsUsageFields,
  'dashboards-quality': dashboardsQualityFields,
}

const ALL: FieldDocs = Object.assign({}, ...Object.values(FIELD_FILES))

/** Where a field is described: its operation's group, and whether the operation reads or writes lock settings. */
export interface FieldContext {
  group: string
  locks?: boolean
}

const LOCK_OPERATIONS = /Lock(ed)?Settings$/

/** The context of an operation's fields. */
export const fieldContext = (op: { id: string; group: string }): FieldContext => ({
  group: op.group,
  locks: LOCK_OPERATIONS.test(op.id),
})

// A setting and its lock share a key; the clause about the lock is shown only on the lock settings operations.
const LOCK_CLAUSE = { en: /; in lock settings, [^.]*\./, zh: /；在锁定设置中[^。]*。/ }

/**
 * The description of a field or parameter. `path` is its location from the body or parameter root, array items
 * left out (['settings', 'waiting_room'], or ['meetingId'] for a parameter).
 */
export function describeField(at: string | FieldContext, path: readonly string[]): Text | undefined {
  const ctx = typeof at === 'string' ? { group: at } : at
  const text = lookup(ctx.group, path)
  if (!text || ctx.locks) return text
  return { en: text.en.replace(LOCK_CLAUSE.en, '.'), zh: text.zh.replace(LOCK_CLAUSE.zh, '。') }
}

function lookup(group: string, path: readonly string[]): Text | undefined {
  for (let start = 0; start < path.length; start++) {
    const suffix = path.slice(start).join('.')
    const hit = ALL[`${group}:${suffix}`]
    if (hit) return hit
  }
  for (let start = 0; start < path.length; start++) {
    const hit = ALL[path.slice(start).join('.')]
    if (hit) return hit
  }
  return undefined
}
