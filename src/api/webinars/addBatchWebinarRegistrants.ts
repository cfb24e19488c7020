import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Perform batch registration: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'addBatchWebinarRegistrants',
  method: 'POST',
  path: '/webinars/{webinarId}/batch_registrants',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 201 },
  handle() {
    throw new Error('addBatchWebinarRegistrants is declared but not written yet')
  },
})
