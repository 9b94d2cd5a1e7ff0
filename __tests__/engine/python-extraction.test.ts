import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PythonExtractor } from '../../src/languages/python/extract.js'
import type { PyFacts } from '../../src/languages/python/facts.js'
import { pythonParser } from '../../src/languages/python/parser.js'
import { astImports, havePython, sortRows, type OracleRow } from '../helpers/ast-oracle.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/extraction/', import.meta.url))
const REPO = fileURLToPath(new URL('../../', import.meta.url))

let extractor: PythonExtractor
beforeAll(async () => {
  extractor = new PythonExtractor(await pythonParser())
})

const rows = (facts: PyFacts): OracleRow[] =>
  sortRows(facts.imports.map((i) => [i.line, i.context, i.level, i.module, i.names ? [...i.names] : null]))
const fixture = (name: string) => extractor.extract(readFileSync(join(FIXTURES, name)))

describe('extraction of import statements', () => {
  it('reads every statement form, and nothing in strings or comments', () => {
    const names = rows(fixture('statements.py')).map(
      ([line, , level, module, imported]) => `${line}: ${'.'.repeat(level)}${module}${imported ? ` [${imported.join(' ')}]` : ''}`,
    )
    expect(names).toEqual([
      '2: a',
      '2: b.c',
      '2: e.f',
      '3: g [h i]',
      '6: .l [*]',
      '7: .. [m]',
      '8: ...n.o [p]',
      '9: __future__ [annotations]',
      '10: q',
      '10: r',
      '15: v',
      '17: w [x1]',
    ])
  })

  it('keeps reading after a syntax error and says where it broke', () => {
    const facts = fixture('syntax_error.py')
    expect(facts.imports.map((i) => i.module)).toEqual(['before_error', 'pkg', 'after_error'])
    expect(facts.syntaxErrorLine).toBe(4)
  })

  it('drops a BOM, and counts CRLF line ends as one line end', () => {
    expect(rows(fixture('bom.py'))).toEqual([
      [1, 'import', 0, 'bom_first', null],
      [2, 'import', 0, 'x', ['y']],
    ])
    expect(rows(fixture('crlf_tabs.py')).map((r) => [r[0], r[3]])).toEqual([
      [1, 'os'],
      [2, 'a'],
      [5, 'd'],
    ])
  })

  it('decodes a Latin-1 file by its coding line', () => {
    expect(rows(fixture('latin1.py')).map((r) => [r[0], r[3]])).toEqual([
      [4, 'latin'],
      [5, 'accent'],
    ])
  })

  it('sees importlib.import_module and __import__ with a literal name', () => {
    expect(fixture('dynamic.py').dynamic).toEqual([
      { line: 3, specifier: 'myapp.plugins.base' },
      { line: 4, specifier: 'os.path' },
    ])
  })
})

/** Every .py file below a folder. */
function pythonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.py'))
    .map((name) => join(dir, name))
}

describe('differential: the extractor agrees with CPython’s ast', () => {
  const files = [...pythonFiles(join(REPO, '__tests__/fixtures')), ...pythonFiles(join(REPO, 'examples'))]

  ;(havePython ? it : it.skip)(`on every fixture and example (${files.length} files)`, () => {
    const oracle = astImports(files)
    let compared = 0
    for (const file of files) {
      const expected = oracle.get(file)!
      if (!expected.ok) continue
      expect({ file, imports: rows(extractor.extract(readFileSync(file))) }).toEqual({ file, imports: expected.imports })
      compared++
    }
    expect(compared).toBeGreaterThan(15)
  })

  if (!havePython) it('needs python3 as its oracle', () => console.warn('python3 not found: differential test skipped'))
})
