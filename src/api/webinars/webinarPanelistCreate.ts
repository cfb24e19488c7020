import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Add panelists: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarPanelistCreate',
  method: 'POST',
  path: '/webinars/{webinarId}/panelists',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 201 },
  handle() {
    throw new Error('webinarPanelistCreate is declared but not written yet')
  },
})
