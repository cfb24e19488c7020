import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Delete a webinar's branding wallpaper: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'deleteWebinarBrandingWallpaper',
  method: 'DELETE',
  path: '/webinars/{webinarId}/branding/wallpaper',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 204 },
  handle() {
    throw new Error('deleteWebinarBrandingWallpaper is declared but not written yet')
  },
})
