import type { FastifyError, FastifyInstance } from 'fastify'
import { errors } from '../errors/catalog.js'
import { OAuthError, ZoomError, type FieldError } from '../errors/zoom-error.js'

interface AjvIssue {
  instancePath: string
  keyword: string
  /** The parameters of the keywords the messages below read; Ajv sets each for its keyword. */
  params: { missingProperty?: string; allowedValues?: unknown[]; limit?: number; type?: string; format?: string }
  message?: string
}

function fieldOf(issue: AjvIssue): string {
  const path = issue.instancePath
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (issue.keyword === 'required') path.push(issue.params.missingProperty ?? '')
  return path.join('.')
}

function messageOf(issue: AjvIssue): string {
  switch (issue.keyword) {
    case 'required':
      return 'This field is required.'
    case 'enum':
      return `Invalid field. Allowed values: ${(issue.params.allowedValues ?? []).join(', ')}.`
    case 'maxLength':
      return `Invalid field. Length must be at most ${issue.params.limit}.`
    case 'minLength':
      return `Invalid field. Length must be at least ${issue.params.limit}.`
    case 'maximum':
      return `Invalid field. Must be at most ${issue.params.limit}.`
    case 'minimum':
      return `Invalid field. Must be at least ${issue.params.limit}.`
    case 'type':
      return `Invalid field. Expected ${issue.params.type}.`
    case 'format':
      return `Invalid field. Expected ${issue.params.format}.`
    default:
      return 'Invalid field.'
  }
}

export function toFieldErrors(issues: AjvIssue[]): FieldError[] {
  const seen = new Set<string>()
  const out: FieldError[] = []
  for (const i of issues) {
    const field = fieldOf(i)
    if (seen.has(field)) continue
    seen.add(field)
    out.push({ field, message: messageOf(i) })
  }
  return out
}

/** Every failure leaves as Zoom's `{code, message}` body (or the OAuth shape on /oauth). */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ZoomError | OAuthError, request, reply) => {
    if (err instanceof OAuthError) return reply.status(err.status).send({ reason: err.reason, error: err.error })
    let zoom: ZoomError
    const statusCode = (err as FastifyError).statusCode
    if (err instanceof ZoomError) zoom = err
    else if ((err as FastifyError).validation) {
      const issues = (err as FastifyError).validation as AjvIssue[]
      // No body, or a body that is not an object, where an object is expected.
      const notAnObject =
        (err as FastifyError).validationContext === 'body' &&
        issues.some((i) => i.instancePath === '' && i.keyword === 'type')
      zoom = notAnObject ? errors.invalidJson() : errors.validation(toFieldErrors(issues))
    } else if (err instanceof SyntaxError || (err as FastifyError).code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      zoom = errors.invalidJson()
    else if ((err as FastifyError).code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      zoom = errors.badRequest('Unsupported Content-Type.')
    else if ((err as FastifyError).code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      zoom = errors.badRequest('Request body is too large.')
    else if (statusCode && statusCode < 500) {
      zoom = new ZoomError(statusCode, statusCode === 400 ? 300 : statusCode, err.message)
    } else {
      request.log.error({ err }, 'unhandled error')
      zoom = errors.internal()
    }
    if (zoom.headers) reply.headers(zoom.headers)
    return reply.status(zoom.status).send(zoom.toBody())
  })

  app.setNotFoundHandler((request, reply) => {
    const e = errors.notFound()
    reply.status(e.status).send(e.toBody())
  })
}
