import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { AUDIO_FRAME, VIDEO_SAMPLES } from '../../src/domain/cloud-recording/media/frames.js'
import { mp4File, type Mp4Options } from '../../src/domain/cloud-recording/media/mp4.js'
import { parseMp4, type Mp4Info, type Mp4Track } from '../helpers/mp4.js'

// The recording files are built, not stored: they must still be files a player opens, of the length announced
// before they are built, the same bytes each time.

const createdAt = Date.UTC(2025, 2, 14, 9, 30, 15, 500)
const MP4 = { video: true, audio: true, createdAt }
const M4A = { video: false, audio: true, createdAt }

function track(info: Mp4Info, handler: string): Mp4Track {
  const found = info.tracks.find((t) => t.handler === handler)
  assert.ok(found, `a ${handler} track`)
  return found
}

/** The track's duration and one frame's, in ms. */
function timing(t: Mp4Track): { ms: number; frameMs: number } {
  assert.equal(t.timeToSample.length, 1, 'one stts row')
  const [[count, delta] = [0, 0]] = t.timeToSample
  assert.equal(count, t.sampleCount)
  assert.equal(t.duration, count * delta, 'mdhd duration is the samples’ total')
  return { ms: (t.duration * 1000) / t.timescale, frameMs: (delta * 1000) / t.timescale }
}

/** Chunks in file order tile the mdat, and start in time order. */
function assertLayout(info: Mp4Info): void {
  const chunks = info.tracks.flatMap((t) => {
    const { frameMs } = timing(t)
    let sample = 0
    return t.chunks.map((c) => {
      const startMs = sample * frameMs
      sample += c.samples
      return { ...c, startMs }
    })
  })
  chunks.sort((a, b) => a.offset - b.offset)
  let at = info.mdat.start
  let lastStart = 0
  for (const c of chunks) {
    assert.equal(c.offset, at, 'chunks are contiguous')
    assert.ok(c.startMs >= lastStart, `chunk at ${c.offset} starts at ${c.startMs} ms, after one at ${lastStart} ms`)
    assert.ok(c.bytes > 0)
    at += c.bytes
    lastStart = c.startMs
  }
  assert.equal(at, info.mdat.end, 'chunks fill the mdat')
}

describe('recording media files', () => {
  for (const durationMs of [1000, 90_000, 30 * 60_000]) {
    it(`an MP4 of ${durationMs} ms: brands, tracks, durations, layout`, () => {
      const file = mp4File({ durationMs, ...MP4 })
      const bytes = file.bytes()
      assert.equal(file.size, bytes.length)
      const info = parseMp4(bytes)
      assert.deepEqual(info.topLevel, ['ftyp', 'moov', 'mdat'], 'the index before the media')
      assert.equal(info.majorBrand, 'isom')
      assert.ok(info.compatibleBrands.includes('isom') && info.compatibleBrands.includes('avc1'))
      assert.equal(info.tracks.length, 2)

      const video = track(info, 'vide')
      assert.equal(video.codec, 'avc1')
      assert.deepEqual([video.width, video.height], [640, 360])
      assert.equal(video.syncSamples, null, 'no stss: every sample is a sync sample')
      assert.equal(video.sampleSize, VIDEO_SAMPLES[0].length)
      assert.ok(video.chunks.every((c) => c.samples === 1))
      const audio = track(info, 'soun')
      assert.equal(audio.codec, 'mp4a')
      assert.equal(audio.timescale, 32000)
      assert.equal(audio.sampleSize, AUDIO_FRAME.length)
      assert.deepEqual([audio.width, audio.height], [0, 0])

      for (const t of [video, audio]) {
        const { ms, frameMs } = timing(t)
        assert.ok(ms >= durationMs && ms < durationMs + frameMs, `${t.handler} lasts ${ms} ms for ${durationMs}`)
        assert.equal(t.movieDuration, ms, 'tkhd agrees with mdhd')
      }
      assert.equal(info.timescale, 1000)
      assert.equal(info.duration, Math.max(video.movieDuration, audio.movieDuration))
      assert.equal(file.durationMs, info.duration)
      assertLayout(info)

      const [first, second] = video.chunks
      assert.ok(first)
      assert.deepEqual(bytes.subarray(first.offset, first.offset + first.bytes), VIDEO_SAMPLES[0])
      if (second) assert.deepEqual(bytes.subarray(second.offset, second.offset + second.bytes), VIDEO_SAMPLES[1])
      const sound = audio.chunks[0]
      assert.ok(sound)
      assert.deepEqual(bytes.subarray(sound.offset, sound.offset + AUDIO_FRAME.length), AUDIO_FRAME)
    })

    it(`an M4A of ${durationMs} ms: audio only`, () => {
      const file = mp4File({ durationMs, ...M4A })
      const bytes = file.bytes()
      assert.equal(file.size, bytes.length)
      const info = parseMp4(bytes)
      assert.deepEqual(info.topLevel, ['ftyp', 'moov', 'mdat'])
      assert.equal(info.majorBrand, 'M4A ')
      assert.ok(info.compatibleBrands.includes('M4A '))
      assert.deepEqual(
        info.tracks.map((t) => t.handler),
        ['soun'],
      )
      const [audio] = info.tracks
      assert.ok(audio)
      const { ms, frameMs } = timing(audio)
      assert.ok(ms >= durationMs && ms < durationMs + frameMs)
      assert.equal(info.duration, ms)
      assert.ok(
        audio.chunks.every((c) => c.samples <= 32),
        'chunks of about a second',
      )
      assertLayout(info)
      const [first] = audio.chunks
      assert.ok(first)
      assert.deepEqual(bytes.subarray(first.offset, first.offset + AUDIO_FRAME.length), AUDIO_FRAME)
    })
  }

  it('the size is exact for durations around frame and chunk boundaries', () => {
    const durations = [1, 31, 32, 33, 999, 1000, 1001, 1023, 1024, 1025, 2047, 32_767, 32_768, 32_769, 128_000]
    for (const durationMs of durations)
      for (const kind of [MP4, M4A, { ...MP4, audio: false }]) {
        const file = mp4File({ durationMs, ...kind })
        const bytes = file.bytes()
        assert.equal(file.size, bytes.length, `${durationMs} ms, video ${kind.video}, audio ${kind.audio}`)
        assertLayout(parseMp4(bytes))
      }
  })

  it('writes the creation time, and the same options give the same bytes', () => {
    const options: Mp4Options = { durationMs: 61_500, ...MP4 }
    const bytes = mp4File(options).bytes()
    assert.ok(bytes.equals(mp4File({ ...options }).bytes()))
    const info = parseMp4(bytes)
    const since1904 = Math.floor(createdAt / 1000) + 2_082_844_800
    assert.deepEqual([info.creationTime, info.modificationTime], [since1904, since1904])
    const later = mp4File({ ...options, createdAt: createdAt + 86_400_000 })
    assert.equal(later.size, bytes.length)
    assert.equal(parseMp4(later.bytes()).creationTime, since1904 + 86_400)
  })

  it('read(start, end) is the slice of the whole file', () => {
    for (const options of [
      { durationMs: 125_300, ...MP4 },
      { durationMs: 70_100, ...M4A },
    ]) {
      const file = mp4File(options)
      const bytes = file.bytes()
      const { mdat, tracks } = parseMp4(bytes)
      const edges = [
        0,
        1,
        mdat.start - 8,
        mdat.start - 1,
        mdat.start,
        ...tracks.flatMap((t) => t.chunks.map((c) => c.offset)),
      ]
      const ranges: Array<[number, number]> = [
        [0, file.size - 1],
        [file.size - 1, file.size - 1],
      ]
      for (const e of edges) ranges.push([e, e], [e, Math.min(file.size - 1, e + 3)], [Math.max(0, e - 5), e + 700])
      // Starts a prime number of bytes apart land at ever different places within the chunks.
      for (let start = 0; start < file.size; start += 997) ranges.push([start, Math.min(file.size - 1, start + 4099)])
      for (const [start, end] of ranges) {
        const last = Math.min(end, file.size - 1)
        assert.ok(file.read(start, last).equals(bytes.subarray(start, last + 1)), `bytes ${start}-${last}`)
      }
      assert.throws(() => file.read(0, file.size), RangeError)
      assert.throws(() => file.read(10, 9), RangeError)
      assert.throws(() => file.read(-1, 9), RangeError)
    }
  })

  it('rejects a duration it cannot write, and a file without tracks', () => {
    for (const durationMs of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 30 * 3600_000 + 1])
      assert.throws(() => mp4File({ durationMs, ...MP4 }), RangeError, String(durationMs))
    assert.throws(() => mp4File({ durationMs: 1000, video: false, audio: false, createdAt }), RangeError)
  })

  it('alternates two IDR pictures that differ only in idr_pic_id', () => {
    const [a, b] = VIDEO_SAMPLES
    assert.equal(a.length, b.length)
    const differing = [...a].flatMap((byte, i) => (byte === b[i] ? [] : [i]))
    assert.deepEqual(differing, [6], 'one byte of the slice header: 4 length bytes, the NAL header, then two bytes')
    assert.equal(a.readUInt32BE(0), a.length - 4)
    assert.equal((a[4] ?? 0) & 0x1f, 5, 'an IDR slice')
  })
})
