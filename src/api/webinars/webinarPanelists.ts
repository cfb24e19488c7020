import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// List panelists: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarPanelists',
  method: 'GET',
  path: '/webinars/{webinarId}/panelists',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 200 },
  handle() {
    throw new Error('webinarPanelists is declared but not written yet')
  },
})
