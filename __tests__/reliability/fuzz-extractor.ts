import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PythonExtractor } from '../../src/languages/python/extract.js'
import type { PyFacts } from '../../src/languages/python/facts.js'
import { pythonParser } from '../../src/languages/python/parser.js'
import { astImports, sortRows, type OracleRow } from '../helpers/ast-oracle.js'
import { seededRandom } from '../helpers/seeded-random.js'

const REPO = fileURLToPath(new URL('../../', import.meta.url))

const SNIPPETS = [
  'import os',
  'from . import sibling',
  'from ..up import x',
  'if TYPE_CHECKING:',
  'def f():',
  'class K:',
  'try:',
  'except ImportError:',
  'else:',
  '    import lazy_one',
  '"""',
  "'",
  '(',
  ')',
  '\\',
  'x = 1; import y',
  'async def g():',
  'from a.b import (c,',
  '    d)',
  'match v:',
  '    case 1:',
  'if typing.TYPE_CHECKING: import t',
]

/** One mutant of a source: lines deleted, duplicated, spliced in from another file, cut, or inserted. */
function mutate(next: () => number, source: string, donor: string): string {
  const lines = source.split('\n')
  const other = donor.split('\n')
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!
  const at = () => Math.floor(next() * (lines.length + 1))
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    const roll = next()
    if (roll < 0.2 && lines.length > 1) lines.splice(at(), 1)
    else if (roll < 0.35) lines.splice(at(), 0, pick(lines) ?? '')
    else if (roll < 0.55) lines.splice(at(), 0, ...other.slice(Math.floor(next() * other.length)).slice(0, 1 + Math.floor(next() * 5)))
    else if (roll < 0.75) {
      const i = Math.floor(next() * lines.length)
      const line = lines[i] ?? ''
      lines[i] = line.slice(0, Math.floor(next() * (line.length + 1)))
    } else {
      const indent = ' '.repeat(4 * Math.floor(next() * 3))
      lines.splice(at(), 0, indent + pick(SNIPPETS))
    }
  }
  return lines.join('\n')
}

export interface FuzzResult {
  readonly mutants: number
  /** Mutants CPython accepts, on which the extraction was compared with `ast`. */
  readonly compared: number
  /** Mutants CPython accepts on which the fast path (the one the product uses) disagrees with `ast`. */
  readonly astMismatches: string[]
  /** Mutants CPython refuses on which the fast path and the full parse read other imports. */
  readonly pathMismatches: string[]
  /** Mutants CPython accepts that tree-sitter's full parse misreads (and the fast path reads right). */
  readonly fullParseMisreads: number
  /**
   * Mutants with a grammatical error (an `else` with no `if`) that the full parse reports and the
   * fast path's lexer cannot see; their imports agree.
   */
  readonly unseenSyntaxErrors: number
}

const rowsOf = (facts: PyFacts): OracleRow[] =>
  sortRows(facts.imports.map((i): OracleRow => [i.line, i.context, i.level, i.module, i.names ? [...i.names] : null]))

/**
 * Differential fuzzing of the Python extractor: mutates the project's own fixtures and examples, and
 * checks that extraction never throws; that the fast path agrees with CPython's `ast` wherever it
 * accepts the mutant; and that, where CPython refuses it, the fast path reads the same imports as
 * tree-sitter's full parse. Mutants that disagree stay in a temporary folder, named in the result.
 */
export async function fuzzExtractor(count: number, seed: number): Promise<FuzzResult> {
  const sources = ['__tests__/fixtures', 'examples'].flatMap((dir) =>
    readdirSync(join(REPO, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.py'))
      .map((name) => readFileSync(join(REPO, dir, name), 'latin1')),
  )
  const parser = await pythonParser()
  const fast = new PythonExtractor(parser, 'fast')
  const full = new PythonExtractor(parser, 'full')
  const next = seededRandom(seed)
  const dir = mkdtempSync(join(tmpdir(), 'blast-radius-fuzz-'))
  const files: string[] = []
  for (let i = 0; i < count; i++) {
    const file = join(dir, `mutant${i}.py`)
    writeFileSync(file, mutate(next, sources[Math.floor(next() * sources.length)]!, sources[Math.floor(next() * sources.length)]!))
    files.push(file)
  }
  const oracle = astImports(files)
  const result = {
    mutants: count,
    compared: 0,
    astMismatches: [] as string[],
    pathMismatches: [] as string[],
    fullParseMisreads: 0,
    unseenSyntaxErrors: 0,
  }
  for (const file of files) {
    const bytes = readFileSync(file)
    const fastFacts = fast.extract(bytes)
    const fullFacts = full.extract(bytes)
    const expected = oracle.get(file)!
    if (expected.ok) {
      result.compared++
      if (JSON.stringify(rowsOf(fastFacts)) !== JSON.stringify(expected.imports)) result.astMismatches.push(file)
      if (JSON.stringify(rowsOf(fullFacts)) !== JSON.stringify(expected.imports)) result.fullParseMisreads++
      continue
    }
    const { syntaxErrorLine: fastError, ...fastRest } = fastFacts
    const { syntaxErrorLine: fullError, ...fullRest } = fullFacts
    if (JSON.stringify(fastRest) !== JSON.stringify(fullRest)) result.pathMismatches.push(file)
    else if (fastError !== fullError) {
      // The fast path may miss a grammatical error, never invent or misplace one.
      if (fastError !== undefined) result.pathMismatches.push(file)
      else result.unseenSyntaxErrors++
    }
  }
  return result
}
