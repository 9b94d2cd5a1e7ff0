import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { areaWords, reportFacts } from '../../src/report/report-facts.js'
import { describe, expect, test } from '@jest/globals'
import { renderComment } from '../../src/report/comment.js'
import { mdCode, mdText, mdUrl, mermaidLabel, visible } from '../../src/format/escape.js'
import { areasOf } from '../../src/impact/areas.js'
import { mermaidDiagram, MERMAID_LIMITS } from '../../src/report/mermaid.js'
import { renderText } from '../../src/report/text-report.js'
import { styleFor } from '../../src/format/style.js'
import { graphOf, HOSTILE, HOSTILE_NAMES, hostileGraph, hugeRadius, inputOf, smallShop } from '../fixtures/report/graphs.js'
import type { AffectedFile } from '../../src/impact/blast-radius.js'

/** Each file's area as the report names it, for the diagram. */
function areaNames(affected: readonly AffectedFile[]): (path: string) => string {
  const { areaOf, split } = areasOf(affected.map((f) => f.path))
  return (path) => areaWords({ splitAreas: split }, areaOf(path))
}

const PARSER = fileURLToPath(new URL('../fixtures/report/mermaid-parse.mjs', import.meta.url))

/** mermaid's own parser on each text, in a Node process of its own: null where it parsed, else the error. */
function mermaidParse(texts: string[]): (string | null)[] {
  return JSON.parse(execFileSync(process.execPath, [PARSER], { input: JSON.stringify(texts), encoding: 'utf8' }))
}

function mermaidBlock(body: string): string {
  const start = body.indexOf('```mermaid\n')
  return body.slice(start + '```mermaid\n'.length, body.indexOf('\n```', start))
}

/** Cells of a markdown table row, split as GFM splits them: on pipes not escaped by a backslash. */
function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
}

describe('escaping for each context', () => {
  test('a code span for usual names; <code> with entities when the name would break out', () => {
    expect(mdCode('shop/cart.py')).toBe('`shop/cart.py`')
    const code = mdCode(HOSTILE)
    expect(code).toMatch(/^<code>[^<>`|]*<\/code>$/)
    expect(code).toContain('&#96;') // the backtick
    expect(code).toContain('&#124;') // the pipe
    expect(code).toContain('&#60;img') // no tag
  })

  test('invisible and direction-changing characters are spelled out', () => {
    expect(visible('a\nb\u202ec\u0007')).toBe('a\\nb\\u{202e}c\\u{7}')
    expect(mdCode('evil/line\nbreak.py')).toBe('`evil/line\\nbreak.py`')
  })

  test('every Bidi_Control and every other format character (Unicode Cf) is spelled out: nothing reorders or hides text', () => {
    // The Bidi_Control characters (UAX #9): the Arabic letter mark, the marks, embeddings, overrides and isolates.
    const bidi = [0x61c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]
    // Other invisible format characters: soft hyphen, Mongolian vowel separator, deprecated format controls, interlinear
    // annotation, tag characters (invisible text riding on a name).
    const hidden = [0xad, 0x180e, 0x206a, 0x206f, 0xfff9, 0xfffb, 0xe0001, 0xe0041, 0xe007f]
    for (const code of [...bidi, ...hidden]) {
      expect(visible(`a${String.fromCodePoint(code)}b`)).toBe(`a\\u{${code.toString(16)}}b`)
    }
    // Marks that draw on the letter before them stay: an accent, an emoji's variation selector.
    expect(visible('e\u0301 \u2764\ufe0f')).toBe('e\u0301 \u2764\ufe0f')
  })

  test('free text cannot become markup or a link', () => {
    expect(mdText('larger than 2 MB <script>[x](y)')).toBe('larger than 2 MB &#60;script&#62;&#91;x&#93;(y)')
  })

  test('a URL cannot end its link early', () => {
    expect(mdUrl('https://e.org/a b)(c')).toBe('https://e.org/a%20b%29%28c')
  })

  test('a mermaid label holds only letters, digits, space, ./_- and #code; entities', () => {
    for (const name of HOSTILE_NAMES) expect(mermaidLabel(name)).toMatch(/^([A-Za-z0-9 ./_-]|#\d+;)*$/)
  })
})

describe('hostile file names in the report', () => {
  const input = inputOf(hostileGraph(), [
    { path: 'evil/target.py', status: 'modified' },
    { path: HOSTILE, status: 'added' },
  ])
  const body = renderComment(reportFacts(input))

  test('inject no HTML: no raw tag from a name reaches the body', () => {
    expect(body).not.toMatch(/<img/i)
    expect(body).not.toMatch(/<script/i)
    expect(body).not.toMatch(/<b>/)
    expect(body).not.toContain('\u202e')
  })

  test('break no table: every row has as many cells as its header', () => {
    const lines = body.split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.startsWith('|') || !lines[i + 1]?.startsWith('|---')) continue
      const width = cells(lines[i]!).length
      for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) expect(cells(lines[j]!)).toHaveLength(width)
    }
    expect(body).toContain('[<code>evil/a&#96;&#124;b&#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;.py</code>](')
    expect(body).toContain('/evil/a%60%7Cb%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.py) | added |')
  })

  test('break no code block and open no HTML comment: one mermaid fence pair, one comment (the marker)', () => {
    expect(body.match(/^```/gm)).toHaveLength(2)
    expect(body.split('\n')[0]).toBe('<!-- blast-radius:. -->')
    expect(body.match(/<!--/g)).toHaveLength(1)
    expect(body.split('\n')[2]).toMatch(/^\[blast-radius-figures\]: # \(\{[^()]*\}\)$/)
  })

  test('the diagram with hostile names still parses with mermaid', () => {
    expect(mermaidParse([mermaidBlock(body)])).toEqual([null])
  })

  test('text output spells out control characters, so a name cannot drive the terminal', () => {
    const graph = hostileGraph()
    const text = renderText(reportFacts(inputOf(graph, [{ path: 'evil/target.py', status: 'modified' }])), styleFor({ isTTY: false }, {}))
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/)
  })
})

describe('the mermaid diagram', () => {
  test('parses with mermaid, for a small, a hostile and a 10,000-file radius', () => {
    const bodies = [
      renderComment(reportFacts(inputOf(smallShop(), [{ path: 'shop/models/product.py', status: 'modified' }]))),
      renderComment(reportFacts(inputOf(hostileGraph(), [{ path: 'evil/target.py', status: 'modified' }]))),
      renderComment(reportFacts(inputOf(hugeRadius(), [{ path: 'core/hub.py', status: 'modified' }]))),
    ]
    expect(mermaidParse(bodies.map(mermaidBlock))).toEqual([null, null, null])
  })

  test('the parser does reject a broken diagram (the check can fail)', () => {
    expect(mermaidParse(['flowchart LR\n  n0["a"b"] --> n1'])[0]).toMatch(/Parse error/)
  })

  test('stays within 100 nodes, 200 edges and 20,000 characters, folding ring 2 by folder', () => {
    const graph = hugeRadius()
    const analysis = inputOf(graph, [{ path: 'core/hub.py', status: 'modified' }]).analysis
    const affected = analysis.impact.affected.files
    const drawn = mermaidDiagram(graph, analysis.inGraph, affected, areaNames(affected))!
    expect(drawn.nodes).toBeLessThan(MERMAID_LIMITS.nodes)
    expect(drawn.edges).toBeLessThan(MERMAID_LIMITS.edges)
    expect(drawn.block.length).toBeLessThan(MERMAID_LIMITS.chars)
    // 100 packages in ring 1 are too many to draw one by one or by folder: the largest are kept
    expect(drawn.block).toContain('#8230;61 more files in 61 more groups"]:::ring1')
    expect(drawn.block).toMatch(/pkg000\/ #183; 99 files"\]:::ring2/)
  })

  test('300 changed files with long names: still within the limits, and it parses', () => {
    const files = Array.from({ length: 300 }, (_, i) => `m${String(i).padStart(3, '0')}/x${'y'.repeat(60)}.py`)
    const importers = files.map((f) => f.replace('.py', '_user.py'))
    const graph = graphOf(
      [...files, ...importers],
      importers.map((p, i): [string, string] => [p, files[i]!]),
    )
    const input = inputOf(
      graph,
      files.map((path) => ({ path, status: 'modified' as const })),
    )
    const affected = input.analysis.impact.affected.files
    const drawn = mermaidDiagram(input.analysis.graph, input.analysis.inGraph, affected, areaNames(affected))!
    expect(drawn.nodes).toBeLessThan(MERMAID_LIMITS.nodes)
    expect(drawn.edges).toBeLessThan(MERMAID_LIMITS.edges)
    expect(drawn.block.length).toBeLessThan(MERMAID_LIMITS.chars)
    expect(mermaidParse([drawn.block.slice('```mermaid\n'.length, -'\n```'.length)])).toEqual([null])
  })
})
