import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Create webinar's invite links: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'webinarInviteLinksCreate',
  method: 'POST',
  path: '/webinars/{webinarId}/invite_links',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 201 },
  handle() {
    throw new Error('webinarInviteLinksCreate is declared but not written yet')
  },
})
