import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { apiError } from '../helpers/rivet.js'
import { must } from '../helpers/json.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

describe('Tracking fields through @zoom/rivet', () => {
  let t: TestServer
  let tf: ReturnType<typeof meetingsClient>['endpoints']['trackingField']

  before(async () => {
    t = await startTestServer()
    tf = meetingsClient(t.origin, await t.token()).endpoints.trackingField
  })
  after(() => t.close())

  it('create, get, list, update and delete a tracking field', async () => {
    const created = await tf.createTrackingField({
      body: { field: 'Course', recommended_values: ['CS101'], required: true },
    })
    assert.equal(created.statusCode, 201)
    const id = must(must(created.data).id)
    const expected = { id, field: 'Course', recommended_values: ['CS101'], required: true, visible: true }
    assert.deepEqual(created.data, expected)

    const got = await tf.getTrackingField({ path: { fieldId: id } })
    assert.equal(got.statusCode, 200)
    assert.deepEqual(got.data, expected)

    const list = await tf.listTrackingFields({})
    assert.deepEqual(list.data, { total_records: 1, tracking_fields: [expected] })

    const updated = await tf.updateTrackingField({
      path: { fieldId: id },
      body: { visible: false, recommended_values: [] },
    })
    assert.equal(updated.statusCode, 204)
    assert.deepEqual((await tf.getTrackingField({ path: { fieldId: id } })).data, {
      ...expected,
      visible: false,
      recommended_values: [],
    })

    const deleted = await tf.deleteTrackingField({ path: { fieldId: id } })
    assert.equal(deleted.statusCode, 204)
    await assert.rejects(tf.getTrackingField({ path: { fieldId: id } }), (e) => {
      assert.deepEqual(apiError(e), { status: 404, code: 5110, message: `Tracking field does not exist: ${id}.` })
      return true
    })
    assert.deepEqual((await tf.listTrackingFields({})).data, { total_records: 0, tracking_fields: [] })
  })

  it('a duplicate label is 400/200', async () => {
    await tf.createTrackingField({ body: { field: 'Term' } })
    await assert.rejects(tf.createTrackingField({ body: { field: 'term' } }), (e) => {
      assert.deepEqual(apiError(e), { status: 400, code: 200, message: 'Tracking field already exists.' })
      return true
    })
  })
})
