import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Static } from 'typebox'
import type {
  BrandingBackgroundOut,
  BrandingWallpaperOut,
  NameTagOut,
  WebinarBrandingOut,
} from '../../src/schemas/webinars/branding.js'
import { addUser, createMeeting, createWebinar, startWithOwner } from '../helpers/fixtures.js'
import { at, find, must, refused, type Full } from '../helpers/json.js'
import { gif, jpeg, mp4, png } from '../helpers/media.js'
import type { TestServer } from '../helpers/server.js'

type Branding = Full<Static<typeof WebinarBrandingOut>>
type NameTag = Full<Static<typeof NameTagOut>>
type Background = Full<Static<typeof BrandingBackgroundOut>>
type Wallpaper = Full<Static<typeof BrandingWallpaperOut>>
interface PanelistList {
  panelists: { email: string; name_tag_id: string; virtual_background_id: string }[]
}

/** A multipart form holding `bytes` as the file part `field`, plus text parts. */
function form(bytes: Buffer, filename: string, fields: Record<string, string> = {}, field = 'file'): FormData {
  const f = new FormData()
  for (const [name, value] of Object.entries(fields)) f.append(name, value)
  f.append(field, new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), filename)
  return f
}

const tag = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  text_color: '0e72ed',
  accent_color: 'ffffff',
  background_color: '#1a1a1a',
  ...extra,
})

describe('Webinar session branding over HTTP: name tags, virtual backgrounds, wallpaper', () => {
  let t: TestServer
  let token: string
  before(async () => {
    ;({ t, token } = await startWithOwner())
  })
  after(() => t.close())

  const branded = () => createWebinar(t, token, { topic: 'Branded', settings: { enable_session_branding: true } })
  const base = (id: number) => `/v2/webinars/${id}/branding`
  const read = async (id: number) => {
    const res = await t.call<Branding>('GET', base(id), { token })
    assert.equal(res.status, 200, res.text)
    return res.body
  }
  const upload = async <T>(path: string, body: FormData | string, headers: Record<string, string> = {}) => {
    const res = await fetch(t.origin + path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...headers },
      body,
    })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, text }
  }
  const served = async (id: string) => {
    const res = await fetch(`${t.origin}/p/${id}`)
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) }
  }

  it('a new webinar has branding off: every branding operation answers 400/3000; once on, GET shows it empty', async () => {
    const id = await createWebinar(t, token, { topic: 'Plain' })
    const fileForm = () => form(png(), 'a.png')
    const calls = [
      () => t.call('GET', base(id), { token }),
      () => t.call('POST', `${base(id)}/name_tags`, { token, body: tag('Speaker') }),
      () => t.call('PATCH', `${base(id)}/name_tags/someTag`, { token, body: { name: 'x' } }),
      () => t.call('DELETE', `${base(id)}/name_tags?name_tag_ids=someTag`, { token }),
      () => upload(`${base(id)}/virtual_backgrounds`, fileForm()),
      () => t.call('PATCH', `${base(id)}/virtual_backgrounds?id=someFile`, { token }),
      () => t.call('DELETE', `${base(id)}/virtual_backgrounds?ids=someFile`, { token }),
      () => upload(`${base(id)}/wallpaper`, fileForm()),
      () => t.call('DELETE', `${base(id)}/wallpaper`, { token }),
    ]
    for (const call of calls) {
      const res = await call()
      refused(res, 400, 3000)
      assert.match(String((res.body as { message: string }).message), /session branding/)
    }
    const on = await t.call('PATCH', `/v2/webinars/${id}`, {
      token,
      body: { settings: { enable_session_branding: true } },
    })
    assert.equal(on.status, 204, on.text)
    assert.deepEqual(await read(id), { virtual_backgrounds: [], name_tags: [] })
  })

  it('unknown webinars and meeting ids are 404/3001; a host without a webinar licence gets 400/200', async () => {
    refused(await t.call('GET', base(99999999999), { token }), 404, 3001)
    const meetingId = await createMeeting(t, token, { topic: 'A meeting' })
    refused(await t.call('GET', base(meetingId), { token }), 404, 3001)
    refused(await upload(`${base(meetingId)}/wallpaper`, form(png(), 'w.png')), 404, 3001)

    const hostId = await addUser(t, token, 'brand-host@example.com', { webinar: 100 })
    const id = await createWebinar(t, token, { settings: { enable_session_branding: true } }, hostId)
    assert.equal((await t.call('GET', base(id), { token })).status, 200)
    const off = await t.call('PATCH', `/v2/users/${hostId}/settings`, { token, body: { feature: { webinar: false } } })
    assert.equal(off.status, 204, off.text)
    for (const res of [
      await t.call('GET', base(id), { token }),
      await t.call('POST', `${base(id)}/name_tags`, { token, body: tag('x') }),
      await upload(`${base(id)}/virtual_backgrounds`, form(png(), 'b.png')),
      await t.call('DELETE', `${base(id)}/wallpaper`, { token }),
    ]) {
      refused(res, 400, 200)
      assert.match(String((res.body as { message: string }).message), new RegExp(`Webinar plan is missing.*${hostId}`))
    }
  })

  describe('name tags', () => {
    it('create answers 201 with the tag; GET lists them in order; a new default takes the place of the old', async () => {
      const id = await branded()
      const first = await t.call<NameTag>('POST', `${base(id)}/name_tags`, {
        token,
        body: tag('Speaker', { is_default: true }),
      })
      assert.equal(first.status, 201, first.text)
      assert.match(first.body.id, /^[A-Za-z0-9_-]{22}$/)
      assert.deepEqual(first.body, {
        id: first.body.id,
        name: 'Speaker',
        text_color: '0e72ed',
        accent_color: 'ffffff',
        background_color: '#1a1a1a',
        is_default: true,
      })
      const plain = await t.call<NameTag>('POST', `${base(id)}/name_tags`, { token, body: tag('Guest') })
      assert.equal(plain.status, 201, plain.text)
      assert.equal(plain.body.is_default, false)
      let b = await read(id)
      assert.deepEqual(
        b.name_tags.map((n) => [n.name, n.is_default]),
        [
          ['Speaker', true],
          ['Guest', false],
        ],
      )
      assert.deepEqual(at(b.name_tags, 0), first.body)

      const second = await t.call<NameTag>('POST', `${base(id)}/name_tags`, {
        token,
        body: tag('Moderator', { is_default: true }),
      })
      assert.equal(second.body.is_default, true)
      b = await read(id)
      assert.deepEqual(
        b.name_tags.filter((n) => n.is_default).map((n) => n.id),
        [second.body.id],
      )
    })

    it('update changes only the fields sent (204); is_default moves or clears the default; unknown tags are 400/300', async () => {
      const id = await branded()
      const a = (
        await t.call<NameTag>('POST', `${base(id)}/name_tags`, { token, body: tag('A', { is_default: true }) })
      ).body
      const b = (await t.call<NameTag>('POST', `${base(id)}/name_tags`, { token, body: tag('B') })).body
      const res = await t.call('PATCH', `${base(id)}/name_tags/${b.id}`, {
        token,
        body: { name: 'Bee', background_color: '000000', is_default: true },
      })
      assert.equal(res.status, 204, res.text)
      let tags = (await read(id)).name_tags
      assert.deepEqual(
        find(tags, (n) => n.id === b.id),
        {
          ...b,
          name: 'Bee',
          background_color: '000000',
          is_default: true,
        },
      )
      assert.equal(find(tags, (n) => n.id === a.id).is_default, false)
      assert.equal(
        (await t.call('PATCH', `${base(id)}/name_tags/${b.id}`, { token, body: { is_default: false } })).status,
        204,
      )
      tags = (await read(id)).name_tags
      assert.ok(tags.every((n) => !n.is_default))
      assert.equal(find(tags, (n) => n.id === b.id).name, 'Bee')

      refused(await t.call('PATCH', `${base(id)}/name_tags/noSuchTag`, { token, body: { name: 'x' } }), 400, 300)
      refused(
        await t.call('PATCH', `${base(id)}/name_tags/${a.id}`, { token, body: { text_color: 'blue' } }),
        400,
        300,
        'text_color',
      )
      refused(
        await t.call('PATCH', `${base(id)}/name_tags/${a.id}`, { token, body: { name: 'n'.repeat(51) } }),
        400,
        300,
        'name',
      )
      // A tag of another webinar is not this webinar's.
      const other = await branded()
      refused(await t.call('PATCH', `${base(other)}/name_tags/${a.id}`, { token, body: { name: 'x' } }), 400, 300)
    })

    it('create refuses missing fields, bad colours and long names with 400/300', async () => {
      const id = await branded()
      refused(await t.call('POST', `${base(id)}/name_tags`, { token, body: { name: 'x' } }), 400, 300, 'text_color')
      refused(
        await t.call('POST', `${base(id)}/name_tags`, { token, body: tag('x', { accent_color: 'fff' }) }),
        400,
        300,
        'accent_color',
      )
      refused(await t.call('POST', `${base(id)}/name_tags`, { token, body: tag('n'.repeat(51)) }), 400, 300, 'name')
      refused(await t.call('POST', `${base(id)}/name_tags`, { token, body: tag('') }), 400, 300, 'name')
      assert.equal((await t.call('POST', `${base(id)}/name_tags`, { token, body: tag('n'.repeat(50)) })).status, 201)
    })

    it('a webinar holds at most 20 name tags: the 21st is 400/3000', async () => {
      const id = await branded()
      for (let i = 0; i < 20; i++)
        assert.equal((await t.call('POST', `${base(id)}/name_tags`, { token, body: tag(`Tag ${i}`) })).status, 201)
      const res = await t.call('POST', `${base(id)}/name_tags`, { token, body: tag('One too many') })
      refused(res, 400, 3000)
      assert.match(String(res.body.message), /The limit is 20/)
      assert.equal((await read(id)).name_tags.length, 20)
    })

    it('delete takes a comma-separated list (204); an empty list or any unknown id is 400/300 and deletes nothing', async () => {
      const id = await branded()
      const ids: string[] = []
      for (const name of ['One', 'Two', 'Three'])
        ids.push(
          (
            await t.call<NameTag>('POST', `${base(id)}/name_tags`, {
              token,
              body: tag(name, { is_default: name === 'One' }),
            })
          ).body.id,
        )
      const [one, two, three] = ids
      refused(await t.call('DELETE', `${base(id)}/name_tags?name_tag_ids=${one},unknown`, { token }), 400, 300)
      refused(await t.call('DELETE', `${base(id)}/name_tags`, { token }), 400, 300)
      refused(await t.call('DELETE', `${base(id)}/name_tags?name_tag_ids=,`, { token }), 400, 300)
      assert.equal((await read(id)).name_tags.length, 3)
      const del = await t.call('DELETE', `${base(id)}/name_tags?name_tag_ids=${one},${three}`, { token })
      assert.equal(del.status, 204, del.text)
      assert.deepEqual(
        (await read(id)).name_tags.map((n) => [n.id, n.is_default]),
        [[two, false]],
      )
      // Deleted already: no longer the webinar's.
      refused(await t.call('DELETE', `${base(id)}/name_tags?name_tag_ids=${one}`, { token }), 400, 300)
    })
  })

  describe('virtual backgrounds', () => {
    it('upload answers 201 with the file; its bytes are stored and served; GET lists it', async () => {
      const id = await branded()
      const bytes = png(16, 9)
      const res = await upload<Background>(`${base(id)}/virtual_backgrounds`, form(bytes, 'beach.png'))
      assert.equal(res.status, 201, res.text)
      assert.match(res.body.id, /^[A-Za-z0-9_-]{22}$/)
      assert.deepEqual(res.body, {
        id: res.body.id,
        name: 'beach.png',
        is_default: false,
        size: bytes.length,
        type: 'image',
      })
      const file = await served(res.body.id)
      assert.equal(file.status, 200)
      assert.equal(file.type, 'image/png')
      assert.deepEqual(file.bytes, bytes)
      const g = await upload<Background>(`${base(id)}/virtual_backgrounds`, form(gif(), 'wave.gif'))
      const j = await upload<Background>(`${base(id)}/virtual_backgrounds`, form(jpeg(), 'desk.jpeg'))
      assert.equal(g.status, 201, g.text)
      assert.equal(j.status, 201, j.text)
      assert.equal((await served(j.body.id)).type, 'image/jpeg')
      assert.deepEqual((await read(id)).virtual_backgrounds, [
        { id: res.body.id, name: 'beach.png', is_default: false },
        { id: g.body.id, name: 'wave.gif', is_default: false },
        { id: j.body.id, name: 'desk.jpeg', is_default: false },
      ])
    })

    it('`default=true` makes the upload the default; PATCH ?id= moves it; unknown or missing ids are 400/300', async () => {
      const id = await branded()
      const a = await upload<Background>(`${base(id)}/virtual_backgrounds`, form(png(), 'a.png', { default: 'true' }))
      assert.equal(a.status, 201, a.text)
      assert.equal(a.body.is_default, true)
      const b = await upload<Background>(`${base(id)}/virtual_backgrounds`, form(png(), 'b.png', { default: 'false' }))
      assert.equal(b.body.is_default, false)
      const defaults = async () => (await read(id)).virtual_backgrounds.filter((v) => v.is_default).map((v) => v.id)
      assert.deepEqual(await defaults(), [a.body.id])
      const set = await t.call('PATCH', `${base(id)}/virtual_backgrounds?id=${b.body.id}`, { token })
      assert.equal(set.status, 204, set.text)
      assert.deepEqual(await defaults(), [b.body.id])
      refused(await t.call('PATCH', `${base(id)}/virtual_backgrounds?id=nope`, { token }), 400, 300)
      refused(await t.call('PATCH', `${base(id)}/virtual_backgrounds`, { token }), 400, 300)
      refused(
        await upload(`${base(id)}/virtual_backgrounds`, form(png(), 'c.png', { default: 'maybe' })),
        400,
        300,
        'default',
      )
      assert.deepEqual(await defaults(), [b.body.id])
      // A second upload marked default replaces the first.
      const c = await upload<Background>(`${base(id)}/virtual_backgrounds`, form(png(), 'c.png', { default: 'true' }))
      assert.deepEqual(await defaults(), [c.body.id])
    })

    it('refusals with code 120: no file, an empty one, over 15 MB, not a JPG/GIF/PNG image, the 11th file', async () => {
      const id = await branded()
      const path = `${base(id)}/virtual_backgrounds`
      const none = await upload(path, form(png(), 'x.png', {}, 'picture'))
      refused(none, 400, 120)
      assert.match(String((none.body as { message: string }).message), /No file uploaded/)
      refused(await upload(path, JSON.stringify({ file: 'x' }), { 'content-type': 'application/json' }), 400, 120)
      refused(await upload(path, form(Buffer.alloc(0), 'empty.png')), 400, 120)
      for (const [bytes, name] of [
        [mp4(1280, 720), 'clip.mp4'],
        [Buffer.from('not an image at all'), 'fake.png'],
      ] as const) {
        const res = await upload(path, form(bytes, name))
        refused(res, 400, 120)
        assert.match(String((res.body as { message: string }).message), /JPG\/JPEG, GIF, or PNG/)
      }
      const big = Buffer.concat([png(), Buffer.alloc(15 * 1024 * 1024)])
      const tooBig = await upload(path, form(big, 'big.png'))
      refused(tooBig, 400, 120)
      assert.match(String((tooBig.body as { message: string }).message), /15M/)
      // Exactly 15 MB is within the limit.
      const edge = Buffer.concat([png(), Buffer.alloc(15 * 1024 * 1024 - png().length)])
      assert.equal((await upload(path, form(edge, 'edge.png'))).status, 201)
      for (let i = 1; i < 10; i++) assert.equal((await upload(path, form(png(), `${i}.png`))).status, 201)
      const eleventh = await upload(path, form(png(), '11.png'))
      refused(eleventh, 400, 120)
      assert.match(String((eleventh.body as { message: string }).message), /maximum of 10 files/)
      assert.equal((await read(id)).virtual_backgrounds.length, 10)
    })

    it('delete takes `ids` (204) and frees the files; unknown ids are 400/300 and delete nothing', async () => {
      const id = await branded()
      const a = (await upload<Background>(`${base(id)}/virtual_backgrounds`, form(png(), 'a.png', { default: 'true' })))
        .body
      const b = (await upload<Background>(`${base(id)}/virtual_backgrounds`, form(png(), 'b.png'))).body
      refused(await t.call('DELETE', `${base(id)}/virtual_backgrounds?ids=${a.id},nope`, { token }), 400, 300)
      refused(await t.call('DELETE', `${base(id)}/virtual_backgrounds`, { token }), 400, 300)
      assert.equal((await read(id)).virtual_backgrounds.length, 2)
      const del = await t.call('DELETE', `${base(id)}/virtual_backgrounds?ids=${a.id}`, { token })
      assert.equal(del.status, 204, del.text)
      assert.deepEqual((await read(id)).virtual_backgrounds, [{ id: b.id, name: 'b.png', is_default: false }])
      assert.equal((await served(a.id)).status, 404)
      // The default went with its file: setting it again is refused.
      refused(await t.call('PATCH', `${base(id)}/virtual_backgrounds?id=${a.id}`, { token }), 400, 300)
    })
  })

  describe('wallpaper', () => {
    it('upload answers 201 and stores the image; a second upload replaces it; delete is 204, then 400/300', async () => {
      const id = await branded()
      const bytes = png(32, 18, [10, 20, 30])
      const first = await upload<Wallpaper>(`${base(id)}/wallpaper`, form(bytes, 'stage.png'))
      assert.equal(first.status, 201, first.text)
      assert.deepEqual(first.body, { id: first.body.id, name: 'stage.png', size: bytes.length, type: 'image' })
      assert.deepEqual((await read(id)).wallpaper, { id: first.body.id })
      assert.deepEqual((await served(first.body.id)).bytes, bytes)

      const second = await upload<Wallpaper>(`${base(id)}/wallpaper`, form(jpeg(), 'hall.jpg'))
      assert.equal(second.status, 201, second.text)
      assert.deepEqual((await read(id)).wallpaper, { id: second.body.id })
      assert.equal((await served(first.body.id)).status, 404)
      assert.equal((await served(second.body.id)).type, 'image/jpeg')

      refused(await upload(`${base(id)}/wallpaper`, form(mp4(640, 360), 'clip.mp4')), 400, 120)
      refused(await upload(`${base(id)}/wallpaper`, form(png(), 'x.png', {}, 'image')), 400, 120)
      assert.deepEqual((await read(id)).wallpaper, { id: second.body.id })

      const del = await t.call('DELETE', `${base(id)}/wallpaper`, { token })
      assert.equal(del.status, 204, del.text)
      assert.equal('wallpaper' in (await read(id)), false)
      assert.equal((await served(second.body.id)).status, 404)
      refused(await t.call('DELETE', `${base(id)}/wallpaper`, { token }), 400, 300)
    })

    it('branding belongs to its webinar: another webinar sees none of it', async () => {
      const id = await branded()
      const other = await branded()
      await upload(`${base(id)}/wallpaper`, form(png(), 'w.png'))
      const vb = (await upload<Background>(`${base(id)}/virtual_backgrounds`, form(png(), 'v.png'))).body
      assert.deepEqual(await read(other), { virtual_backgrounds: [], name_tags: [] })
      refused(await t.call('DELETE', `${base(other)}/virtual_backgrounds?ids=${vb.id}`, { token }), 400, 300)
      refused(await t.call('DELETE', `${base(other)}/wallpaper`, { token }), 400, 300)
      assert.equal((await read(id)).virtual_backgrounds.length, 1)
    })
  })

  describe('defaults for panelists', () => {
    const panelists = async (id: number) => {
      const res = await t.call<PanelistList>('GET', `/v2/webinars/${id}/panelists`, { token })
      assert.equal(res.status, 200, res.text)
      return res.body.panelists
    }
    const addPanelists = async (id: number, emails: string[]) => {
      const res = await t.call('POST', `/v2/webinars/${id}/panelists`, {
        token,
        body: { panelists: emails.map((email) => ({ name: email.split('@')[0], email })) },
      })
      assert.equal(res.status, 201, res.text)
    }

    it('a new default reaches every panelist unless set_default_for_all_panelists is false; deleting it clears them', async () => {
      const id = await branded()
      await addPanelists(id, ['ana@example.com', 'bo@example.com'])
      const first = (
        await t.call<NameTag>('POST', `${base(id)}/name_tags`, { token, body: tag('First', { is_default: true }) })
      ).body
      assert.deepEqual(
        (await panelists(id)).map((p) => p.name_tag_id),
        [first.id, first.id],
      )
      const quiet = await t.call<NameTag>('POST', `${base(id)}/name_tags`, {
        token,
        body: tag('Quiet', { is_default: true, set_default_for_all_panelists: false }),
      })
      assert.equal(quiet.body.is_default, true)
      assert.deepEqual(
        (await panelists(id)).map((p) => p.name_tag_id),
        [first.id, first.id],
      )
      await t.call('PATCH', `${base(id)}/name_tags/${quiet.body.id}`, { token, body: { is_default: true } })
      assert.deepEqual(
        (await panelists(id)).map((p) => p.name_tag_id),
        [quiet.body.id, quiet.body.id],
      )

      const vb = await upload<Background>(`${base(id)}/virtual_backgrounds`, form(png(), 'v.png', { default: 'true' }))
      assert.deepEqual(
        (await panelists(id)).map((p) => p.virtual_background_id),
        [vb.body.id, vb.body.id],
      )
      const other = await upload<Background>(
        `${base(id)}/virtual_backgrounds`,
        form(png(), 'w.png', { default: 'true', set_default_for_all_panelists: 'false' }),
      )
      assert.deepEqual(
        (await panelists(id)).map((p) => p.virtual_background_id),
        [vb.body.id, vb.body.id],
      )
      assert.equal(
        (
          await t.call(
            'PATCH',
            `${base(id)}/virtual_backgrounds?id=${other.body.id}&set_default_for_all_panelists=true`,
            {
              token,
            },
          )
        ).status,
        204,
      )
      assert.deepEqual(
        (await panelists(id)).map((p) => p.virtual_background_id),
        [other.body.id, other.body.id],
      )

      await t.call('DELETE', `${base(id)}/name_tags?name_tag_ids=${quiet.body.id}`, { token })
      await t.call('DELETE', `${base(id)}/virtual_backgrounds?ids=${other.body.id}`, { token })
      for (const p of await panelists(id)) {
        assert.equal(p.name_tag_id, '')
        assert.equal(p.virtual_background_id, '')
      }
      const b = await read(id)
      assert.ok(b.name_tags.every((n) => !n.is_default))
      assert.ok(b.virtual_backgrounds.every((v) => !v.is_default))
      must(find(b.name_tags, (n) => n.id === first.id))
    })
  })
})
