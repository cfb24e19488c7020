import { SIMULATOR_SCOPES } from '../../domain/auth/scopes.js'
import { TrackingSourceService } from '../../domain/webinars/tracking-sources.js'
import { WebinarService } from '../../domain/webinars/webinar.service.js'
import { defineOperation } from '../../http/operation.js'
import {
  SimTrackingSourceBody,
  SimTrackingSourceOut,
  SimTrackingSourceParams,
} from '../../schemas/webinars/registrants.js'

// Zoom's API only reads tracking sources (the web portal creates them), so the simulator stands in for the portal.
export default defineOperation({
  id: 'simTrackingSourceCreate',
  group: 'Simulator',
  method: 'POST',
  path: '/sim/webinars/{webinarId}/tracking_sources',
  summary: { en: 'Simulate: add a webinar tracking source', zh: '模拟：添加网络研讨会跟踪来源' },
  scopes: [SIMULATOR_SCOPES.write],
  rateLimit: 'Light',
  params: SimTrackingSourceParams,
  body: SimTrackingSourceBody,
  success: { status: 201, schema: SimTrackingSourceOut },
  async handle({ params, body, actor, svc }) {
    const w = await svc.use(WebinarService).resolve(actor, params.webinarId)
    return svc.use(TrackingSourceService).create(w, body.source_name)
  },
})
