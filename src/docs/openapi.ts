import {
  API_PREFIX,
  operationPaths,
  operationPrefix,
  requiredGranularScopes,
  requiredScopes,
  type AnyOperation,
} from '../http/operation.js'
import { WEBHOOK_EVENTS } from '../events/webhook-events.js'
import { describeSchema, type Lang } from './describe.js'
import { operationParams } from './params.js'
import { describeField, fieldContext } from './fields/index.js'
import { oauthPaths } from './oauth-path.js'
import { OPERATION_DOCS } from './operations/index.js'
import { recordedAnswers } from './recorded.js'
import { ui } from './site/ui-text.js'

const errorSchema = {
  type: 'object',
  properties: {
    code: { type: 'integer' },
    message: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
}

/** OpenAPI 3.1 `webhooks`: one POST per event the server sends to subscribed endpoint URLs. */
function webhookEvents(lang: Lang): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(WEBHOOK_EVENTS).map(([name, d]) => [
      name,
      {
        post: {
          operationId: name,
          tags: ['Webhooks'],
          summary: d[lang],
          description: d[lang],
          'x-summary-zh': d.zh,
          'x-summary-en': d.en,
          responses: { '200': { description: ui(lang).webhookReceived } },
        },
      },
    ]),
  )
}

const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ')

export interface OpenApiOptions {
  serverUrl?: string
  /** With a language, parameters and fields carry their descriptions in it. */
  lang?: Lang
}

/** The OpenAPI 3.1 document, built from the operation declarations and the webhook event list alone. */
export function buildOpenApi(operations: AnyOperation[], options: OpenApiOptions = {}): Record<string, unknown> {
  const serverUrl = options.serverUrl ?? '/v2'
  const lang = options.lang
  // Labels and summaries: English when no language is asked, as Zoom's own document is.
  const words: Lang = lang ?? 'en'
  const paths: Record<string, Record<string, unknown>> = {}
  const tags = new Set<string>()
  const extensionGroups = new Set<string>()
  for (const op of operations) {
    tags.add(op.group)
    if (op.extension) extensionGroups.add(op.group)
    const prefix = operationPrefix(op)
    const described = (schema: unknown) => (lang ? describeSchema(schema, fieldContext(op), lang) : schema)
    const about = lang && OPERATION_DOCS[op.id]
    // The answers the server gave in its tests: examples in the described documents only, as they are prose-like.
    const recorded = lang ? recordedAnswers()[op.id] : undefined
    for (const { path, master } of operationPaths(op)) {
      // The scopes the platform checks: a native account operation takes its scopes and their :master forms.
      const scopes = requiredScopes(op, master)
      const entry: Record<string, unknown> = {
        operationId: master && !op.path.startsWith('/accounts/{accountId}') ? `${op.id}_master` : op.id,
        tags: [op.group],
        summary: op.summary[words],
        description:
          `${op.summary[words]}${master ? ui(words).masterSuffix : ''}${words === 'zh' ? '。' : '.'}` +
          (about ? `\n\n${about[lang]}` : '') +
          `\n\n${ui(words).scopes}${colon(words)}${scopes.map((s) => `\`${s}\``).join(', ')}` +
          `\n\n${ui(words).rateLimit}${colon(words)}\`${op.rateLimit}\``,
        'x-summary-zh': op.summary.zh,
        'x-summary-en': op.summary.en,
        'x-scopes': scopes,
        'x-granular-scopes': requiredGranularScopes(op, master),
        'x-rate-limit-label': op.rateLimit,
        // Served outside /v2: the operation names its own server.
        ...(prefix !== API_PREFIX ? { servers: [{ url: prefix || '/' }], 'x-prefix': prefix } : {}),
        ...(op.extension ? { 'x-extension': true } : {}),
        ...(op.deprecated ? { deprecated: true } : {}),
        security: [{ bearer: scopes }],
        parameters: operationParams(op, path).map((p) => {
          const text = lang && describeField(fieldContext(op), [p.name])
          return text ? { ...p, description: text[lang] } : p
        }),
        responses: {
          [String(op.success.status)]: op.success.schema
            ? {
                description: ui(words).success,
                content: {
                  'application/json': {
                    schema: described(op.success.schema),
                    ...(recorded?.response?.body !== undefined ? { example: recorded.response.body } : {}),
                  },
                },
              }
            : { description: ui(words).successNoContent },
          '4XX': { description: ui(words).zoomError, content: { 'application/json': { schema: errorSchema } } },
        },
      }
      if (op.body) {
        entry.requestBody = {
          required: true,
          content: op.multipart
            ? { 'multipart/form-data': { schema: described(op.body) } }
            : {
                'application/json': {
                  schema: described(op.body),
                  ...(recorded?.request?.body !== undefined ? { example: recorded.request.body } : {}),
                },
              },
        }
      }
      ;(paths[path] ??= {})[op.method.toLowerCase()] = entry
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Zoom-compatible REST API v2',
      version: '2.0.0',
      description: ui(words).documentAbout,
    },
    servers: [{ url: serverUrl }],
    tags: ['OAuth', ...tags].map((name) =>
      extensionGroups.has(name) ? { name, description: ui(words).extension } : { name },
    ),
    paths: { ...oauthPaths(lang), ...paths },
    webhooks: webhookEvents(words),
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: ui(words).bearerScheme,
        },
        basic: { type: 'http', scheme: 'basic', description: ui(words).basicScheme },
      },
    },
  }
}
