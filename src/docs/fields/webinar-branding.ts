import type { FieldDocs } from './index.js'

export const webinarBrandingFields: FieldDocs = {}
