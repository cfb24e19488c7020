import assert from 'node:assert/strict'
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createWebinar } from '../helpers/fixtures.js'
import { must } from '../helpers/json.js'
import { gif, png } from '../helpers/media.js'
import { meetingsClient } from '../helpers/rivet-meetings.js'
import { rejectsWith } from '../helpers/rivet.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

// Rivet builds its multipart bodies with the form-data package: a file goes as a ReadStream (named after its path)
// or a Buffer (no file name); a Blob and a boolean form part fail inside form-data before any request is sent, so
// the `default` part is given as the text 'true'.
describe('Webinar session branding through @zoom/rivet', () => {
  let t: TestServer
  let token: string
  let api: ReturnType<typeof meetingsClient>['endpoints']['webinars']
  let dir: string
  before(async () => {
    t = await startTestServer()
    token = await t.token()
    api = meetingsClient(t.origin, token).endpoints.webinars
    dir = mkdtempSync(join(tmpdir(), 'branding-'))
  })
  after(async () => {
    rmSync(dir, { recursive: true, force: true })
    await t.close()
  })

  const file = (name: string, bytes: Buffer) => {
    const path = join(dir, name)
    writeFileSync(path, bytes)
    return createReadStream(path)
  }

  it('name tags: create, update, get and delete agree with each other', async () => {
    const webinarId = await createWebinar(t, token, { settings: { enable_session_branding: true } })
    const created = await api.createWebinarsBrandingNameTag({
      path: { webinarId },
      body: {
        name: 'Host',
        text_color: '0e72ed',
        accent_color: 'ffffff',
        background_color: '222222',
        is_default: true,
      },
    })
    assert.equal(created.statusCode, 201)
    const tag = must(created.data)
    const tagId = must(tag.id)
    assert.deepEqual(tag, {
      id: tagId,
      name: 'Host',
      text_color: '0e72ed',
      accent_color: 'ffffff',
      background_color: '222222',
      is_default: true,
    })
    const other = must(
      (
        await api.createWebinarsBrandingNameTag({
          path: { webinarId },
          body: { name: 'Guest', text_color: '000000', accent_color: '111111', background_color: 'eeeeee' },
        })
      ).data?.id,
    )
    const updated = await api.updateWebinarsBrandingNameTag({
      path: { webinarId, nameTagId: other },
      body: { name: 'Special guest', is_default: true },
    })
    assert.equal(updated.statusCode, 204)
    let branding = must((await api.getWebinarsSessionBranding({ path: { webinarId } })).data)
    assert.deepEqual(
      branding.name_tags?.map((n) => [n.id, n.name, n.is_default]),
      [
        [tagId, 'Host', false],
        [other, 'Special guest', true],
      ],
    )
    const removed = await api.deleteWebinarsBrandingNameTag({ path: { webinarId }, query: { name_tag_ids: tagId } })
    assert.equal(removed.statusCode, 204)
    branding = must((await api.getWebinarsSessionBranding({ path: { webinarId } })).data)
    assert.deepEqual(
      branding.name_tags?.map((n) => n.id),
      [other],
    )
    await rejectsWith(
      api.deleteWebinarsBrandingNameTag({ path: { webinarId }, query: { name_tag_ids: tagId } }),
      400,
      300,
      'Invalid parameter: name_tag_ids',
    )
  })

  it('virtual backgrounds: upload (a ReadStream or a Buffer), set the default, delete', async () => {
    const webinarId = await createWebinar(t, token, { settings: { enable_session_branding: true } })
    const fromStream = await api.uploadWebinarsBrandingVirtualBackground({
      path: { webinarId },
      body: { file: file('beach.png', png(8, 8)) },
    })
    assert.equal(fromStream.statusCode, 201)
    const beach = must(fromStream.data)
    assert.deepEqual(beach, {
      id: beach.id,
      name: 'beach.png',
      is_default: false,
      size: png(8, 8).length,
      type: 'image',
    })
    const fromBuffer = await api.uploadWebinarsBrandingVirtualBackground({
      path: { webinarId },
      body: { file: gif(), default: 'true' as unknown as boolean },
    })
    assert.equal(fromBuffer.statusCode, 201)
    const wave = must(fromBuffer.data)
    assert.equal(wave.name, 'background.gif')
    assert.equal(wave.is_default, true)

    const set = await api.setWebinarsDefaultBrandingVirtualBackground({
      path: { webinarId },
      query: { id: must(beach.id), set_default_for_all_panelists: false },
    })
    assert.equal(set.statusCode, 204)
    let branding = must((await api.getWebinarsSessionBranding({ path: { webinarId } })).data)
    assert.deepEqual(branding.virtual_backgrounds, [
      { id: beach.id, name: 'beach.png', is_default: true },
      { id: wave.id, name: 'background.gif', is_default: false },
    ])
    await rejectsWith(
      api.setWebinarsDefaultBrandingVirtualBackground({ path: { webinarId }, query: { id: 'unknown' } }),
      400,
      300,
    )
    const removed = await api.deleteWebinarsBrandingVirtualBackgrounds({
      path: { webinarId },
      query: { ids: `${beach.id},${wave.id}` },
    })
    assert.equal(removed.statusCode, 204)
    branding = must((await api.getWebinarsSessionBranding({ path: { webinarId } })).data)
    assert.deepEqual(branding.virtual_backgrounds, [])
    await rejectsWith(
      api.uploadWebinarsBrandingVirtualBackground({
        path: { webinarId },
        body: { file: file('notes.txt', Buffer.from('plain text')) },
      }),
      400,
      120,
      'Only JPG/JPEG, GIF, or PNG image files can be uploaded.',
    )
  })

  it('wallpaper: upload, get, delete; with branding off every call is 400/3000', async () => {
    const webinarId = await createWebinar(t, token, { settings: { enable_session_branding: true } })
    const up = await api.uploadWebinarsBrandingWallpaper({
      path: { webinarId },
      body: { file: file('stage.png', png()) },
    })
    assert.equal(up.statusCode, 201)
    const wallpaper = must(up.data)
    assert.deepEqual(wallpaper, { id: wallpaper.id, name: 'stage.png', size: png().length, type: 'image' })
    assert.deepEqual((await api.getWebinarsSessionBranding({ path: { webinarId } })).data?.wallpaper, {
      id: wallpaper.id,
    })
    assert.equal((await api.deleteWebinarsBrandingWallpaper({ path: { webinarId } })).statusCode, 204)
    assert.equal((await api.getWebinarsSessionBranding({ path: { webinarId } })).data?.wallpaper, undefined)
    await rejectsWith(api.deleteWebinarsBrandingWallpaper({ path: { webinarId } }), 400, 300)

    const plain = await createWebinar(t, token, { topic: 'No branding' })
    const off = 'This webinar does not have session branding enabled.'
    await rejectsWith(api.getWebinarsSessionBranding({ path: { webinarId: plain } }), 400, 3000, off)
    await rejectsWith(
      api.uploadWebinarsBrandingWallpaper({ path: { webinarId: plain }, body: { file: file('w.png', png()) } }),
      400,
      3000,
      off,
    )
    await rejectsWith(
      api.createWebinarsBrandingNameTag({
        path: { webinarId: plain },
        body: { name: 'x', text_color: '000000', accent_color: '000000', background_color: '000000' },
      }),
      400,
      3000,
      off,
    )
  })
})
