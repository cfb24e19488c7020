import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'

/**
 * The validator of one part of a request. Query strings and path parameters are text, so they are coerced to the
 * schema's types; JSON bodies are not, so `"type": "2"` is refused as Zoom refuses it. Defaults fill in, as the
 * documented defaults say.
 */
export function requestValidator(part: 'text' | 'body'): Ajv.default {
  const ajv = new Ajv.default({
    strict: false,
    coerceTypes: part === 'text' ? 'array' : false,
    useDefaults: true,
    allErrors: true,
    removeAdditional: 'all',
  })
  addFormats.default(ajv, ['email', 'uri', 'date', 'date-time'])
  return ajv
}

export function installValidation(app: FastifyInstance): void {
  const forText = requestValidator('text')
  const forBody = requestValidator('body')
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? forBody : forText).compile(schema))
}
