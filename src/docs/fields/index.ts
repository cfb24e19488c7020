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
}

const ALL: FieldDocs = Object.assign({}, ...Object.values(FIELD_FILES))

/**
 * The description of a field or parameter. `path` is its location from the body or parameter root, array items
 * left out (['settings', 'waiting_room'], or ['meetingId'] for a parameter); `group` is the operation's group.
 */
export function describeField(group: string, path: readonly string[]): Text | undefined {
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
