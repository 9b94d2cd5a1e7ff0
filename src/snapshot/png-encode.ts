import { constants, deflateSync } from 'node:zlib'

/**
 * Encodes opaque RGBA pixels as an RGB PNG, each channel rounded to a multiple of LEVEL_STEP. The
 * card is a few flat colours and many small blended discs: dropping the (constant) alpha channel and
 * the least visible bits of colour halves the file, which keeps the 2x card under 500 KB at Django
 * size. Every row goes through the Sub filter (each byte less the one a pixel to its left): on these
 * cards, runs of one colour on a flat background, it gives smaller files than choosing a filter per
 * row by the smallest sum of magnitudes, the PNG spec's advice (Django's 2x card 292 KB against 327 KB),
 * for a fraction of the work. Pure: the same pixels give the same bytes.
 */
const LEVEL_STEP = 8
const LEVELS = Uint8Array.from({ length: 256 }, (_, v) => Math.min(255, Math.round(v / LEVEL_STEP) * LEVEL_STEP))
const SUB_FILTER = 1

export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const stride = width * 3
  const rows = Buffer.alloc((stride + 1) * height)
  for (let y = 0; y < height; y++) {
    let to = y * (stride + 1)
    rows[to++] = SUB_FILTER
    // Plain statements, no destructuring: this loop runs for every pixel, much of it before it is optimized.
    let leftRed = 0
    let leftGreen = 0
    let leftBlue = 0
    for (let from = 4 * y * width, end = from + 4 * width; from < end; from += 4, to += 3) {
      const red = LEVELS[rgba[from]!]!
      const green = LEVELS[rgba[from + 1]!]!
      const blue = LEVELS[rgba[from + 2]!]!
      rows[to] = (red - leftRed) & 0xff
      rows[to + 1] = (green - leftGreen) & 0xff
      rows[to + 2] = (blue - leftBlue) & 0xff
      leftRed = red
      leftGreen = green
      leftBlue = blue
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits per channel, RGB, deflate, adaptive filters, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  // Level 6 with the strategy made for filtered rows: within 1.5 % of level 9's size on these cards for a seventh of the time.
  const data = deflateSync(rows, { level: 6, strategy: constants.Z_FILTERED, memLevel: 9 })
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))])
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

let table: Uint32Array | undefined

function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  let crc = 0xffffffff
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
