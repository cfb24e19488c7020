// The site's icon: a blue disc with a white camera. Browsers ask for /favicon.ico on every page they open, so it
// is answered (an ICO holding a PNG drawn here) rather than left to a 404 in each page's console; the pages link
// the SVG.
import { crc32, deflateSync } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { FAVICON_SVG_PATH } from '../docs/site/frame.js'

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#0b5cff"/><rect x="7" y="11" width="13" height="10" rx="2" fill="#fff"/><path d="M21 14.5l5-3v9l-5-3z" fill="#fff"/></svg>`

const SIZE = 32
const BLUE = [0x0b, 0x5c, 0xff]

/** The same drawing as the SVG, pixel by pixel: inside the disc, white where the camera is, blue elsewhere. */
function pixel(x: number, y: number): [number, number, number, number] {
  const cx = x + 0.5 - SIZE / 2
  const cy = y + 0.5 - SIZE / 2
  if (cx * cx + cy * cy > (SIZE / 2) ** 2) return [0, 0, 0, 0]
  const body = x >= 7 && x < 20 && y >= 11 && y < 21
  const lens = x >= 21 && x < 26 && Math.abs(y + 0.5 - 16) <= 1.5 + ((x - 21) * 3) / 5
  return body || lens ? [255, 255, 255, 255] : [BLUE[0], BLUE[1], BLUE[2], 255]
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

function png(): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0)
  ihdr.writeUInt32BE(SIZE, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8 bits per channel, RGBA, no interlace
  const rows: number[] = []
  for (let y = 0; y < SIZE; y++) {
    rows.push(0) // each row unfiltered
    for (let x = 0; x < SIZE; x++) rows.push(...pixel(x, y))
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** An ICO file with one 32×32 image stored as PNG, which every current browser reads. */
function ico(): Buffer {
  const image = png()
  const header = Buffer.alloc(22)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // an icon
  header.writeUInt16LE(1, 4) // one image
  header.set([SIZE, SIZE, 0, 0], 6)
  header.writeUInt16LE(1, 10) // colour planes
  header.writeUInt16LE(32, 12) // bits per pixel
  header.writeUInt32LE(image.length, 14)
  header.writeUInt32LE(header.length, 18)
  return Buffer.concat([header, image])
}

let icon: Buffer | undefined

export function registerFavicon(app: FastifyInstance): void {
  const cached = 'public, max-age=86400'
  app.get('/favicon.ico', async (_request, reply) =>
    reply
      .type('image/x-icon')
      .header('cache-control', cached)
      .send((icon ??= ico())),
  )
  app.get(FAVICON_SVG_PATH, async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', cached).send(SVG),
  )
}
