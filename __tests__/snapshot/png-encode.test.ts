import { describe, expect, it } from '@jest/globals'
import { assemblePng, encodeRows } from '../../src/snapshot/png-encode.js'
import { decodePng } from './png-pixels.js'

/** Opaque RGBA pixels, runs of colour and noise from a fixed rule: something for deflate to find and to miss. */
function picture(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) {
    const run = Math.floor(i / 7)
    rgba.set([(run * 37) % 256, (i * 11) % 256, (run * run) % 256, 255], 4 * i)
  }
  return rgba
}

/** The rows from `top` to `bottom` of a picture `width` pixels wide. */
const strip = (rgba: Uint8Array, width: number, top: number, bottom: number) => ({
  width,
  height: bottom - top,
  rgba: rgba.subarray(4 * width * top, 4 * width * bottom),
})

describe('a PNG encoded in parts', () => {
  it('decodes to the same pixels as the picture encoded whole: rows, checksum and all', () => {
    const [width, height] = [33, 10]
    const rgba = picture(width, height)
    const whole = decodePng(assemblePng([encodeRows({ width, height, rgba })]))
    // Strips of 1, 5 and 4 rows, encoded apart (each could be in a process of its own) and joined.
    const parts = [
      [0, 1],
      [1, 6],
      [6, 10],
    ].map(([top, bottom]) => encodeRows(strip(rgba, width, top!, bottom!)))
    const joined = decodePng(assemblePng(parts))
    expect([joined.width, joined.height]).toEqual([width, height])
    expect(Buffer.from(joined.data).equals(Buffer.from(whole.data))).toBe(true)
    // Each channel rounded to a multiple of 8, alpha dropped (and read back as opaque).
    const rounded = rgba.map((v, i) => (i % 4 === 3 ? 255 : Math.min(255, Math.round(v / 8) * 8)))
    expect(Buffer.from(whole.data).equals(Buffer.from(rounded))).toBe(true)
  })

  it('refuses parts of different widths', () => {
    const a = encodeRows({ width: 2, height: 1, rgba: new Uint8Array(8) })
    const b = encodeRows({ width: 3, height: 1, rgba: new Uint8Array(12) })
    expect(() => assemblePng([a, b])).toThrow(/widths/)
  })
})
