import multipart from '@fastify/multipart'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { randomBytes } from 'node:crypto'
import { operations } from './api/index.js'
import { registerOAuth } from './api/oauth/token.route.js'
import { registerDocs } from './docs/routes.js'
import { registerFiles } from './docs/files.route.js'
import { registerRecordingMedia } from './api/cloud-recording/media.route.js'
import { installErrorHandling } from './http/errors.js'
import { installRequestLog } from './http/request-log.js'
import { clientError, routerError } from './http/transport-errors.js'
import { registerOperation } from './http/register.js'
import { installValidation } from './http/validation.js'
import { cleaned, installNulGuard } from './http/nul.js'
import { MAX_JSON_BODY_BYTES, parseJsonBody } from './http/json-body.js'
import type { Services } from './services.js'

export interface AppOptions {
  logger?: boolean | object
}

/** The whole request path, top to bottom. */
export async function buildApp(svc: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  // Every response carries a tracking id, as Zoom's do; it is also the request id in the logs.
  const prefix = `v=2.0;clid=local;rid=${randomBytes(4).toString('hex')}`
  let counter = 0
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 20 * 1024 * 1024,
    // Long ids reach the operation, which answers them as Zoom does (not found); Node caps a URL at 16 KB anyway.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 8192 },
    frameworkErrors: routerError,
    clientErrorHandler: clientError,
    genReqId: () => `${prefix}${(++counter).toString(36)}`,
    logController: new LogController({ disableRequestLogging: true }),
  })

  // 1. The tracking id, and one log line per request (bodies only at debug).
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-zm-trackingid', request.id)
    done()
  })
  installRequestLog(app)

  // 2. Bodies: JSON (an empty body is no body, since clients send the JSON content type on every call; see
  //    json-body.ts for depth and nulls),
  //    forms (OAuth), and multipart uploads.
  app.removeContentTypeParser(['application/json'])
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: MAX_JSON_BODY_BYTES },
    (_req, body, done) => {
      const { value, error } = parseJsonBody(body as string)
      done(error ?? null, value)
    },
  )
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    // A form is a query string sent as a body (OAuth's parameters): U+0000 in it looks up nothing, as in a query.
    done(null, cleaned(Object.fromEntries(new URLSearchParams(body as string))))
  })
  await app.register(multipart, { limits: { fileSize: 16 * 1024 * 1024, files: 10 } })

  // 3. Validation and Zoom-shaped errors.
  installNulGuard(app)
  installValidation(app)
  installErrorHandling(app)

  // 4. OAuth, docs, served files, then every declared operation under /v2.
  registerOAuth(app, svc)
  const served = operations.filter((op) => !op.enabled || op.enabled(svc.config))
  registerDocs(app, svc, served)
  registerFiles(app, svc)
  registerRecordingMedia(app, svc)
  for (const op of served) registerOperation(app, svc, op)

  return app
}
