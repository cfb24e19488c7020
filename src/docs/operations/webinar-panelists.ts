import type { OperationDocs } from './index.js'

export const webinarPanelistsDocs: OperationDocs = {}
