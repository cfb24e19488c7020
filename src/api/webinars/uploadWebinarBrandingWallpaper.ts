import { Type } from 'typebox'
import { defineOperation } from '../../http/operation.js'

// Upload a webinar's branding wallpaper: what it does, and when Zoom refuses it (status/code).
export default defineOperation({
  id: 'uploadWebinarBrandingWallpaper',
  method: 'POST',
  path: '/webinars/{webinarId}/branding/wallpaper',
  params: Type.Object({ webinarId: Type.String() }),
  success: { status: 201 },
  handle() {
    throw new Error('uploadWebinarBrandingWallpaper is declared but not written yet')
  },
})
