// The reference's content: every parameter and field of every operation is described in both languages with the
// project's terms, the recorded examples still match the schemas, and /openapi.json is valid OpenAPI 3.1.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { operations } from '../src/api/index.js'
import { undescribed } from '../src/docs/describe.js'
import { describeField, FIELD_FILES } from '../src/docs/fields/index.js'
import { buildOpenApi } from '../src/docs/openapi.js'
import { OPERATION_DOCS } from '../src/docs/operations/index.js'
import { recordedAnswers } from '../src/docs/recorded.js'
import { AVOIDED_ZH } from '../src/docs/terms.js'

const RECORDED = recordedAnswers()

describe('reference content', () => {
  it('describes every parameter and field of every operation in English and Chinese', () => {
    const missing = undescribed(operations)
    const sample = missing.slice(0, 20).map((m) => `${m.operation} ${m.where} ${m.field}`)
    assert.equal(missing.length, 0, `undescribed (first 20):\n${sample.join('\n')}`)
  })

  it('describes what every operation does, in both languages', () => {
    const missing = operations.filter((op) => !OPERATION_DOCS[op.id]?.en || !OPERATION_DOCS[op.id]?.zh)
    assert.deepEqual(
      missing.map((op) => op.id),
      [],
    )
  })

  it('mentions locking only on the lock settings operations', () => {
    const onUser = describeField({ group: 'Users', locks: false }, ['schedule_meeting'])
    const onLocks = describeField({ group: 'Accounts', locks: true }, ['schedule_meeting'])
    assert.ok(onUser && onLocks)
    assert.doesNotMatch(onUser.en, /lock/i)
    assert.doesNotMatch(onUser.zh, /锁定/)
    assert.match(onLocks.en, /locked/)
    assert.match(onLocks.zh, /锁定/)
  })

  it('writes each description key in one file only', () => {
    const seen = new Map<string, string>()
    const twice: string[] = []
    for (const [file, docs] of Object.entries(FIELD_FILES)) {
      for (const key of Object.keys(docs)) {
        const first = seen.get(key)
        if (first) twice.push(`${key}: ${first} and ${file}`)
        seen.set(key, file)
      }
    }
    assert.deepEqual(twice, [])
  })

  it('uses the term list’s Chinese words, not their avoided forms', () => {
    const texts = [
      ...Object.entries(FIELD_FILES).flatMap(([file, docs]) =>
        Object.entries(docs).map(([k, v]) => [`${file}:${k}`, v.zh]),
      ),
      ...Object.entries(OPERATION_DOCS).map(([k, v]) => [`operation:${k}`, v.zh]),
      ...operations.map((op) => [`summary:${op.id}`, op.summary.zh]),
    ]
    const bad = texts.flatMap(([where, zh]) =>
      Object.keys(AVOIDED_ZH)
        .filter((word) => zh?.includes(word))
        .map((word) => `${where}: ${word} → ${AVOIDED_ZH[word]}`),
    )
    assert.deepEqual(bad, [])
  })

  it('has recorded examples that validate against the operations’ schemas', () => {
    const ajv = new Ajv.default({ strict: false, allErrors: true })
    addFormats.default(ajv)
    const wrong: string[] = []
    let checked = 0
    for (const op of operations) {
      const rec = RECORDED[op.id]
      if (!rec) continue
      if (op.success.schema && rec.response?.body !== undefined) {
        const valid = ajv.validate(op.success.schema, rec.response.body)
        checked++
        if (!valid) wrong.push(`${op.id} response: ${ajv.errorsText()}`)
      }
      if (op.body && !op.multipart && rec.request?.body !== undefined) {
        const valid = ajv.validate(op.body, rec.request.body)
        checked++
        if (!valid) wrong.push(`${op.id} request: ${ajv.errorsText()}`)
      }
    }
    assert.ok(checked > 100, `only ${checked} examples checked`)
    assert.deepEqual(wrong, [])
  })

  it('serves an OpenAPI document that validates as OpenAPI 3.1, in both languages', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const validator = new Validator()
      const result = await validator.validate(buildOpenApi(operations, { lang }))
      assert.equal(validator.version, '3.1')
      assert.ok(result.valid, `${lang}: ${JSON.stringify(result.errors, null, 1)?.slice(0, 2000)}`)
    }
  })
})
