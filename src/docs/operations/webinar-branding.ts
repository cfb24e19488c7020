import type { OperationDocs } from './index.js'

export const webinarBrandingDocs: OperationDocs = {}
