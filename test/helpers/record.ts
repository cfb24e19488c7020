// With DOCS_RECORD=<folder>, every test server writes each answer of an operation (request and response) to a
// file in that folder; `npm run docs:record` turns them into the reference's examples and error lists, so what
// the docs show is what the server answered.
import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'

interface RouteConfig {
  operation?: { id: string; body?: unknown }
}

export function recordAnswers(app: FastifyInstance): void {
  const folder = process.env.DOCS_RECORD
  if (!folder) return
  mkdirSync(folder, { recursive: true })
  const file = join(folder, `answers-${process.pid}.jsonl`)
  app.addHook('onSend', async (request, reply, payload) => {
    const operation = (request.routeOptions.config as RouteConfig | undefined)?.operation
    if (!operation) return payload
    const line = {
      operation: operation.id,
      method: request.method,
      url: request.url,
      contentType: request.headers['content-type'] ?? null,
      // Only a body the operation declares is part of its example (tests also send bodies to see them ignored).
      request:
        operation.body && typeof request.body === 'object' && !Buffer.isBuffer(request.body) ? request.body : null,
      status: reply.statusCode,
      response: typeof payload === 'string' ? payload : null,
    }
    appendFileSync(file, JSON.stringify(line) + '\n')
    return payload
  })
}
