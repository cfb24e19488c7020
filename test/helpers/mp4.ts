// Reads an ISO-BMFF file (MP4, M4A) as far as the recording tests need: the brands, the movie header, and per track
// its handler, timing, samples and chunks. Throws on a box that overruns its parent, a missing box, or a chunk that
// does not lie inside the mdat.

export interface Mp4Track {
  id: number
  handler: string
  /** tkhd width and height (16.16 fixed point, whole part). */
  width: number
  height: number
  /** tkhd duration, in the movie's timescale. */
  movieDuration: number
  timescale: number
  duration: number
  sampleCount: number
  /** stsz's constant sample size; 0 when the sizes are listed per sample. */
  sampleSize: number
  /** stts rows: sample count, sample delta. */
  timeToSample: Array<[number, number]>
  /** stsd's first sample entry type (avc1, mp4a…). */
  codec: string
  /** Sync samples from stss; null when every sample is one (no stss). */
  syncSamples: number | null
  chunks: Array<{ offset: number; samples: number; bytes: number }>
}

export interface Mp4Info {
  majorBrand: string
  minorVersion: number
  compatibleBrands: string[]
  /** The top-level boxes in file order. */
  topLevel: string[]
  timescale: number
  duration: number
  creationTime: number
  modificationTime: number
  /** The mdat's payload, as file offsets [start, end). */
  mdat: { start: number; end: number }
  tracks: Mp4Track[]
}

interface Box {
  type: string
  /** Payload range in the file. */
  start: number
  end: number
}

function children(buf: Buffer, start: number, end: number): Box[] {
  const out: Box[] = []
  let at = start
  while (at < end) {
    if (end - at < 8) throw new Error(`${end - at} stray bytes at ${at}`)
    let size = buf.readUInt32BE(at)
    const type = buf.toString('latin1', at + 4, at + 8)
    let head = 8
    if (size === 1) {
      size = Number(buf.readBigUInt64BE(at + 8))
      head = 16
    } else if (size === 0) size = end - at
    if (size < head || at + size > end) throw new Error(`box ${type} at ${at} (${size} bytes) overruns ${end}`)
    out.push({ type, start: at + head, end: at + size })
    at += size
  }
  return out
}

function child(buf: Buffer, parent: Box, type: string): Box {
  const found = children(buf, parent.start, parent.end).find((b) => b.type === type)
  if (!found) throw new Error(`no ${type} in ${parent.type}`)
  return found
}

/** Follows a path of box types from `parent`, e.g. `mdia/minf/stbl`. */
function path(buf: Buffer, parent: Box, types: string): Box {
  return types.split('/').reduce((b, t) => child(buf, b, t), parent)
}

/**
 * The fields mvhd, tkhd and mdhd open with: creation and modification times, then a 32-bit field (the timescale,
 * or tkhd's track id and a reserved word), then the duration; the times and duration are 64-bit in version 1.
 */
function header(buf: Buffer, box: Box, middle: 1 | 2) {
  const wide = buf[box.start] === 1
  const w = wide ? 8 : 4
  const read = (at: number) => (wide ? Number(buf.readBigUInt64BE(at)) : buf.readUInt32BE(at))
  const at = box.start + 4
  return {
    creation: read(at),
    modification: read(at + w),
    middle: buf.readUInt32BE(at + 2 * w),
    duration: read(at + 2 * w + 4 * middle),
  }
}

function u32s(buf: Buffer, from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => buf.readUInt32BE(from + 4 * i))
}

function track(buf: Buffer, trak: Box, mdat: { start: number; end: number }): Mp4Track {
  const tkhd = child(buf, trak, 'tkhd')
  const { middle: id, duration: movieDuration } = header(buf, tkhd, 2)
  const mdhd = header(buf, path(buf, trak, 'mdia/mdhd'), 1)
  const hdlr = path(buf, trak, 'mdia/hdlr')
  const stbl = path(buf, trak, 'mdia/minf/stbl')
  const stsd = child(buf, stbl, 'stsd')
  const stts = child(buf, stbl, 'stts')
  const stsz = child(buf, stbl, 'stsz')
  const stsc = child(buf, stbl, 'stsc')
  const boxes = children(buf, stbl.start, stbl.end)
  const stss = boxes.find((b) => b.type === 'stss')
  const co64 = boxes.find((b) => b.type === 'co64')
  const stco = co64 ?? child(buf, stbl, 'stco')

  const sampleSize = buf.readUInt32BE(stsz.start + 4)
  const sampleCount = buf.readUInt32BE(stsz.start + 8)
  const sizes = sampleSize ? [] : u32s(buf, stsz.start + 12, sampleCount)
  const offsetCount = buf.readUInt32BE(stco.start + 4)
  const offsets = Array.from({ length: offsetCount }, (_, i) =>
    co64 ? Number(buf.readBigUInt64BE(stco.start + 8 + 8 * i)) : buf.readUInt32BE(stco.start + 8 + 4 * i),
  )
  const rows = u32s(buf, stsc.start + 8, 3 * buf.readUInt32BE(stsc.start + 4))
  const chunks: Mp4Track['chunks'] = []
  let sample = 0
  offsets.forEach((offset, i) => {
    // The last stsc row whose first chunk (1-based) is at or before this one.
    let samples = 0
    for (let r = 0; r < rows.length; r += 3) if ((rows[r] ?? 0) <= i + 1) samples = rows[r + 1] ?? 0
    let bytes = 0
    for (let s = 0; s < samples; s++) bytes += sampleSize || (sizes[sample + s] ?? 0)
    sample += samples
    if (offset < mdat.start || offset + bytes > mdat.end)
      throw new Error(`track ${id} chunk ${i + 1} (${offset}+${bytes}) is outside the mdat ${mdat.start}-${mdat.end}`)
    chunks.push({ offset, samples, bytes })
  })
  if (sample !== sampleCount) throw new Error(`track ${id}: chunks hold ${sample} samples, stsz counts ${sampleCount}`)

  return {
    id,
    handler: buf.toString('latin1', hdlr.start + 8, hdlr.start + 12),
    width: buf.readUInt32BE(tkhd.end - 8) >>> 16,
    height: buf.readUInt32BE(tkhd.end - 4) >>> 16,
    movieDuration,
    timescale: mdhd.middle,
    duration: mdhd.duration,
    sampleCount,
    sampleSize,
    timeToSample: Array.from({ length: buf.readUInt32BE(stts.start + 4) }, (_, i) => {
      const [count = 0, delta = 0] = u32s(buf, stts.start + 8 + 8 * i, 2)
      return [count, delta]
    }),
    codec: buf.toString('latin1', stsd.start + 12, stsd.start + 16),
    syncSamples: stss ? buf.readUInt32BE(stss.start + 4) : null,
    chunks,
  }
}

export function parseMp4(buf: Buffer): Mp4Info {
  const top = children(buf, 0, buf.length)
  const find = (type: string) => {
    const found = top.find((b) => b.type === type)
    if (!found) throw new Error(`no top-level ${type}`)
    return found
  }
  const ftyp = find('ftyp')
  const moov = find('moov')
  const mdat = find('mdat')
  const brands: string[] = []
  for (let at = ftyp.start + 8; at + 4 <= ftyp.end; at += 4) brands.push(buf.toString('latin1', at, at + 4))
  const mvhd = header(buf, child(buf, moov, 'mvhd'), 1)
  const range = { start: mdat.start, end: mdat.end }
  return {
    majorBrand: buf.toString('latin1', ftyp.start, ftyp.start + 4),
    minorVersion: buf.readUInt32BE(ftyp.start + 4),
    compatibleBrands: brands,
    topLevel: top.map((b) => b.type),
    creationTime: mvhd.creation,
    modificationTime: mvhd.modification,
    timescale: mvhd.middle,
    duration: mvhd.duration,
    mdat: range,
    tracks: children(buf, moov.start, moov.end)
      .filter((b) => b.type === 'trak')
      .map((t) => track(buf, t, range)),
  }
}
