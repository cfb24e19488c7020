import type { FieldDocs } from './index.js'

export const webinarRegistrantsFields: FieldDocs = {}
