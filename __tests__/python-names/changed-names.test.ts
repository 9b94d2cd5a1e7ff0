import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Hunk } from '../../src/core/model.js'
import { changedFiles } from '../../src/git/changed-files.js'
import { parseHunks, patchHunks } from '../../src/git/hunks.js'
import type { ChangedNames } from '../../src/languages/adapter.js'
import { pythonChangedNames } from '../../src/languages/python/changed-names.js'
import { pythonParser } from '../../src/languages/python/parser.js'
import type { Parser } from 'web-tree-sitter'
import { havePython } from '../helpers/ast-oracle.js'

// Issue 17 item 1: the top-level names a diff changes, closed over the module's own references.
let parser: Parser
beforeAll(async () => {
  parser = await pythonParser()
})

const MODULE = [
  'import os', //                          1
  '', //                                    2
  'def helper():', //                       3
  '    return 1', //                        4
  '', //                                    5
  '@decorate', //                           6
  'def public(x=helper):', //               7
  '    return os.sep', //                   8
  '', //                                    9
  'class Model:', //                       10
  '    def save(self):', //                11
  '        return public()', //            12
  '', //                                   13
  'LIMIT = 3', //                          14
  'a, b = 1, 2', //                        15
  'def unrelated(helper):', //             16
  '    return 0', //                       17
  'register(LIMIT)', //                    18
].join('\n')

const hunk = (start: number, count = 1, removed: string[] = []): Hunk => ({ start, count, removed })
const names = (result: ChangedNames) => (result.all ? `all: ${result.why}` : result.names.join(' '))

describe('changed names', () => {
  it.each([
    ['a line inside a function, and who uses it (a default, a method)', [hunk(4)], 'Model helper public'],
    ['a decorator line changes its definition', [hunk(6)], 'Model public'],
    ['a method changes its class', [hunk(12)], 'Model'],
    ['a blank line between definitions changes nothing', [hunk(9)], ''],
    ['a parameter of the same name is not a use', [hunk(3)], 'Model helper public'],
    ['an assignment, and module-level code that uses it', [hunk(14)], 'all: module-level code at line 18 uses a changed name'],
    ['tuple targets', [hunk(15)], 'a b'],
    ['an import is module-level code', [hunk(1)], 'all: module-level code changed at line 1'],
    // Where lines were removed is between two lines: the statements on both sides count (here the class after).
    ['removed lines: a whole function removed', [hunk(9, 0, ['def gone():', '    return 2'])], 'Model gone'],
    ['removed lines: module-level code removed', [hunk(13, 0, ['print("x")'])], 'all: module-level code removed near line 13'],
    ['removed lines inside a function: the statements around the place', [hunk(3, 0, ['    pass'])], 'Model helper public'],
  ])('%s', (_, hunks, expected) => {
    expect(names(pythonChangedNames(parser, MODULE, hunks))).toBe(expected)
  })

  it('a file with a syntax error changes all its names', () => {
    expect(names(pythonChangedNames(parser, 'def f(:\n', [hunk(1)]))).toBe('all: the module has a syntax error')
  })
})

describe('hunks from a diff', () => {
  it.each([
    ['one replaced line', '+++ b/a.py\n@@ -3 +3 @@\n-x = 1\n+x = 2\n', { 'a.py': [{ start: 3, count: 1, removed: ['x = 1'] }] }],
    ['added lines', '+++ b/a.py\n@@ -0,0 +1,2 @@\n+a\n+b\n', { 'a.py': [{ start: 1, count: 2, removed: [] }] }],
    ['removed lines', '+++ b/a.py\n@@ -4,2 +3,0 @@\n--- x\n-y\n', { 'a.py': [{ start: 3, count: 0, removed: ['-- x', 'y'] }] }],
    ['a removed file has no new side', '+++ /dev/null\n@@ -1 +0,0 @@\n-x\n', {}],
  ])('%s', (_, diff, expected) => {
    expect(Object.fromEntries(parseHunks(diff))).toEqual(expected)
  })

  it('from a GitHub patch, with context lines', () => {
    const patch =
      '@@ -1,4 +1,4 @@\n def a():\n-    return 1\n+    return 2\n \n def b():\n@@ -9,2 +9,3 @@ def c():\n     x = 1\n+    y = 2\n     return x'
    expect(patchHunks(patch)).toEqual([
      { start: 2, count: 1, removed: ['    return 1'] },
      { start: 10, count: 1, removed: [] },
    ])
  })

  it('come with each changed file of a git range', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blast-radius-hunks-'))
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args])
    git('init', '-q')
    await writeFile(join(dir, 'm.py'), 'def a():\n    return 1\n\ndef b():\n    return 2\n')
    git('add', '.')
    git('commit', '-qm', 'one')
    await writeFile(join(dir, 'm.py'), 'def a():\n    return 1\n\ndef b():\n    return 3\n')
    const base = git('rev-parse', 'HEAD').toString().trim()
    const [change] = await changedFiles(dir, { base, prefix: '' })
    expect(change).toEqual({ path: 'm.py', status: 'modified', hunks: [{ start: 5, count: 1, removed: ['    return 2'] }] })
    expect(names(pythonChangedNames(parser, await readFile(join(dir, 'm.py'), 'utf8'), change!.hunks!))).toBe('b')
  })
})

// The differential test: every line of the fixtures' and examples' modules changed in turn, our
// names against a reference on CPython's ast (__tests__/oracle/ast_changed_names.py).
const ORACLE = fileURLToPath(new URL('../oracle/ast_changed_names.py', import.meta.url))
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const suite = havePython ? describe : describe.skip
suite('changed names against CPython’s ast', () => {
  it('agree for a change on every line of every parseable module of the fixtures and examples', async () => {
    const files = ['examples/shop', '__tests__/fixtures/python-roots']
      .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(ROOT, dir, f)))
      .filter((f) => f.endsWith('.py'))
    const cases: { path: string; lines: number[]; text: string }[] = []
    for (const path of files) {
      const text = await readFile(path, 'utf8')
      const tree = parser.parse(text)
      const broken = tree?.rootNode.hasError ?? true
      tree?.delete()
      if (broken) continue
      const count = text.split('\n').length
      for (let line = 1; line <= count; line++) cases.push({ path, lines: [line], text })
    }
    expect(cases.length).toBeGreaterThan(100)
    const input = JSON.stringify(cases.map(({ path, lines }) => ({ path, lines })))
    const expected = JSON.parse(execFileSync('python3', [ORACLE], { input, encoding: 'utf8', maxBuffer: 1 << 28 })) as {
      all: boolean
      names?: string[]
    }[]
    const disagreements = cases.flatMap((c, i) => {
      const ours = pythonChangedNames(parser, c.text, [hunk(c.lines[0]!)])
      const theirs = expected[i]!
      const same = ours.all ? theirs.all : !theirs.all && JSON.stringify(ours.names) === JSON.stringify(theirs.names)
      return same ? [] : [`${c.path}:${c.lines[0]}: ours ${names(ours)}, ast ${theirs.all ? 'all' : theirs.names!.join(' ')}`]
    })
    expect(disagreements).toEqual([])
  })
})

describe('the report names what changed', () => {
  it('lists the changed names of each file whose lines are known', async () => {
    const { analyzeRepository } = await import('../../src/change/analyze-repository.js')
    const { reportFacts } = await import('../../src/report/report-facts.js')
    const { changedTable } = await import('../../src/report/markdown-sections.js')
    const { makeRepo } = await import('../helpers/fixture-repo.js')
    const dir = await makeRepo({
      'text.py': 'def capfirst(x):\n    return x\n\ndef slugify(x):\n    return x\n',
      'user.py': 'from text import capfirst\n',
    })
    const analysis = await analyzeRepository(dir, [{ path: 'text.py', status: 'modified', hunks: [hunk(2)] }], { threads: 1 })
    expect(analysis.changedNames.get('text.py' as never)).toEqual({ all: false, names: ['capfirst'] })
    const facts = reportFacts({ analysis, workingDirectory: '.', version: 'test', analysisMs: 1, now: new Date(0) })
    expect(changedTable(facts, 10_000)).toContain(
      '- Names changed in `text.py`: `capfirst`; 1 file imports it; 1 uses the changed names → 1 file in the narrowed radius',
    )
    expect(changedTable(facts, 10_000)).toContain('Narrowed to the changed names: 1 file, of 1 at file level; the figures stay file-level')
  })
})
