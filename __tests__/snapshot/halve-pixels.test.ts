import { describe, expect, it } from '@jest/globals'
import { halvePixels } from '../../src/snapshot/halve-pixels.js'

describe('halvePixels', () => {
  it('gives each pixel the rounded mean of its 2 × 2 block, channel by channel', () => {
    // 4 × 2 pixels: two blocks side by side.
    const rgba = Uint8Array.from([
      ...[0, 10, 255, 255],
      ...[1, 20, 255, 255],
      ...[100, 0, 0, 255],
      ...[100, 0, 0, 255],
      ...[2, 30, 255, 255],
      ...[2, 40, 254, 255],
      ...[100, 0, 0, 255],
      ...[101, 1, 3, 255],
    ])
    const half = halvePixels({ width: 4, height: 2, rgba })
    expect([half.width, half.height]).toEqual([2, 1])
    // (0+1+2+2)/4 = 1.25 → 1, (10+20+30+40)/4 = 25, (255·3+254)/4 = 254.75 → 255; (100·3+101)/4 = 100.25 → 100, 1/4 → 0, 3/4 → 1.
    expect([...half.rgba]).toEqual([1, 25, 255, 255, 100, 0, 1, 255])
  })

  it('refuses an odd size, which has no 2 × 2 blocks to halve', () => {
    expect(() => halvePixels({ width: 3, height: 2, rgba: new Uint8Array(24) })).toThrow(/3 × 2/)
  })
})
