import { defineOperation } from '../../http/operation.js'
import { TspService } from '../../domain/tsp/tsp.service.js'
import { TspUrlBody, TspUserParams } from '../../schemas/tsp/schemas.js'

// Set global dial-in URL for a TSP user — 400/2024 with TSP off, 400/2000 without third-party audio, 400/300 bad URL.
export default defineOperation({
  id: 'tspUrlUpdate',
  method: 'PATCH',
  path: '/users/{userId}/tsp/settings',
  params: TspUserParams,
  body: TspUrlBody,
  success: { status: 204 },
  async handle({ params, body, actor, svc }) {
    await svc.use(TspService).setAudioUrl(actor, params.userId, body?.audio_url)
  },
})
