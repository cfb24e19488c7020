import type { FieldDocs } from './index.js'

export const webinarsFields: FieldDocs = {}
