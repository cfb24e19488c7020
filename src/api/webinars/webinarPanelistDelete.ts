import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Remove a panelist: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarPanelistDelete',
  method: 'DELETE',
  path: '/webinars/{webinarId}/panelists/{panelistId}',
  params: Type.Object({ webinarId: Type.String(), panelistId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('webinarPanelistDelete is declared but not written yet')
  },
})
