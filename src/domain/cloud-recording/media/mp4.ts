import {
  AUDIO_CHANNELS,
  AUDIO_FRAME,
  AUDIO_FRAME_SAMPLES,
  AUDIO_SAMPLE_RATE,
  AUDIO_SPECIFIC_CONFIG,
  AVC_CONFIG,
  VIDEO_HEIGHT,
  VIDEO_SAMPLES,
  VIDEO_WIDTH,
} from './frames.js'

// Recording files built from one video picture and one AAC frame, repeated: ftyp, moov, then mdat (the index first,
// so a player can start before the end arrives). Every number in the file follows from the options, so the same
// options give the same bytes, and the size is known without building them.
//
// Timing: video at 1 frame per second, every sample a sync sample; AAC frames of 32 ms. Each track's frame count
// rounds up, so a track is at least as long as asked and less than one of its frames longer.
// Layout: chunks of about one second, one video frame each and 32 audio frames (1.024 s) each, interleaved in
// order of their start times, video first when two start together.

export interface Mp4Options {
  durationMs: number
  /** With a video track: an MP4 (`isom`); without, audio only: an M4A. */
  video: boolean
  audio: boolean
  /** Epoch ms, written as the creation and modification times. */
  createdAt: number
}

export interface Mp4File {
  /** Byte length of the whole file. */
  readonly size: number
  /** The movie's duration as written (the longer track), in ms. */
  readonly durationMs: number
  bytes(): Buffer
  /** Bytes start..endInclusive, as HTTP ranges count them; equal to bytes().subarray(start, endInclusive + 1). */
  read(start: number, endInclusive: number): Buffer
}

const VIDEO_FRAME_MS = 1000
const VIDEO_TIMESCALE = 1000 // the video track counts in ms
const AUDIO_FRAME_MS = (AUDIO_FRAME_SAMPLES * 1000) / AUDIO_SAMPLE_RATE // 32: whole at 32 kHz, as the layout needs
const AUDIO_CHUNK_FRAMES = 32
const AUDIO_CHUNK_MS = AUDIO_CHUNK_FRAMES * AUDIO_FRAME_MS
// Zoom ends a meeting after 30 hours; it also keeps 32-bit durations and chunk offsets far from overflowing.
const MAX_DURATION_MS = 30 * 3600_000
const MOVIE_TIMESCALE = 1000
const VIDEO_SAMPLE_SIZE = VIDEO_SAMPLES[0].length
const AUDIO_CHUNK = Buffer.concat(Array.from({ length: AUDIO_CHUNK_FRAMES }, () => AUDIO_FRAME))
// Seconds from 1904-01-01 (ISO-BMFF's epoch) to 1970-01-01.
const EPOCH_1904 = 2_082_844_800

interface Layout {
  video: boolean
  audio: boolean
  videoFrames: number
  audioFrames: number
  audioChunks: number
  durationMs: number
  /** ftyp + moov + the mdat box header: where the media data starts. */
  dataStart: number
  size: number
}

export function mp4File(options: Mp4Options): Mp4File {
  const l = layout(options)
  let head: Buffer | undefined
  const header = () => (head ??= buildHeader(l, options.createdAt))
  const read = (start: number, endInclusive: number): Buffer => {
    if (!(Number.isInteger(start) && Number.isInteger(endInclusive) && 0 <= start && start <= endInclusive))
      throw new RangeError(`bytes ${start}-${endInclusive} are not a range`)
    if (endInclusive >= l.size) throw new RangeError(`bytes ${start}-${endInclusive} end beyond a file of ${l.size}`)
    const out = Buffer.alloc(endInclusive + 1 - start)
    if (start < l.dataStart) header().copy(out, 0, start, Math.min(l.dataStart, endInclusive + 1))
    writeMedia(l, out, start, endInclusive + 1)
    return out
  }
  return { size: l.size, durationMs: l.durationMs, bytes: () => read(0, l.size - 1), read }
}

function layout(o: Mp4Options): Layout {
  if (!(o.durationMs > 0 && o.durationMs <= MAX_DURATION_MS))
    throw new RangeError(`durationMs ${o.durationMs} is not in (0, ${MAX_DURATION_MS}]`)
  if (!o.video && !o.audio) throw new RangeError('a recording file has a video or an audio track')
  if (!Number.isFinite(o.createdAt)) throw new RangeError(`createdAt ${o.createdAt} is not a time`)
  const videoFrames = o.video ? Math.ceil(o.durationMs / VIDEO_FRAME_MS) : 0
  const audioFrames = o.audio ? Math.ceil(o.durationMs / AUDIO_FRAME_MS) : 0
  const audioChunks = Math.ceil(audioFrames / AUDIO_CHUNK_FRAMES)
  const durationMs = Math.max(videoFrames * VIDEO_FRAME_MS, audioFrames * AUDIO_FRAME_MS)
  const shape = { video: o.video, audio: o.audio, videoFrames, audioFrames, audioChunks, durationMs }
  const dataStart = ftyp(o.video).length + moovSize(shape) + 8
  return {
    ...shape,
    dataStart,
    size: dataStart + videoFrames * VIDEO_SAMPLE_SIZE + audioFrames * AUDIO_FRAME.length,
  }
}

type Shape = Omit<Layout, 'dataStart' | 'size'>

// Where each chunk starts, counted from the start of the media data: the chunks of the other track that start
// earlier (a video chunk goes before an audio chunk starting at the same time) lie before it.
function videoChunkAt(l: Shape, k: number): number {
  const audioBefore = Math.min(l.audioFrames, AUDIO_CHUNK_FRAMES * Math.ceil((k * VIDEO_FRAME_MS) / AUDIO_CHUNK_MS))
  return k * VIDEO_SAMPLE_SIZE + audioBefore * AUDIO_FRAME.length
}
function audioChunkAt(l: Shape, j: number): number {
  const videoBefore = Math.min(l.videoFrames, Math.floor((j * AUDIO_CHUNK_MS) / VIDEO_FRAME_MS) + 1)
  return videoBefore * VIDEO_SAMPLE_SIZE + j * AUDIO_CHUNK_FRAMES * AUDIO_FRAME.length
}
function audioChunkFrames(l: Shape, j: number): number {
  return Math.min(AUDIO_CHUNK_FRAMES, l.audioFrames - j * AUDIO_CHUNK_FRAMES)
}

/** The first index in [0, count) whose chunk ends after `pos`, or count. */
function firstEndingAfter(count: number, pos: number, end: (i: number) => number): number {
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (end(mid) > pos) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** Copies the media data falling in file bytes [from, to) into `out`, which holds the file from `from` on. */
function writeMedia(l: Layout, out: Buffer, from: number, to: number): void {
  const lo = Math.max(from, l.dataStart) - l.dataStart
  const hi = to - l.dataStart
  if (hi <= lo) return
  // Chunks tile the media data, so each track's chunks can be written independently of the other's.
  const put = (src: Buffer, at: number) => {
    const a = Math.max(at, lo)
    const b = Math.min(at + src.length, hi)
    if (b > a) src.copy(out, a + l.dataStart - from, a - at, b - at)
  }
  const firstVideo = firstEndingAfter(l.videoFrames, lo, (k) => videoChunkAt(l, k) + VIDEO_SAMPLE_SIZE)
  for (let k = firstVideo; k < l.videoFrames; k++) {
    const at = videoChunkAt(l, k)
    if (at >= hi) break
    put(VIDEO_SAMPLES[k % 2], at)
  }
  const audioEnd = (j: number) => audioChunkAt(l, j) + audioChunkFrames(l, j) * AUDIO_FRAME.length
  for (let j = firstEndingAfter(l.audioChunks, lo, audioEnd); j < l.audioChunks; j++) {
    const at = audioChunkAt(l, j)
    if (at >= hi) break
    put(AUDIO_CHUNK.subarray(0, audioChunkFrames(l, j) * AUDIO_FRAME.length), at)
  }
}

// Box writing.

function box(type: string, ...parts: Buffer[]): Buffer {
  const size = parts.reduce((n, p) => n + p.length, 8)
  const head = Buffer.alloc(8)
  head.writeUInt32BE(size, 0)
  head.write(type, 4, 'latin1')
  return Buffer.concat([head, ...parts], size)
}
const fullBox = (type: string, version: number, flags: number, ...parts: Buffer[]) =>
  box(type, u32((version << 24) | flags), ...parts)

function ints(width: 1 | 2 | 3 | 4, values: number[]): Buffer {
  const out = Buffer.alloc(width * values.length)
  values.forEach((v, i) => out.writeUIntBE(v, i * width, width))
  return out
}
const u8 = (...values: number[]) => ints(1, values)
const u16 = (...values: number[]) => ints(2, values)
const u32 = (...values: number[]) => ints(4, values)
const zeros = (n: number) => Buffer.alloc(n)
const ascii = (text: string) => Buffer.from(text, 'latin1')

// 16.16 fixed point identity, and 2.30 for the last element.
const MATRIX = u32(0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
const LANGUAGE_UND = 0x55c4

function ftyp(video: boolean): Buffer {
  return video
    ? box('ftyp', ascii('isom'), u32(0x200), ascii('isomiso2avc1mp41'))
    : box('ftyp', ascii('M4A '), u32(0x200), ascii('M4A isomiso2mp41'))
}

/** An MPEG-4 descriptor (ISO 14496-1), its length in the one-byte form. */
function descriptor(tag: number, ...parts: Buffer[]): Buffer {
  const length = parts.reduce((n, p) => n + p.length, 0)
  if (length > 127) throw new Error(`invariant: descriptor ${tag} of ${length} bytes needs the long length form`)
  return Buffer.concat([u8(tag, length), ...parts])
}

interface Track {
  id: number
  handler: 'vide' | 'soun'
  timescale: number
  frames: number
  frameDuration: number
  sampleSize: number
  sampleEntry: Buffer
  /** stsc rows: first chunk (1-based), samples per chunk. */
  chunking: Array<[number, number]>
  /** Null while only the size of the box is wanted. */
  offsets: number[] | null
  chunks: number
}

function tracks(l: Shape, dataStart: number | null): Track[] {
  const out: Track[] = []
  if (l.video) {
    out.push({
      id: 1,
      handler: 'vide',
      timescale: VIDEO_TIMESCALE,
      frames: l.videoFrames,
      frameDuration: (VIDEO_FRAME_MS * VIDEO_TIMESCALE) / 1000,
      sampleSize: VIDEO_SAMPLE_SIZE,
      sampleEntry: avc1(),
      chunking: [[1, 1]],
      offsets: dataStart === null ? null : chunkOffsets(l.videoFrames, (k) => dataStart + videoChunkAt(l, k)),
      chunks: l.videoFrames,
    })
  }
  if (l.audio) {
    const id = out.length + 1
    out.push({
      id,
      handler: 'soun',
      timescale: AUDIO_SAMPLE_RATE,
      frames: l.audioFrames,
      frameDuration: AUDIO_FRAME_SAMPLES,
      sampleSize: AUDIO_FRAME.length,
      sampleEntry: mp4a(id),
      chunking: audioChunking(l),
      offsets: dataStart === null ? null : chunkOffsets(l.audioChunks, (j) => dataStart + audioChunkAt(l, j)),
      chunks: l.audioChunks,
    })
  }
  return out
}

/** Full chunks, then a shorter last one if the frames do not divide evenly. */
function audioChunking(l: Shape): Array<[number, number]> {
  const last = audioChunkFrames(l, l.audioChunks - 1)
  const first = audioChunkFrames(l, 0)
  return l.audioChunks > 1 && last !== first
    ? [
        [1, first],
        [l.audioChunks, last],
      ]
    : [[1, first]]
}

function chunkOffsets(count: number, at: (i: number) => number): number[] {
  return Array.from({ length: count }, (_, i) => at(i))
}

function avc1(): Buffer {
  return box(
    'avc1',
    zeros(6),
    u16(1), // data reference index
    zeros(16),
    u16(VIDEO_WIDTH, VIDEO_HEIGHT),
    u32(0x480000, 0x480000, 0), // 72 dpi both ways
    u16(1), // frames per sample
    zeros(32), // compressor name
    u16(0x18, 0xffff), // depth, pre_defined -1
    box('avcC', AVC_CONFIG),
  )
}

function mp4a(trackId: number): Buffer {
  const bitrate = Math.ceil((AUDIO_FRAME.length * 8 * AUDIO_SAMPLE_RATE) / AUDIO_FRAME_SAMPLES)
  const decoderConfig = descriptor(
    4,
    u8(0x40, (5 << 2) | 1), // MPEG-4 audio; audio stream, reserved bit set
    ints(3, [AUDIO_FRAME.length]), // bufferSizeDB
    u32(bitrate, bitrate),
    descriptor(5, AUDIO_SPECIFIC_CONFIG),
  )
  const es = descriptor(3, u16(trackId), u8(0), decoderConfig, descriptor(6, u8(2)))
  return box(
    'mp4a',
    zeros(6),
    u16(1), // data reference index
    zeros(8),
    u16(AUDIO_CHANNELS, 16, 0, 0),
    u32(AUDIO_SAMPLE_RATE * 0x10000),
    fullBox('esds', 0, 0, es),
  )
}

function trak(t: Track, times: Buffer): Buffer {
  const media = t.frames * t.frameDuration
  const movie = (media * MOVIE_TIMESCALE) / t.timescale
  const video = t.handler === 'vide'
  const offsets = Buffer.alloc(4 * (t.offsets?.length ?? 0))
  t.offsets?.forEach((o, i) => offsets.writeUInt32BE(o, 4 * i))
  const stbl = box(
    'stbl',
    fullBox('stsd', 0, 0, u32(1), t.sampleEntry),
    fullBox('stts', 0, 0, u32(1, t.frames, t.frameDuration)),
    fullBox('stsc', 0, 0, u32(t.chunking.length), ...t.chunking.map(([first, n]) => u32(first, n, 1))),
    fullBox('stsz', 0, 0, u32(t.sampleSize, t.frames)),
    fullBox('stco', 0, 0, u32(t.chunks), offsets),
  )
  return box(
    'trak',
    fullBox(
      'tkhd',
      0,
      3, // enabled, in the movie
      times,
      u32(t.id, 0, movie),
      zeros(8),
      u16(0, 0, video ? 0 : 0x100, 0), // layer, alternate group, volume, reserved
      MATRIX,
      video ? u32(VIDEO_WIDTH * 0x10000, VIDEO_HEIGHT * 0x10000) : zeros(8),
    ),
    box(
      'mdia',
      fullBox('mdhd', 0, 0, times, u32(t.timescale, media), u16(LANGUAGE_UND, 0)),
      fullBox('hdlr', 0, 0, u32(0), ascii(t.handler), zeros(12), ascii(video ? 'VideoHandler\0' : 'SoundHandler\0')),
      box(
        'minf',
        video ? fullBox('vmhd', 0, 1, u16(0, 0, 0, 0)) : fullBox('smhd', 0, 0, u16(0, 0)),
        box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1))),
        stbl,
      ),
    ),
  )
}

function moov(l: Shape, dataStart: number | null, createdAt: number): Buffer {
  // 32-bit seconds since 1904 reach to 2040; a clock beyond that is written as the last second they hold.
  const seconds = Math.min(0xffffffff, Math.max(0, Math.floor(createdAt / 1000) + EPOCH_1904))
  const times = u32(seconds, seconds)
  const ts = tracks(l, dataStart)
  return box(
    'moov',
    fullBox(
      'mvhd',
      0,
      0,
      times,
      u32(MOVIE_TIMESCALE, l.durationMs, 0x10000), // rate 1.0
      u16(0x100, 0), // volume 1.0
      zeros(8),
      MATRIX,
      zeros(24),
      u32(ts.length + 1), // next track id
    ),
    ...ts.map((t) => trak(t, times)),
  )
}

// Every box of the moov has a fixed size but the chunk tables: the size is that of a moov without chunk offsets
// (built once per track set and number of stsc rows) plus 4 bytes per chunk.
const bareMoovSize = new Map<string, number>()
function moovSize(l: Shape): number {
  const key = `${l.video}/${l.audio ? audioChunking(l).length : 0}`
  let bare = bareMoovSize.get(key)
  if (bare === undefined) {
    bare = moov(l, null, 0).length
    bareMoovSize.set(key, bare)
  }
  return bare + 4 * (l.videoFrames + l.audioChunks)
}

function buildHeader(l: Layout, createdAt: number): Buffer {
  const mdatHead = Buffer.alloc(8)
  mdatHead.writeUInt32BE(l.size - l.dataStart + 8, 0)
  mdatHead.write('mdat', 4, 'latin1')
  const out = Buffer.concat([ftyp(l.video), moov(l, l.dataStart, createdAt), mdatHead])
  if (out.length !== l.dataStart) throw new Error(`invariant: header of ${out.length} bytes, ${l.dataStart} planned`)
  return out
}
