import type { OperationDocs } from './index.js'

export const webinarExtrasDocs: OperationDocs = {}
