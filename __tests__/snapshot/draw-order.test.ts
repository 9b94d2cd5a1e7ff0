import { describe, expect, it } from '@jest/globals'
import { drawOrder } from '../../src/snapshot/draw-order.js'
import { drawnCount } from '../../src/viewer/detail.js'

describe('the draw order a moving frame takes a prefix of', () => {
  // 1 changed file, 10 in ring 1, 300 in ring 2, 3,000 in ring 3, 600 not affected; downstream counts from a fixed rule.
  const rings = [
    0,
    ...Array<number>(10).fill(1),
    ...Array<number>(300).fill(2),
    ...Array<number>(3000).fill(3),
    ...Array<number>(600).fill(-1),
  ]
  const downstream = rings.map((_, id) => (id * 7919) % 101)
  const ids = rings.map((_, id) => id)
  const order = drawOrder(rings, downstream, ids)

  it('holds every file once', () => {
    expect([...order].sort((a, b) => a - b)).toEqual(ids)
  })

  it('starts with the changed files and ring 1', () => {
    expect(new Set(order.slice(0, 11).map((id) => rings[id]))).toEqual(new Set([0, 1]))
  })

  it('samples every ring in proportion, at any length of prefix', () => {
    for (const length of [200, 1000, 2500]) {
      const prefix = order.slice(0, length)
      for (const ring of [2, 3, -1]) {
        const share = prefix.filter((id) => rings[id] === ring).length / rings.filter((r) => r === ring).length
        expect(Math.abs(share - (length - 11) / (rings.length - 11))).toBeLessThan(0.01)
      }
    }
  })

  it('takes the files with the most downstream of each ring first', () => {
    const ring3 = order.filter((id) => rings[id] === 3).map((id) => downstream[id]!)
    expect(ring3).toEqual([...ring3].sort((a, b) => b - a))
  })

  it('is the same for the same graph, whatever order the files come in', () => {
    expect(drawOrder(rings, downstream, [...ids].reverse())).toEqual(order)
  })

  it('draws the budget while moving and everything at rest', () => {
    expect(drawnCount(20_000, 5000, true)).toBe(5000)
    expect(drawnCount(3000, 5000, true)).toBe(3000)
    expect(drawnCount(20_000, 5000, false)).toBe(20_000)
  })
})
