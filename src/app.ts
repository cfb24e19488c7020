import multipart from '@fastify/multipart'
import Fastify, { LogController, type FastifyInstance } from 'fastify'
import { randomBytes } from 'node:crypto'
import { operations } from './api/index.js'
import { registerOAuth } from './api/oauth/token.route.js'
import { registerDocs } from './docs/routes.js'
import { registerFiles } from './docs/files.route.js'
import { registerRecordingMedia } from './api/cloud-recording/media.route.js'
import { installErrorHandling } from './http/errors.js'
import { installRequestLog, logSerializers } from './http/request-log.js'
import { installRequestJournal } from './http/request-journal.js'
import { clientError, routerError } from './http/transport-errors.js'
import { registerOperation } from './http/register.js'
import { registerHealth } from './http/health.js'
import { registerJoinPages } from './web/join/routes.js'
import { registerConsole } from './console/routes.js'
import { registerFavicon } from './web/favicon.js'
import { installValidation } from './http/validation.js'
import { cleaned, installNulGuard } from './http/nul.js'
import { MAX_JSON_BODY_BYTES, parseJsonBody, parseYamlBody, YAML_TYPES } from './http/json-body.js'
import { errors } from './errors/catalog.js'
import type { Services } from './services.js'

export interface AppOptions {
  logger?: boolean | object
}

/** The logger's options with request URLs masked (see request-log.ts); off stays off. */
function withSerializers(logger: AppOptions['logger']): boolean | object {
  if (!logger) return false
  const given = typeof logger === 'object' ? (logger as { serializers?: object }) : {}
  return { ...given, serializers: { ...logSerializers, ...given.serializers } }
}

/** The whole request path, top to bottom. */
export async function buildApp(svc: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  // Every response carries a tracking id, as Zoom's do; it is also the request id in the logs.
  const prefix = `v=2.0;clid=local;rid=${randomBytes(4).toString('hex')}`
  let counter = 0
  const app = Fastify({
    logger: withSerializers(options.logger),
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
  installRequestJournal(app, svc)

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
  // Scenario and fixture files may be sent as they are written; only the simulator's own operations take YAML.
  app.addContentTypeParser(YAML_TYPES, { parseAs: 'string', bodyLimit: MAX_JSON_BODY_BYTES }, (req, body, done) => {
    const { value, error } = req.url.startsWith('/sim/')
      ? parseYamlBody(body as string)
      : { error: errors.invalidJson() }
    done(error ?? null, value)
  })
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
  registerHealth(app, svc)
  registerOAuth(app, svc)
  const served = operations.filter((op) => !op.enabled || op.enabled(svc.config))
  registerDocs(app, svc, served)
  registerFiles(app, svc)
  registerRecordingMedia(app, svc)
  registerJoinPages(app, svc)
  registerConsole(app, svc)
  registerFavicon(app)
  for (const op of served) registerOperation(app, svc, op)

  return app
}
