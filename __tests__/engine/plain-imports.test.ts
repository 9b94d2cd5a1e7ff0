import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { PythonExtractor } from '../../src/languages/python/extract.js'
import { pythonParser } from '../../src/languages/python/parser.js'
import { readPlainImport } from '../../src/languages/python/plain-imports.js'
import { decodePython } from '../../src/languages/python/decode.js'
import { scanPython } from '../../src/languages/python/scan.js'
import { seededRandom } from '../helpers/seeded-random.js'

// The judge is tree-sitter itself: the full path's reading of the statement alone, as a file. The reader
// may refuse any statement (the parser reads it then); what it accepts, it must read exactly so.
let full: PythonExtractor
beforeAll(async () => {
  full = new PythonExtractor(await pythonParser(), 'full')
})

/** The reader's targets for `source` (one statement, line 1, module level), or undefined where it refuses. */
const read = (source: string) => readPlainImport(source, { start: 0, end: source.length, line: 1, context: 'import' })

/** What the parser reads in `source` alone: its imports, or 'error' where the statement is not one clean statement. */
function judged(source: string) {
  const facts = full.extractText(source + '\n')
  return facts.syntaxErrorLine === undefined ? facts.imports : 'error'
}

/** The statements the reader accepts and reads otherwise than the parser (empty when it agrees). */
function disagreements(sources: readonly string[]): { source: string; reader: unknown; parser: unknown }[] {
  const found = []
  for (const source of sources) {
    const reader = read(source)
    if (reader === undefined) continue
    const parser = judged(source)
    if (JSON.stringify(parser) !== JSON.stringify(reader)) found.push({ source, reader, parser })
  }
  return found
}

/** Every word the grammar spells as a token of its own, from tree-sitter-python's grammar.js: not a list of ours. */
function grammarWords(): string[] {
  const grammar = readFileSync(createRequire(import.meta.url).resolve('tree-sitter-python/grammar.js'), 'utf8')
  // Field names are quoted too (`field('name', …)`): they are left out, the rest are tokens.
  const fields = new Set([...grammar.matchAll(/field\(\s*'([A-Za-z_]\w*)'/g)].map((m) => m[1]!))
  const words = new Set([...grammar.matchAll(/'([A-Za-z_]\w*)'/g)].map((m) => m[1]!).filter((w) => !fields.has(w)))
  return [...words].sort()
}

describe('import statements read from the text (the fast path)', () => {
  it('reads the plain shapes, and as the parser reads them', () => {
    const plain = [
      'import a',
      'import a.b.c',
      'import a . b',
      'import a.b as c, d, e.f as g',
      'import a, \\\n    b',
      'from a import b',
      'from a.b import c as d, e',
      'from . import a',
      'from .. import a',
      'from .a import b',
      'from ..a.b import c',
      'from . . a import b',
      'from ...a import b',
      'from .... import b',
      'from .import a',
      'from a import *',
      'from .a import *',
      'from a import (b)',
      'from a import (b, c,)',
      'from a import (\n    b,  # a comment\n    c as d,\n)',
      'from a import (b  # why\n    as c)',
      'from __future__ import annotations',
      'from __future__ import (division, print_function)',
      'from a import gettext_lazy as _',
      'import _',
    ]
    for (const source of plain) expect({ source, read: read(source) !== undefined }).toEqual({ source, read: true })
    expect(disagreements(plain)).toEqual([])
    expect(read('from a.b import (c as d, e,)')).toEqual([
      { line: 1, context: 'import', level: 0, module: 'a.b', names: ['c', 'e'], aliases: ['d', null] },
    ])
  })

  it('refuses what it does not know, for the parser to read', () => {
    const refused = [
      'import a,',
      'import (a)',
      'import a as b.c',
      'from a import b,',
      'from a import b.c',
      'from a import ()',
      'from a import ((b))',
      'from a import (*)',
      'from a import * , b',
      'from __future__ import *',
      'import __future__',
      'from a import print',
      'from a import b as if',
      'import café',
      'from a import b\f',
      'from a import 1',
      'from a import b c',
      'from x im',
    ]
    for (const source of refused) expect({ source, read: read(source) }).toEqual({ source, read: undefined })
  })

  it("agrees with the parser on every one of the grammar's words in every place of a name", () => {
    const words = grammarWords()
    expect(words).toEqual(expect.arrayContaining(['import', 'print', 'match', '_', '__future__', 'None']))
    const places = [
      (w: string) => `import ${w}`,
      (w: string) => `import a.${w}`,
      (w: string) => `import a as ${w}`,
      (w: string) => `from ${w} import a`,
      (w: string) => `from .${w} import a`,
      (w: string) => `from a.${w} import b`,
      (w: string) => `from a import ${w}`,
      (w: string) => `from a import b as ${w}`,
      (w: string) => `from a import (b, ${w})`,
      (w: string) => `from __future__ import ${w}`,
    ]
    expect(disagreements(words.flatMap((w) => places.map((place) => place(w))))).toEqual([])
  })

  it('agrees with the parser on 4,000 random statements of import tokens, blanks, comments and line breaks', () => {
    const next = seededRandom(20261201)
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
    const good = ['a', 'b2', '_', 'Foo', 'x_y', 'c']
    const odd = ['print', 'as', 'import', 'é', '1', '__future__', 'match', 'None', 'aé']
    const name = () => (next() < 0.06 ? pick(odd) : pick(good))
    const blanks = [' ', ' ', ' ', ' ', ' ', ' ', '  ', '\t', ' \\\n ', '\n', ' # c\n', '\f', '']
    const dotted = () => Array.from({ length: 1 + Math.floor(next() * 3) }, name).join(pick(['.', '.', ' . ']))
    const target = (plain: boolean) => (plain ? dotted() : name()) + (next() < 0.3 ? ` as ${name()}` : '')
    const list = (plain: boolean) => Array.from({ length: 1 + Math.floor(next() * 3) }, () => target(plain)).join(', ')
    const statement = () => {
      if (next() < 0.4) return `import ${list(true)}`
      const module = pick(['', '.', '..', '...', '. .']) + (next() < 0.7 ? dotted() : '')
      const names = pick(['*', list(false), `(${list(false)})`, `(${list(false)},)`, `(\n${list(false)}\n)`])
      return `from ${next() < 0.1 ? '__future__' : module} import ${names}`
    }
    const junk = ['.', ',', '*', '(', ')', 'as', 'import', 'from', '#', ';', '', '\n']
    const sources: string[] = []
    for (let n = 0; n < 4000; n++) {
      // A statement of the grammar, its blanks changed, then one in three with a token changed, dropped or added.
      const parts = statement()
        .split(/(?<=[\s(),.*])|(?=[\s(),.*])/)
        .filter((p) => p !== ' ')
      if (next() < 0.33) {
        const at = 1 + Math.floor(next() * (parts.length - 1)) // a scanned statement starts with its keyword
        parts.splice(at, pick([0, 1]), ...(next() < 0.7 ? [pick(junk)] : []))
      }
      sources.push(
        parts.map((part, k) => (k === 0 ? part : (/^[\w\u0080-\uffff]/.test(part) ? pick(blanks) : pick(['', ...blanks])) + part)).join(''),
      )
    }
    const accepted = sources.filter((s) => read(s) !== undefined)
    // A reader that refused nearly everything would agree for no merit.
    expect(accepted.length).toBeGreaterThan(400)
    expect(disagreements(sources)).toEqual([])
  })

  const CORPORA = process.env.BLAST_RADIUS_CORPORA ?? join(homedir(), '.cache', 'blast-radius-corpora')
  for (const name of ['django-4.2.28', 'synth-10000-seed1-v1']) {
    const dir = join(CORPORA, name)
    ;(existsSync(dir) ? it : it.skip)(`agrees with the parser on every import statement of ${name}`, () => {
      let accepted = 0
      const differing: unknown[] = []
      // Every file of Django; of the synthetic tree one in five (116,000 statements would take a while to parse one by one).
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.py'))
        .filter((_, k) => name.startsWith('django') || k % 5 === 0)
      for (const file of files) {
        let text: string
        try {
          text = decodePython(readFileSync(join(dir, file)))
        } catch {
          continue
        }
        const scan = scanPython(text)
        if (scan.trouble) continue
        const pieces = scan.imports.map((s) => text.slice(s.start, s.end))
        accepted += pieces.filter((p) => read(p) !== undefined).length
        for (const d of disagreements(pieces)) differing.push({ file, ...d })
      }
      expect(differing).toEqual([])
      expect(accepted).toBeGreaterThan(files.length)
    })
  }
})
