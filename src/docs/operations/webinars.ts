import type { OperationDocs } from './index.js'

export const webinarsDocs: OperationDocs = {}
