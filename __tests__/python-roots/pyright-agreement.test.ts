import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { byCodePoint } from '../../src/core/repo-path.js'
import { havePython } from '../helpers/ast-oracle.js'
import { cpythonImports, haveSetuptools, type CpythonImports, type PathEntry } from './cpython.js'
import { differences, pyrightImports, searchPathsOf, type PyrightRun } from './pyright.js'
import { FIXTURES, resolveFixture } from './resolve-fixture.js'

/**
 * The differential check: for each fixture, pyright configured the way its packaging says (the
 * execution environments and extra paths a developer would write for it), and our graph. For every
 * file, the repository files it imports must be the same, but for the departures named here, each a
 * documented difference between pyright and Python (docs/contracts.md §4), and each checked against
 * CPython itself below.
 */
interface Case {
  readonly config: object
  /** `from -> to` pairs only we have, and only pyright has, with the reason. */
  readonly oursOnly?: Readonly<Record<string, string>>
  readonly pyrightOnly?: Readonly<Record<string, string>>
  /**
   * Search paths that CPython is to see as the distribution the given setup.py installs (the modules
   * its build copies), not as the folder: for a departure whose reason is what an install holds.
   */
  readonly installedBy?: Readonly<Record<string, string>>
}

const CASES: Record<string, Case> = {
  'poetry-shape': {
    config: { executionEnvironments: [{ root: 'tests', extraPaths: ['.', 'src'] }, { root: 'src' }] },
  },
  'airflow-shape': {
    oursOnly: {
      'airflow-core/src/airflow/utils/log.py -> providers/standard/src/airflow/providers/standard/hooks/base.py':
        'pyright does not merge a package whose __init__ calls pkgutil.extend_path with its namesakes; CPython does',
    },
    config: {
      executionEnvironments: [
        {
          root: 'airflow-core/tests',
          extraPaths: ['airflow-core/src', 'shared/logging/src', 'providers/standard/src', 'dev/logging-tools/src'],
        },
        { root: '.', extraPaths: ['airflow-core/src', 'shared/logging/src', 'providers/standard/src', 'dev/logging-tools/src'] },
      ],
    },
  },
  'tests-init': {
    config: {
      executionEnvironments: [
        { root: 'tests/unit', extraPaths: ['.', 'src'] },
        { root: 'itests', extraPaths: ['.', 'src'] },
        { root: '.', extraPaths: ['src'] },
      ],
    },
  },
  'setup-py-layout': {
    pyrightOnly: {
      'lib/python/tool/cli.py -> lib/python/nsdir/x.py':
        'find_packages() installs no folder without __init__.py; pyright takes every folder of an extra path',
    },
    // CPython judges this one on the install its reason names. With lib/python itself on sys.path
    // (pyright's extra path, and what setuptools' default editable install of this layout adds, a .pth
    // of the folder) CPython does import nsdir.x: the departure holds for a regular install.
    installedBy: { 'lib/python': 'setup.py' },
    config: { executionEnvironments: [{ root: 'tests', extraPaths: ['lib/python', '.'] }, { root: 'lib/python' }] },
  },
  'pytest-pythonpath': {
    config: {
      executionEnvironments: [
        { root: 'tests', extraPaths: ['src', 'testing/support', '.'] },
        { root: 'testing/support', extraPaths: ['src'] },
        { root: 'src' },
      ],
    },
  },
  'namespace-sub': {
    oursOnly: {
      'pkg/ns_deep_from.py -> pkg/sub/__init__.py':
        'CPython runs pkg/sub/__init__.py to import the namespace package pkg.sub.ns; pyright lists no file for a from-import of one',
      'pkg/ns_star.py -> pkg/sub/__init__.py':
        'CPython runs pkg/sub/__init__.py to import the namespace package pkg.sub.ns; pyright lists no file for a from-import of one',
    },
    pyrightOnly: {
      'pkg/ns_star.py -> pkg/sub/ns/mod.py':
        '`*` of a namespace package takes every submodule in pyright; in CPython only those imported already (it has no __all__, runs no code)',
      'pkg/ns_star.py -> pkg/sub/ns/other.py':
        '`*` of a namespace package takes every submodule in pyright; in CPython only those imported already (it has no __all__, runs no code)',
    },
    config: {},
  },
  'namespace-portions': {
    oursOnly: Object.fromEntries(
      ['p1/src/ns/a.py', 'p1/src/ns/a_module.py', 'p1/src/ns/sub/deep.py'].map((from) => [
        `${from} -> p2/src/ns/b.py`,
        'a relative import looks in the package’s __path__ in CPython (every portion of a namespace package); pyright only in the importer’s own folder',
      ]),
    ),
    config: { executionEnvironments: [{ root: '.', extraPaths: ['p1/src', 'p2/src', 'p3/src'] }] },
  },
  'extend-path-order': {
    oursOnly: {
      'z/src/zapp/other.py -> a/src/ns/only_a.py':
        'pyright does not merge a package whose __init__ calls pkgutil.extend_path with its namesakes; CPython does',
    },
    config: { executionEnvironments: [{ root: 'z/src', extraPaths: ['a/src', 'b/src'] }] },
  },
  'sys-path-script': {
    config: {
      executionEnvironments: [
        { root: 'scripts', extraPaths: ['lib'] },
        { root: 'tools/gen.py', extraPaths: ['tools', 'lib'] },
        { root: 'tools' },
      ],
    },
  },
}

/** One pyright run a fixture, for both checks. */
const runs = new Map<string, Promise<PyrightRun>>()
function pyrightRun(fixture: string): Promise<PyrightRun> {
  if (!runs.has(fixture)) runs.set(fixture, pyrightImports(join(FIXTURES, fixture), CASES[fixture]!.config))
  return runs.get(fixture)!
}

describe('our file for each import is pyright’s', () => {
  for (const [fixture, spec] of Object.entries(CASES)) {
    it(fixture, async () => {
      const [ours, theirs] = await Promise.all([resolveFixture(fixture), pyrightRun(fixture)])
      const { oursOnly, pyrightOnly, ours: pairs } = differences(ours.edges, theirs.imports)
      expect(oursOnly).toEqual(Object.keys(spec.oursOnly ?? {}).sort(byCodePoint))
      expect(pyrightOnly).toEqual(Object.keys(spec.pyrightOnly ?? {}).sort(byCodePoint))
      expect(pairs).toBeGreaterThan(0)
    })
  }
})

const IMPORTS = 'CPython imports it'
const DOES_NOT = 'CPython does not import it'

/** CPython's word on `from -> to`, where `judged` is what it did on importing `from`. */
function verdict(judged: CpythonImports, to: string): string {
  if (judged.imports.includes(to)) return IMPORTS
  // Absent from what did not run is no answer: a function body, `if TYPE_CHECKING:`, or what
  // follows a statement that raised.
  const notRun = judged.statements.filter((line) => !judged.run.includes(line))
  if (notRun.length > 0) return `not checkable: line ${notRun.join(', ')} did not run (${judged.error ?? 'not at import time'})`
  return DOES_NOT
}

/**
 * Each departure's CPython side, by CPython itself (cpython.ts, cpython_imports.py): every `oursOnly`
 * pair is a file its `from` imports when CPython imports it, and no `pyrightOnly` pair is. Each
 * `from` is imported with its pyright execution environment's search paths on sys.path, in order,
 * after the standard library (pyright's own order: its bundled stdlib first).
 */
describe('CPython imports what each departure says', () => {
  if (!havePython)
    it('needs python3 as its judge', () => {
      console.warn('python3 not found: the departures are not checked')
    })
  else if (!haveSetuptools)
    it('needs setuptools for a setup.py install', () => {
      console.warn('setuptools not found: setup.py installs are not checked')
    })
  for (const [fixture, spec] of Object.entries(CASES)) {
    const claims: Record<string, string> = {
      ...Object.fromEntries(Object.keys(spec.oursOnly ?? {}).map((pair) => [pair, IMPORTS])),
      ...Object.fromEntries(Object.keys(spec.pyrightOnly ?? {}).map((pair) => [pair, DOES_NOT])),
    }
    if (Object.keys(claims).length === 0) continue
    ;(havePython && (haveSetuptools || !spec.installedBy) ? it : it.skip)(fixture, async () => {
      const run = await pyrightRun(fixture)
      const entry = (path: string): PathEntry => (spec.installedBy?.[path] ? { install: spec.installedBy[path] } : path)
      const pairs = Object.keys(claims).map((pair) => [pair, ...pair.split(' -> ')] as [string, string, string])
      const pathOf = Object.fromEntries(pairs.map(([, from]) => [from, searchPathsOf(run, from)]))
      const judged = await cpythonImports(
        join(FIXTURES, fixture),
        Object.fromEntries(Object.entries(pathOf).map(([from, paths]) => [from, paths.map(entry)])),
      )
      expect(Object.fromEntries(pairs.map(([pair, from, to]) => [pair, verdict(judged[from]!, to)]))).toEqual(claims)
      // An install that no checked file's path has would be a dead setting.
      expect(Object.keys(spec.installedBy ?? {}).filter((path) => !Object.values(pathOf).flat().includes(path))).toEqual([])
    })
  }
})
