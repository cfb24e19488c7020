import type { OperationDocs } from './index.js'

export const webinarRegistrantsDocs: OperationDocs = {}
