import type { FastifyInstance } from 'fastify'
import { errors } from '../errors/catalog.js'
import type { Services } from '../services.js'

/** Uploaded images (profile pictures, virtual backgrounds) are served back at the URLs the API returns. */
export function registerFiles(app: FastifyInstance, svc: Services): void {
  app.get<{ Params: { id: string } }>('/p/:id', async (request, reply) => {
    const file = await svc.users.repo.file(request.params.id)
    if (!file) throw errors.notFound()
    reply.type(file.content_type).header('Cache-Control', 'public, max-age=3600')
    return Buffer.from(file.bytes)
  })
}
