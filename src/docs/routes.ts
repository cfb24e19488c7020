import type { FastifyInstance } from 'fastify'
import type { AnyOperation } from '../http/operation.js'
import { buildOpenApi } from './openapi.js'
import { docsPage } from './page.js'

export function registerDocs(app: FastifyInstance, operations: AnyOperation[]): void {
  let cached: string | undefined
  app.get('/openapi.json', async (_req, reply) => {
    cached ??= JSON.stringify(buildOpenApi(operations))
    reply.type('application/json; charset=utf-8')
    return cached
  })
  app.get('/docs', async (_req, reply) => {
    reply.type('text/html; charset=utf-8')
    return docsPage
  })
}
