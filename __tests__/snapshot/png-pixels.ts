import { inflateSync } from 'node:zlib'

export interface Pixels {
  readonly width: number
  readonly height: number
  /** RGBA, row by row. */
  readonly data: Uint8Array
}

/** Decodes an 8-bit RGBA or RGB non-interlaced PNG (what resvg and chromium write) to RGBA, so tests can look at the picture itself. */
export function decodePng(png: Uint8Array): Pixels {
  const view = Buffer.from(png)
  if (view.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG')
  let offset = 8
  let width = 0
  let height = 0
  let channels = 4
  const idat: Buffer[] = []
  while (offset < view.length) {
    const length = view.readUInt32BE(offset)
    const type = view.toString('latin1', offset + 4, offset + 8)
    const body = view.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      if (body[8] !== 8 || (body[9] !== 6 && body[9] !== 2) || body[12] !== 0)
        throw new Error('only 8-bit RGBA or RGB non-interlaced PNGs are decoded here')
      channels = body[9] === 6 ? 4 : 3
    }
    if (type === 'IDAT') idat.push(body)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const bytes = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? bytes[y * stride + x - channels]! : 0
      const up = y ? bytes[(y - 1) * stride + x]! : 0
      const upLeft = x >= channels && y ? bytes[(y - 1) * stride + x - channels]! : 0
      bytes[y * stride + x] = (line[x]! + predict(filter, left, up, upLeft)) & 0xff
    }
  }
  if (channels === 4) return { width, height, data: bytes }
  const data = new Uint8Array(width * height * 4).fill(255)
  for (let i = 0; i < width * height; i++) data.set(bytes.subarray(3 * i, 3 * i + 3), 4 * i)
  return { width, height, data }
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0
    case 1:
      return left
    case 2:
      return up
    case 3:
      return (left + up) >> 1
    case 4:
      return paeth(left, up, upLeft)
    default:
      throw new Error(`bad PNG filter ${filter}`)
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)]
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** Share of pixels that differ clearly from the given background colour. */
export function paintedShare(pixels: Pixels, background: readonly [number, number, number], threshold = 40): number {
  let painted = 0
  const { data } = pixels
  for (let i = 0; i < data.length; i += 4) {
    const d = Math.abs(data[i]! - background[0]) + Math.abs(data[i + 1]! - background[1]) + Math.abs(data[i + 2]! - background[2])
    if (d > threshold) painted++
  }
  return painted / (pixels.width * pixels.height)
}
