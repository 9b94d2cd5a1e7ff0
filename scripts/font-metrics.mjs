// Writes src/snapshot/font-metrics.ts: what the still's fonts (src/snapshot/fonts/) say about how wide text comes out,
// so that the card can shorten text by its width. Read from the font files themselves: each character's glyph and its
// advance, and what the features resvg's shaper applies by default do to widths: the ligatures of 'liga' and the
// kerning of 'kern' (the fonts have no other such feature).
// `node scripts/font-metrics.mjs` writes the file; `--check` fails if it differs from what the fonts give.
import { readFileSync, writeFileSync } from 'node:fs'
import * as prettier from 'prettier'

const FONTS = { REGULAR: 'src/snapshot/fonts/DejaVuSans-subset.ttf', BOLD: 'src/snapshot/fonts/DejaVuSans-Bold-subset.ttf' }
const OUT = 'src/snapshot/font-metrics.ts'

/** The metrics of one TrueType file: a font this reader does not fully understand is refused, not half read. */
function metricsOf(file) {
  const bytes = readFileSync(file)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
  const u16 = (at) => view.getUint16(at)
  const tables = new Map()
  for (let i = 0; i < u16(4); i++) tables.set(bytes.toString('latin1', 12 + 16 * i, 16 + 16 * i), view.getUint32(20 + 16 * i))
  const fail = (why) => {
    throw new Error(`${file}: ${why}`)
  }
  const table = (tag) => tables.get(tag) ?? fail(`no ${tag} table`)

  const glyphCount = u16(table('maxp') + 4)
  const longMetrics = u16(table('hhea') + 34)
  const advances = Array.from({ length: glyphCount }, (_, glyph) => u16(table('hmtx') + 4 * Math.min(glyph, longMetrics - 1)))

  // cmap: the Windows Unicode BMP subtable (format 4), the only one a subset of DejaVu Sans has.
  const cmap = table('cmap')
  const windows = Array.from({ length: u16(cmap + 2) }, (_, i) => cmap + 4 + 8 * i).find((at) => u16(at) === 3 && u16(at + 2) === 1)
  const format4 = cmap + view.getUint32((windows ?? fail('no Windows Unicode cmap')) + 4)
  if (u16(format4) !== 4) fail(`cmap format ${u16(format4)}`)
  const segments = u16(format4 + 6) / 2
  const [ends, starts] = [format4 + 14, format4 + 16 + 2 * segments]
  const [deltas, ranges] = [starts + 2 * segments, starts + 4 * segments]
  const glyphs = []
  for (let s = 0; s < segments; s++) {
    const [start, end, delta, range] = [u16(starts + 2 * s), u16(ends + 2 * s), view.getInt16(deltas + 2 * s), u16(ranges + 2 * s)]
    for (let c = start; c <= end && c !== 0xffff; c++) {
      const indexed = range ? u16(ranges + 2 * s + range + 2 * (c - start)) : c
      const glyph = indexed && (indexed + delta) & 0xffff
      if (glyph) glyphs.push(c, glyph)
    }
  }

  /** The subtables of the lookups a feature of this tag uses, as [lookup type, subtable offset]. */
  const featureSubtables = (tag, feature) => {
    const base = table(tag)
    const features = base + u16(base + 6)
    const lookups = base + u16(base + 8)
    const indexes = new Set()
    for (let i = 0; i < u16(features); i++) {
      if (bytes.toString('latin1', features + 2 + 6 * i, features + 6 + 6 * i) !== feature) continue
      const at = features + u16(features + 6 + 6 * i)
      for (let k = 0; k < u16(at + 2); k++) indexes.add(u16(at + 4 + 2 * k))
    }
    return [...indexes].flatMap((index) => {
      const lookup = lookups + u16(lookups + 2 + 2 * index)
      if (u16(lookup + 2)) fail(`${tag} lookup ${index} has flags ${u16(lookup + 2)}`)
      return Array.from({ length: u16(lookup + 4) }, (_, k) => [u16(lookup), lookup + u16(lookup + 6 + 2 * k)])
    })
  }
  const coverage = (at) => {
    const covered = []
    if (u16(at) === 1) for (let i = 0; i < u16(at + 2); i++) covered.push(u16(at + 4 + 2 * i))
    else if (u16(at) === 2)
      for (let i = 0; i < u16(at + 2); i++)
        for (let g = u16(at + 4 + 6 * i); g <= u16(at + 6 + 6 * i); g++) covered[u16(at + 8 + 6 * i) + g - u16(at + 4 + 6 * i)] = g
    else fail(`coverage format ${u16(at)}`)
    return covered
  }
  const classes = (at) => {
    const of = new Map()
    if (u16(at) === 1) for (let i = 0; i < u16(at + 4); i++) of.set(u16(at + 2) + i, u16(at + 6 + 2 * i))
    else if (u16(at) === 2)
      for (let i = 0; i < u16(at + 2); i++) for (let g = u16(at + 4 + 6 * i); g <= u16(at + 6 + 6 * i); g++) of.set(g, u16(at + 8 + 6 * i))
    else fail(`class definition format ${u16(at)}`)
    return of
  }

  // Ligatures (GSUB type 4): each as [ligature glyph, its component glyphs...], in the order the font prefers them.
  const ligatures = []
  for (const [type, at] of featureSubtables('GSUB', 'liga')) {
    if (type !== 4 || u16(at) !== 1) fail(`liga lookup type ${type} format ${u16(at)}`)
    const firsts = coverage(at + u16(at + 2))
    for (let set = 0; set < u16(at + 4); set++) {
      const setAt = at + u16(at + 6 + 2 * set)
      for (let k = 0; k < u16(setAt); k++) {
        const ligature = setAt + u16(setAt + 2 + 2 * k)
        const rest = Array.from({ length: u16(ligature + 2) - 1 }, (_, c) => u16(ligature + 4 + 2 * c))
        ligatures.push([u16(ligature), firsts[set], ...rest])
      }
    }
  }

  // Kerning (GPOS type 2, by classes): the first glyph's class (for the glyphs it covers), the second's (0 when
  // unlisted), and the advance added between them.
  const kerns = featureSubtables('GPOS', 'kern').map(([type, at]) => {
    if (type !== 2 || u16(at) !== 2) fail(`kern lookup type ${type} format ${u16(at)}`)
    if (u16(at + 4) !== 4 || u16(at + 6) !== 0)
      fail(`kern value formats ${u16(at + 4)}, ${u16(at + 6)}: only the first glyph's advance is read`)
    const covered = new Set(coverage(at + u16(at + 2)))
    const [first, second] = [classes(at + u16(at + 8)), classes(at + u16(at + 10))]
    const secondClasses = u16(at + 14)
    return (left, right) =>
      covered.has(left) ? view.getInt16(at + 16 + 2 * ((first.get(left) ?? 0) * secondClasses + (second.get(right) ?? 0))) : 0
  })
  if (kerns.length !== 1) fail(`${kerns.length} kern subtables`)
  const [kern] = kerns

  // What the card reads: each character's advance (the missing-glyph box's for the others), and the pairs of
  // characters that kerning sets wider apart. Kerning that narrows and the ligatures are left out: the card's measure
  // is never short of what is drawn, whether the shaper applies them or not (it does for Latin text only).
  const advanceOf = new Map()
  for (let i = 0; i < glyphs.length; i += 2) advanceOf.set(glyphs[i], advances[glyphs[i + 1]])
  const widening = []
  for (let a = 0; a < glyphs.length; a += 2)
    for (let b = 0; b < glyphs.length; b += 2) {
      const value = kern(glyphs[a + 1], glyphs[b + 1])
      if (value > 0) widening.push(glyphs[a], glyphs[b], value)
    }
  // Which holds only while a ligature is no wider than its parts and nothing is kerned against it.
  for (const [ligature, ...parts] of ligatures) {
    const apart = parts.reduce((sum, part, i) => sum + advances[part] + (i ? Math.max(0, kern(parts[i - 1], part)) : 0), 0)
    if (advances[ligature] > apart) fail(`ligature glyph ${ligature} is wider than its parts`)
    for (let other = 0; other < glyphCount; other++)
      if (kern(other, ligature) || kern(ligature, other)) fail(`ligature glyph ${ligature} is kerned against glyph ${other}`)
  }
  return { unitsPerEm: u16(table('head') + 18), missing: advances[0], advances: [...advanceOf].flat(), widening }
}

async function moduleText() {
  const fonts = Object.entries(FONTS).map(
    ([name, file]) => `/** ${file.slice(file.lastIndexOf('/') + 1)} */\nexport const ${name} = ${JSON.stringify(metricsOf(file))}`,
  )
  const text = `// Generated by scripts/font-metrics.mjs from the fonts in src/snapshot/fonts/: do not edit, run it again.\n// How to read it: src/snapshot/text-width.ts.\n\n${fonts.join('\n\n')}\n`
  return prettier.format(text, { ...(await prettier.resolveConfig(OUT)), filepath: OUT })
}

const text = await moduleText()
if (!process.argv.includes('--check')) writeFileSync(OUT, text)
else if (readFileSync(OUT, 'utf8') !== text) {
  console.error(`${OUT} is not what the fonts give: run node scripts/font-metrics.mjs`)
  process.exit(1)
}
