import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { decodePython } from '../../src/languages/python/decode.js'
import { PythonExtractor } from '../../src/languages/python/extract.js'
import { pythonParser } from '../../src/languages/python/parser.js'
import { readPlainCall } from '../../src/languages/python/plain-calls.js'
import { KEYWORDS } from '../../src/languages/python/plain-imports.js'
import { scanPython } from '../../src/languages/python/scan.js'
import { seededRandom } from '../helpers/seeded-random.js'

// The judge is tree-sitter itself: the full path's reading of the statement alone, as a file. The reader may refuse any
// statement (the parser reads it then); what it accepts, it must read exactly so: one dynamic import, nothing else.
let full: PythonExtractor
beforeAll(async () => {
  full = new PythonExtractor(await pythonParser(), 'full')
})

const read = (source: string) => readPlainCall(source, { start: 0, end: source.length, line: 1, context: 'import' })

/** What the parser reads in `source` alone, in the reader's terms: the one module it names, else what it found. */
function judged(source: string): unknown {
  const { dynamic, settings, exports, syntaxErrorLine } = full.extractText(source + '\n')
  if (dynamic.length === 1 && dynamic[0]!.line === 1 && !settings.length && exports === undefined && syntaxErrorLine === undefined)
    return dynamic[0]!.specifier
  return { dynamic, settings, exports, syntaxErrorLine }
}

function disagreements(sources: readonly string[]): { source: string; reader: unknown; parser: unknown }[] {
  const found = []
  for (const source of sources) {
    const reader = read(source)
    if (reader === undefined) continue
    const parser = judged(source)
    if (parser !== reader) found.push({ source, reader, parser })
  }
  return found
}

describe('dynamic imports read from the text (the fast path)', () => {
  it('reads the plain shapes, and as the parser reads them', () => {
    const plain = [
      'm = importlib.import_module("a.b")',
      "m = importlib.import_module('a')",
      'import_module("a.b.c")',
      '__import__("a")',
      'x=__import__("a")',
      'm = a.b.c.import_module("x_y.z")',
      'm = import_module("")',
      'INSTALLED_APPS = import_module("a")',
      'm = import_module("not a {name}!")',
    ]
    for (const source of plain) expect({ source, read: read(source) !== undefined }).toEqual({ source, read: true })
    expect(disagreements(plain)).toEqual([])
  })

  it('refuses what it does not know, for the parser to read', () => {
    const refused = [
      'm = importlib . import_module("a")',
      'm = import_module(f"a")',
      'm = import_module(r"a")',
      'm = import_module("a\\nb")',
      'm = import_module("""a""")',
      'm = import_module("a", "b")',
      'm = import_module("a",)',
      'm = import_module( "a" )',
      'm = import_module("a").b',
      'm = import_module("é")',
      '__all__ = import_module("a")',
      'print = import_module("a")',
      'm = match.import_module("a")',
      'a.b = import_module("a")',
      'a, b = import_module("a")',
      'm: T = import_module("a")',
      'm = import_module(\n"a")',
      'm = import_module("a" "b")',
      'm = not_import_module("a")',
    ]
    for (const source of refused) expect({ source, read: read(source) }).toEqual({ source, read: undefined })
  })

  it("agrees with the parser on every one of the grammar's words as the target and in the callee", () => {
    const places = [
      (w: string) => `${w} = import_module("a")`,
      (w: string) => `m = ${w}.import_module("a")`,
      (w: string) => `m = a.${w}.__import__("a")`,
    ]
    expect(disagreements([...KEYWORDS, '_', 'a'].flatMap((w) => places.map((place) => place(w))))).toEqual([])
  })

  it('agrees with the parser on 4,000 random statements of call tokens, strings and blanks', () => {
    const next = seededRandom(20261202)
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
    // Each part plain three times in four, else odd: about a third of the statements stay plain.
    const part = (plain: readonly string[], odd: readonly string[]) => (next() < 0.75 ? pick(plain) : pick(odd))
    const names = ['print', 'None', 'é', '__all__', 'match', 'import_module', '1a']
    const sources: string[] = []
    for (let n = 0; n < 4000; n++) {
      const target = part(
        ['', 'm = ', 'm=', 'm =\t', '_ = '],
        ['__all__ = ', 'a.b = ', 'm: T = ', 'MIDDLEWARE = ', 'a, b = ', `${pick(names)} = `],
      )
      const callee = part(
        ['import_module', '__import__', 'importlib.import_module', 'a.b.__import__'],
        ['a . import_module', 'import_modules', `${pick(names)}.import_module`, 'import_module.a'],
      )
      const quote = part(['"', "'"], ['"""', "'''", 'r"', 'f"', 'b"', 'u"', 'rb"'])
      const close = quote.replace(/^[a-z]+/, '')
      const content = part(['a.b', 'x_y.z9', 'a', '', 'a b', '{a}', 'a;b', '#'], ['é', '\\n', '\\"', "'", '"', '\\\\'])
      const args = part([''], [', b', ',', ' ', ', "c"', ' "c"'])
      const space = part([''], [' ', '\t', '\n', ' \\\n'])
      const tail = part([''], [')', '.b', ' # c', '()', ' ', ';', ' + 1'])
      sources.push(`${target}${callee}(${space}${quote}${content}${close}${args}${space})${tail}`)
    }
    const accepted = sources.filter((s) => read(s) !== undefined)
    // A reader that refused nearly everything would agree for no merit.
    expect(accepted.length).toBeGreaterThan(300)
    expect(disagreements(sources)).toEqual([])
  })

  const CORPORA = process.env.BLAST_RADIUS_CORPORA ?? join(homedir(), '.cache', 'blast-radius-corpora')
  for (const name of ['django-4.2.28', 'synth-10000-seed1-v1']) {
    const dir = join(CORPORA, name)
    ;(existsSync(dir) ? it : it.skip)(`agrees with the parser on every statement the scan keeps for it in ${name}`, () => {
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.py'))
      const pieces: string[] = []
      for (const file of files) {
        let text: string
        try {
          text = decodePython(readFileSync(join(dir, file)))
        } catch {
          continue
        }
        const scan = scanPython(text)
        if (!scan.trouble) for (const s of scan.dynamic) pieces.push(text.slice(s.start, s.end))
      }
      expect(disagreements(pieces)).toEqual([])
      expect(pieces.filter((p) => read(p) !== undefined).length).toBeGreaterThan(10)
    })
  }
})
