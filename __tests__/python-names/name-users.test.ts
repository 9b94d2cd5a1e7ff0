import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { analyzeChange } from '../../src/change/analyze-change.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { directImporters } from '../../src/impact/narrowed.js'
import type { NameUser } from '../../src/languages/adapter.js'
import { PythonAdapter } from '../../src/languages/python/adapter.js'
import type { PyFacts } from '../../src/languages/python/facts.js'
import { reportJson } from '../../src/report/json-report.js'
import { changedTable, headline } from '../../src/report/markdown-sections.js'
import { reportFacts } from '../../src/report/report-facts.js'
import { havePython } from '../helpers/ast-oracle.js'
import { makeRepo } from '../helpers/fixture-repo.js'

// Issue 17 items 2 and 3: which importers use the changed names, and the radius narrowed to them.
const REPO = fileURLToPath(new URL('../../', import.meta.url))
const ORACLE = join(REPO, '__tests__/oracle/ast_name_users.py')

const TEXT = [
  'def capfirst(x):', //        1
  '    return x', //            2
  'def slugify(x):', //         3
  '    return x', //            4
  'def _private():', //         5
  '    return 0', //            6
  'def other():', //            7
  '    return 1', //            8
].join('\n')

const FILES: Record<string, string> = {
  'pkg/__init__.py': 'from .text import capfirst\n__all__ = ["capfirst"]\n',
  'pkg/text.py': TEXT + '\n',
  'pkg/listed.py': '__all__ = ["shown"]\ndef shown():\n    pass\ndef hidden():\n    pass\n',
  'pkg/computed.py': '__all__ = ["shown"] + extra\ndef shown():\n    pass\ndef hidden():\n    pass\n',
  'a_from.py': 'from pkg.text import capfirst\ncapfirst("x")\n',
  'b_alias.py': 'from pkg.text import capfirst as cf\ncf(1)\n',
  'c_other.py': 'from pkg.text import other\nother()\n',
  'd_attr.py': 'import pkg.text\npkg.text.slugify(1)\n',
  'e_attr_other.py': 'import pkg.text\npkg.text.other()\n',
  'f_from_module.py': 'from pkg import text\ntext.capfirst(1)\n',
  'g_alias_module.py': 'import pkg.text as t\nt.other()\n',
  'h_star.py': 'from pkg.text import *\ncapfirst(1)\n',
  'i_passed_on.py': 'import pkg.text\nrun(pkg.text)\n',
  'j_getattr.py': 'import pkg.text as t\ngetattr(t, "capfirst")\n',
  'k_no_attribute.py': 'import pkg.text\n',
  'l_rebound.py': 'from pkg import text\ntext = None\n',
  'm_through_init.py': 'from pkg import capfirst\ncapfirst()\n',
  'n_init_other.py': 'import pkg\npkg.something\n',
  'o_string.py': 'import importlib\nimportlib.import_module("pkg.text")\n',
  'p_strings_comments.py': 'from pkg import text\n# text.capfirst\ns = "text.capfirst"\ntext.other()\n',
  'q_fstring.py': 'from pkg import text\nprint(f"{text.capfirst(1)} text.slugify")\n',
  'r_lazy.py': 'def f():\n    from pkg.text import capfirst\n    return capfirst\n',
  's_star_listed.py': 'from pkg.listed import *\n',
  't_star_computed.py': 'from pkg.computed import *\n',
  'u_package_path.py': 'import pkg.listed\npkg.capfirst()\n',
  'v_importer_of_user.py': 'import a_from\n',
  'lazy_module.py': 'def __getattr__(name):\n    return name\ndef plain():\n    pass\n',
  'w_lazy_name.py': 'from lazy_module import plain\nplain()\n',
}

let dir: string
let graph: ImportGraph
let python: PythonAdapter
beforeAll(async () => {
  dir = await makeRepo(FILES)
  python = new PythonAdapter()
  graph = await buildGraph(dir, { languages: [python], threads: 1 })
})

/** The Python facts the graph was built from, as the analysis hands them to the adapter. */
const pythonFacts = (g: ImportGraph) => g.factsOf('python') as ReadonlyMap<RepoPath, PyFacts>

function users(file: string, names: string[]): Record<string, string> {
  const found = python.importersUsing(file as RepoPath, names, (p) => directImporters(graph, p), graph.repository, pythonFacts(graph))!
  return Object.fromEntries(
    found.map((u) => [u.path, `${u.names === 'all' ? 'all' : u.names.join(' ')}${u.reexports ? ' (passes on)' : ''}`]),
  )
}

describe('who uses the changed names', () => {
  it('by every importer form, with the not-sure cases using all', () => {
    expect(users('pkg/text.py', ['capfirst'])).toEqual({
      'a_from.py': 'capfirst',
      'b_alias.py': 'capfirst',
      'f_from_module.py': 'capfirst',
      'h_star.py': 'capfirst',
      'i_passed_on.py': 'all',
      'j_getattr.py': 'all',
      'k_no_attribute.py': 'all',
      'l_rebound.py': 'all',
      'm_through_init.py': 'capfirst',
      'o_string.py': 'all',
      'pkg/__init__.py': 'capfirst (passes on)',
      'q_fstring.py': 'capfirst',
      'r_lazy.py': 'capfirst',
      'u_package_path.py': 'capfirst',
    })
  })

  it('attributes read off a module, and names no importer takes', () => {
    expect(users('pkg/text.py', ['slugify'])).toEqual({
      'd_attr.py': 'slugify',
      'h_star.py': 'slugify',
      'i_passed_on.py': 'all',
      'j_getattr.py': 'all',
      'k_no_attribute.py': 'all',
      'l_rebound.py': 'all',
      'o_string.py': 'all',
    })
  })

  it('`*` by `__all__` (a literal one lets its names through, a computed one all, none the public names); a path past the module is no use of it', () => {
    expect(users('pkg/text.py', ['_private'])['h_star.py']).toBeUndefined()
    expect(users('pkg/listed.py', ['hidden'])).toEqual({})
    expect(users('pkg/listed.py', ['shown'])).toEqual({ 's_star_listed.py': 'shown' })
    expect(users('pkg/computed.py', ['hidden'])).toEqual({ 't_star_computed.py': 'hidden' })
  })

  it("a module's `__getattr__` answers every name it lacks: a change to it reaches every importer", () => {
    expect(users('lazy_module.py', ['__getattr__'])).toEqual({ 'w_lazy_name.py': 'all' })
    expect(users('lazy_module.py', ['plain'])).toEqual({ 'w_lazy_name.py': 'plain' })
  })

  it('the narrowed radius: ring 1 the users, then all their importers; a file passing names on is not followed', () => {
    const analysis = analyzeChange(
      graph,
      [{ path: 'pkg/text.py', status: 'modified', hunks: [{ start: 4, count: 1, removed: [] }] }],
      [python],
    )
    expect(analysis.changedNames.get('pkg/text.py' as RepoPath)).toEqual({ all: false, names: ['slugify'] })
    const names = analysis.names!
    expect(names.precision).toBe('files')
    const narrowed = names.narrowed.affected.files.map((f) => `${f.path} ${f.ring}`)
    expect(narrowed).toEqual([
      'd_attr.py 1',
      'h_star.py 1',
      'i_passed_on.py 1',
      'j_getattr.py 1',
      'k_no_attribute.py 1',
      'l_rebound.py 1',
      'o_string.py 1',
    ])
    // The default keeps the file-level figures: nothing is hidden unless asked.
    expect(analysis.impact).toBe(names.fileLevel)
    const byNames = analyzeChange(graph, analysis.changes, [python], undefined, 'names')
    expect(byNames.impact.affected.files.map((f) => `${f.path} ${f.ring}`)).toEqual(narrowed)
    const capfirst = analyzeChange(
      graph,
      [{ path: 'pkg/text.py', status: 'modified', hunks: [{ start: 2, count: 1, removed: [] }] }],
      [python],
    )
    const reached = capfirst.names!.narrowed.affected.files
    expect(reached.find((f) => f.path === 'v_importer_of_user.py')).toEqual({ path: 'v_importer_of_user.py', ring: 2, via: 'a_from.py' })
    expect(reached.find((f) => f.path === 'pkg/__init__.py')?.ring).toBe(1)
    // pkg/__init__.py passes `capfirst` on: its importers that do not use it stay out.
    expect(reached.find((f) => f.path === 'n_init_other.py')).toBeUndefined()
    const fileLevel = new Set(capfirst.names!.fileLevel.affected.files.map((f) => f.path))
    expect(reached.every((f) => fileLevel.has(f.path))).toBe(true)
    expect(capfirst.names!.files[0]).toMatchObject({ path: 'pkg/text.py', names: ['capfirst'], total: reached.length })
  })
})

describe('the report with names', () => {
  const change = [{ path: 'pkg/text.py' as RepoPath, status: 'modified' as const, hunks: [{ start: 4, count: 1, removed: [] }] }]
  const report = (precision: 'files' | 'names') =>
    reportFacts({
      analysis: analyzeChange(graph, change, [python], undefined, precision),
      workingDirectory: '.',
      version: 'test',
      analysisMs: 1,
      now: new Date(0),
    })

  it('files (the default): the file-level headline, the narrowed figures beside it', () => {
    const facts = report('files')
    expect(facts.affected.length).toBe(facts.input.analysis.names!.fileLevel.affected.total)
    expect(headline(facts)).not.toContain('by the changed names')
    expect(changedTable(facts, 10_000)).toContain(
      '`pkg/text.py`: `slugify`; 17 files import it; 7 use the changed names → 7 files in the narrowed radius',
    )
    const json = reportJson(facts)
    expect(json.names).toMatchObject({
      precision: 'files',
      narrowed: { total: 7 },
      files: [{ path: 'pkg/text.py', names: ['slugify'], importers: 17 }],
    })
    expect(json.names!.fileLevel.total).toBe(facts.affected.length)
  })

  it('names: the narrowed radius drives the headline, which says so with the file-level figure', () => {
    const facts = report('names')
    const fileLevel = facts.input.analysis.names!.fileLevel.affected.total
    expect(facts.affected.length).toBe(7)
    expect(headline(facts)).toContain(`→ 7 files (`)
    expect(headline(facts)).toContain(`by the changed names (${fileLevel} at file level)`)
    expect(changedTable(facts, 10_000)).toContain(
      `Figures are narrowed to the changed names (precision: names): 7 files, of ${fileLevel} at file level.`,
    )
  })
})

/** Top-level definitions of a module, by a search of its text: the synthetic changes. */
const definitions = (text: string) => [...text.matchAll(/^(?:async\s+)?(?:def|class)\s+(\w+)/gmu)].map((m) => m[1]!)

const oracleSuite = havePython ? describe : describe.skip
oracleSuite('who uses the changed names, against a CPython-ast reference', () => {
  const repos = () => [dir, join(REPO, 'examples/shop'), join(REPO, '__tests__/fixtures/snapshot/small-repo')]

  it('agrees on every top-level name of every module of the fixtures and examples, one by one and all together', async () => {
    let cases = 0
    for (const root of repos()) {
      const adapter = new PythonAdapter()
      const repoGraph = root === dir ? graph : await buildGraph(root, { languages: [adapter], threads: 1 })
      const using = root === dir ? python : adapter
      const modules = repoGraph.files.map((f) => f.path).filter((p) => p.endsWith('.py'))
      const changes = modules.flatMap((file) => {
        const names = definitions(readFileSync(join(root, file), 'utf8'))
        return names.length ? [...names.map((n) => ({ file, names: [n] })), { file, names }] : []
      })
      const edges = repoGraph.edges.map((e) => [e.from, e.to, e.kinds ?? [e.kind]])
      const request = JSON.stringify({ root, edges, cases: changes })
      const expected = JSON.parse(execFileSync('python3', [ORACLE], { input: request, encoding: 'utf8' })) as unknown[]
      const got = changes.map(({ file, names }) => {
        const found = using.importersUsing(file, names, (p) => directImporters(repoGraph, p), repoGraph.repository, pythonFacts(repoGraph))!
        return Object.fromEntries(found.map((u: NameUser) => [u.path, { names: u.names, reexports: u.reexports }]))
      })
      for (let k = 0; k < changes.length; k++)
        expect({ change: changes[k], users: got[k] }).toEqual({ change: changes[k], users: expected[k] })
      cases += changes.length
    }
    expect(cases).toBeGreaterThan(30)
  })
})
