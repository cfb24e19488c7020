import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Remove webinar panelists: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarPanelistsDelete',
  method: 'DELETE',
  path: '/webinars/{webinarId}/panelists',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('webinarPanelistsDelete is declared but not written yet')
  },
})
