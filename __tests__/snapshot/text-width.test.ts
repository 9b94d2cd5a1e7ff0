import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { BOLD, REGULAR } from '../../src/snapshot/font-metrics.js'
import { fitWidth, textWidth, type Weight } from '../../src/snapshot/text-width.js'
import { escapeXml, svgText } from '../../src/snapshot/xml-escape.js'
import { textBoxes } from './text-boxes.js'

const SIZE = 100

/**
 * How far resvg moves `text` (at SIZE) when it is anchored at its end instead of its start: its advance, the width the
 * card measures, as the renderer that paints the card lays it out (shaping, kerning and ligatures its own).
 */
async function resvgAdvance(text: string, weight: Weight): Promise<number> {
  const at = (anchor: string) =>
    `<text x="0" y="50" font-size="${SIZE}" font-weight="${weight}" text-anchor="${anchor}">${escapeXml(text)}</text>`
  const boxes = await textBoxes(at('start') + at('end'))
  if (boxes.length !== 2) throw new Error(`no ink in ${JSON.stringify(text)}`)
  return boxes[0]!.left - boxes[1]!.left
}

/** The characters a font has (font-metrics.ts, from its cmap). */
const charactersOf = (metrics: { advances: readonly number[] }) =>
  metrics.advances.filter((_, i) => i % 2 === 0).map((codePoint) => String.fromCodePoint(codePoint))

const WEIGHTS: [Weight, typeof REGULAR][] = [
  ['normal', REGULAR],
  ['bold', BOLD],
]

describe('text width on the card', () => {
  it('has the metrics the font files give (font-metrics.ts is generated from them)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/font-metrics.mjs', '--check'], { stdio: 'pipe' })).not.toThrow()
  })

  it("gives every character of both fonts resvg's advance for it", async () => {
    const misfits: string[] = []
    for (const [weight, metrics] of WEIGHTS) {
      // A character without ink (a space) has no box to find: the strings below measure those.
      for (const c of charactersOf(metrics).filter((c) => !/[\s\u00ad]/u.test(c))) {
        const [ours, resvg] = [textWidth(c, SIZE, weight), await resvgAdvance(c, weight)]
        if (Math.abs(ours - resvg) > 0.01) misfits.push(`${weight} ${c}: ${ours} against ${resvg}`)
      }
    }
    expect(misfits).toEqual([])
  })

  it('is never short of what resvg draws: ligatures, kerning, spaces, accents apart, characters hidden or missing', async () => {
    let state = 7
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
    // What changes widths comes up often among these (ligatures, pairs kerned both ways, runs of spaces, an accent apart
    // from its letter, characters the shaper hides, characters the fonts lack, one written right to left, one whose
    // script turns the fonts' kerning off); the rest of the fonts' characters now and then.
    const shaped = ['f', 'f', 'i', 'l', 'A', 'V', 'T', 'o', '-', 'J', 'W', 'a', 'e', '.', ',', ' ', ' ', 'y', 'P', 'L', "'"]
    const odd = ['\u0301', '\u00ad', '\u034f', '\ufe0f', '\u{e0041}', '中', '😀', 'א', 'µ']
    const misfits: string[] = []
    let [measured, widest] = [0, 0]
    for (const [weight, metrics] of WEIGHTS) {
      const all = charactersOf(metrics)
      for (let n = 0; n < 300; n++) {
        const text = Array.from({ length: 1 + Math.floor(random() * 24) }, () => {
          const draw = random()
          return pick(draw < 0.6 ? shaped : draw < 0.75 ? odd : all)
        }).join('')
        // Some ink, for resvgAdvance to find.
        if (!/[^\s\u00ad\u034f\ufe0f\u{e0041}\u0301中😀א]/u.test(text)) continue
        // Measured as the card shows it (svgText: invisible characters spelled out), which resvg is given.
        const [ours, resvg] = [textWidth(svgText(text), SIZE, weight), await resvgAdvance(text, weight)]
        // A hundredth of a pixel at 100 px: what rounding in the renderer leaves.
        if (ours < resvg - 0.05) misfits.push(`${weight} ${JSON.stringify(text)}: ${ours} against ${resvg}`)
        widest = Math.max(widest, (ours - resvg) / resvg)
        measured++
      }
    }
    expect(misfits).toEqual([])
    expect(measured).toBeGreaterThan(500)
    console.log(`random strings: measured at most ${(100 * widest).toFixed(1)} % wider than resvg draws them`)
  })

  it("is within 1 % of resvg's width for the card's ordinary text, and exact for the legend's counts", async () => {
    const ordinary = [
      ['bold', 'Blast radius of django/db/models/fields/related_descriptors.py'],
      ['bold', 'Blast radius of 3 changed files'],
      ['bold', 'src/components/AppLayout/NavigationBar.tsx'],
      ['bold', 'packages/jest-config/src/normalize.ts'],
      ['normal', '2,281 of 2,760 files affected · 12 rings · 1,840 at import time'],
      ['normal', 'django/contrib (rest) · 1,024'],
      ['normal', 'not affected'],
      ['normal', '1,000,000,000'],
      ['normal', 'distance from the centre = import steps from the change · one wedge per area · blast-radius'],
    ] as const
    for (const [weight, text] of ordinary) {
      const [ours, resvg] = [textWidth(text, SIZE, weight), await resvgAdvance(text, weight)]
      expect({ text, ours: Math.round(ours), within: ours >= resvg - 0.05 && ours <= 1.01 * resvg }).toEqual({
        text,
        ours: Math.round(ours),
        within: true,
      })
    }
    // The legend's counts: digits and commas, which nothing kerns.
    expect(textWidth('1,234,567,890', SIZE)).toBeCloseTo(await resvgAdvance('1,234,567,890', 'normal'), 1)
  })

  it('cuts text in the middle to a width, and leaves text that fits as it is', () => {
    expect(fitWidth('django/db/models/base.py', 400, 13, 'bold')).toBe('django/db/models/base.py')
    const wide = 'W'.repeat(40)
    const cut = fitWidth(wide, 200, 13, 'bold')
    expect(textWidth(cut, 13, 'bold')).toBeLessThanOrEqual(200)
    expect(textWidth(`W${cut}`, 13, 'bold')).toBeGreaterThan(200)
    expect(cut).toMatch(/^W+…W+$/u)
    const [head, tail] = cut.split('…')
    expect(head!.length - tail!.length).toBe(1)
    // The same width holds more narrow letters than wide ones.
    expect(fitWidth('i'.repeat(400), 200, 13, 'bold').length).toBeGreaterThan(2.5 * cut.length)
    // By code point, never half a surrogate pair; invisible characters spelled out first, as the card shows them.
    expect(fitWidth('😀'.repeat(30), 100, 13)).toMatch(/^(😀)+…(😀)+$/u)
    expect(fitWidth('a\u202eb', 400, 13)).toBe('a\\u{202e}b')
  })
})
