import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Services } from '../services.js'
import { must } from '../util/must.js'
import { authorize } from './auth.js'
import { injectFaults } from './faults.js'
import { operationPaths, operationPrefix, type Actor, type AnyOperation } from './operation.js'

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor
  }
  interface FastifyContextConfig {
    operation?: AnyOperation
  }
}

/** `/users/{userId}` → `/users/:userId` */
export function fastifyPath(zoomPath: string): string {
  return zoomPath.replace(/\{(\w+)\}/g, ':$1')
}

/** Mounts one declared operation (both of its forms) under its prefix (/v2): auth, scopes, rate limit, validation, handler, serialization. */
export function registerOperation(app: FastifyInstance, svc: Services, op: AnyOperation): void {
  for (const { path, master } of operationPaths(op)) {
    const schema: Record<string, unknown> = {}
    if (op.params) schema.params = op.params
    if (op.query) schema.querystring = op.query
    if (op.body && !op.multipart) schema.body = op.body
    if (op.success.schema) schema.response = { [op.success.status]: op.success.schema }

    app.route({
      method: op.method,
      url: operationPrefix(op) + fastifyPath(path),
      schema,
      config: { operation: op },
      onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
        const { actor, headers } = await authorize(svc, op, master, request)
        request.actor = actor
        reply.headers(headers)
        if (svc.config.simulator && !op.extension) await injectFaults(svc, op, request)
      },
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const result = await op.handle({
          params: request.params,
          query: request.query,
          body: request.body,
          actor: must(request.actor, 'the actor onRequest sets'),
          svc,
          request,
          reply,
        })
        if (reply.sent) return reply
        reply.status(op.success.status)
        if (op.success.status === 204 || result === undefined) return reply.send()
        return reply.send(result)
      },
    })
  }
}
