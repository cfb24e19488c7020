import type { FieldDocs } from './index.js'

export const webinarExtrasFields: FieldDocs = {}
