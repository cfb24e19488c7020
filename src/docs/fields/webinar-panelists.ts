import type { FieldDocs } from './index.js'

export const webinarPanelistsFields: FieldDocs = {}
