import { describe, expect, test } from '@jest/globals'
import { analyzeChange } from '../../src/change/analyze-change.js'
import type { ChangedFile } from '../../src/core/model.js'
import { styleFor } from '../../src/format/style.js'
import { renderComment } from '../../src/report/comment.js'
import { reportJson } from '../../src/report/json-report.js'
import { reportFacts } from '../../src/report/report-facts.js'
import { renderText } from '../../src/report/text-report.js'
import { graphOf } from '../helpers/fixture-repo.js'
import { FIXED_NOW } from '../fixtures/report/graphs.js'

/** A repository of two languages, read by the real adapters: the report counts each language's files. */
const MIXED = {
  'lib/__init__.py': '',
  'lib/core.py': 'VALUE = 1\n',
  'lib/use.py': 'from lib.core import VALUE\n',
  'web/api.ts': 'export const api = 1\n',
  'web/page.ts': "import { api } from './api'\n",
  'web/page.test.ts': "import './page'\n",
  'web/util.js': 'module.exports = 1\n',
}

async function factsOf(files: Record<string, string>, changes: ChangedFile[]) {
  const graph = await graphOf(files)
  return reportFacts({
    analysis: analyzeChange(graph, changes),
    workingDirectory: '.',
    version: '0.1.0',
    analysisMs: 1,
    now: FIXED_NOW,
  })
}

describe('files per language', () => {
  test('a mixed repository: what the graph read and what the radius holds, per language, in every report', async () => {
    const facts = await factsOf(MIXED, [
      { path: 'lib/core.py', status: 'modified' },
      { path: 'web/api.ts', status: 'modified' },
    ])
    expect(facts.languages).toEqual([
      { language: 'python', files: 3, affected: 1 },
      { language: 'typescript', files: 3, affected: 2 },
      { language: 'javascript', files: 1, affected: 0 },
    ])
    const body = renderComment(facts)
    // In view, under the headline, as the issue words it; languages by their names, the radius's largest first.
    expect(body).toContain(
      '## Blast radius: 2 changed files → 3 files (42.9% of 7)\n\n2 TypeScript files and 1 Python file in the blast radius.\n',
    )
    expect(body).toContain(
      '- The graph read 7 files (3 Python, 3 TypeScript and 1 JavaScript) and 5 imports between them; ' +
        'the blast radius holds 2 TypeScript files and 1 Python file.',
    )
    const text = renderText(facts, styleFor({ isTTY: false }, {}))
    expect(text).toContain('2 TypeScript files and 1 Python file in the blast radius.')
    expect(text).toContain('graph of 7 files (3 Python, 3 TypeScript and 1 JavaScript)')
    // no head commit (the CLI's working tree): the footer says what was read, not "Head the working tree"
    expect(text).toContain('\nThe working tree · graph of 7 files')
    expect(body).toContain('<sub>The working tree · graph of 7 files')
    expect(reportJson(facts).graph.languages).toEqual(facts.languages)
  })

  test('one language: no breakdown', async () => {
    const facts = await factsOf({ 'a.ts': "import './b'\n", 'b.ts': '' }, [{ path: 'b.ts', status: 'modified' }])
    expect(facts.languages).toEqual([{ language: 'typescript', files: 2, affected: 1 }])
    expect(renderComment(facts)).toContain('- The graph read 2 files and 1 import between them.')
    expect(renderComment(facts)).not.toContain('TypeScript file')
  })
})

describe('tests to run in a mixed repository', () => {
  test("a runner's arguments are said to run only its own language's tests", async () => {
    const facts = await factsOf({ ...MIXED, 'tests/test_use.py': 'from lib.use import VALUE\n' }, [
      { path: 'lib/core.py', status: 'modified' },
      { path: 'web/api.ts', status: 'modified' },
    ])
    expect(facts.testRun).toMatchObject({ all: false, files: ['tests/test_use.py', 'web/page.test.ts'] })
    const body = renderComment(facts)
    expect(body).toContain("(the action's `pytest-args` output runs the Python one)")
    expect(body).not.toContain('output runs them')
  })
})

describe('a language with no imports that run later (Go)', () => {
  const GO = {
    'go.mod': 'module example.com/m\n\ngo 1.21\n',
    'money/money.go': 'package money\n\nfunc Cents() int { return 1 }\n',
    'money/format.go': 'package money\n',
    'money/money_test.go': 'package money\n',
    'cmd/main.go': 'package main\n\nimport "example.com/m/money"\n\nfunc main() { money.Cents() }\n',
  }

  test('no "only through deferred imports" line, and no file is a hub that only itself reaches the change through', async () => {
    const facts = await factsOf(GO, [{ path: 'money/money.go', status: 'modified' }])
    expect(facts.affected.map((f) => [f.path, f.ring])).toEqual([
      ['cmd/main.go', 1],
      ['money/format.go', 1],
      ['money/money_test.go', 1],
    ])
    const body = renderComment(facts)
    // Go loads every package it imports: "at import time" is the whole radius, and there is nothing later to name.
    expect(body).not.toContain('deferred')
    expect(body).not.toContain('**At import time**')
    // every affected file imports the change itself: none carries another file to it
    expect(facts.hubs).toEqual([])
    expect(body).toContain('- **Hubs**: none; every affected file imports a changed file directly')
    expect(body).not.toContain('- hub, ring 1')
  })
})

describe('dynamic imports in more than one language', () => {
  test("each language's count and what its dynamic imports are, in the comment and the terminal", async () => {
    const facts = await factsOf(
      {
        ...MIXED,
        'lib/plugins.py': "import importlib\nimportlib.import_module('plugins.' + kind)\nimportlib.import_module('plugins.extra')\n",
        'web/load.js': 'export const load = (name) => import(name)\n',
        'web/lazy.ts': 'export const lazy = (name: string) => require(name)\n',
      },
      [{ path: 'lib/core.py', status: 'modified' }],
    )
    const body = renderComment(facts)
    // no one phrase is true of both languages' entries: each says its own, with its count
    expect(body).toContain(
      '- 3 dynamic imports (1 in Python: `importlib.import_module` or `__import__` with a literal name; ' +
        '2 in JavaScript and TypeScript: a dynamic import or a `require` with a computed name) seen but not followed.',
    )
    const text = renderText(facts, styleFor({ isTTY: false }, {}))
    expect(text).toContain(
      '  3 dynamic imports (1 in Python: importlib.import_module or __import__ with a literal name; ' +
        '2 in JavaScript and TypeScript: a dynamic import or a require with a computed name) not followed',
    )
  })

  test('one language: its phrase alone, as before', async () => {
    const facts = await factsOf({ ...MIXED, 'web/load.js': 'export const load = (name) => import(name)\n' }, [
      { path: 'web/api.ts', status: 'modified' },
    ])
    expect(renderComment(facts)).toContain('1 dynamic import (a dynamic import or a `require` with a computed name) seen but not followed.')
  })
})
