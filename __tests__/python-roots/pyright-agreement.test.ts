import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { byCodePoint } from '../../src/core/repo-path.js'
import { differences, pyrightImports } from './pyright.js'
import { FIXTURES, resolveFixture } from './resolve-fixture.js'

/**
 * The differential check: for each fixture, pyright configured the way its packaging says (the
 * execution environments and extra paths a developer would write for it), and our graph. For every
 * file, the repository files it imports must be the same, but for the departures named here, each a
 * documented difference between pyright and Python (docs/contracts.md §4).
 */
interface Case {
  readonly config: object
  /** `from -> to` pairs only we have, and only pyright has, with the reason. */
  readonly oursOnly?: Readonly<Record<string, string>>
  readonly pyrightOnly?: Readonly<Record<string, string>>
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

describe('our file for each import is pyright’s', () => {
  for (const [fixture, spec] of Object.entries(CASES)) {
    it(fixture, async () => {
      const [ours, theirs] = await Promise.all([resolveFixture(fixture), pyrightImports(join(FIXTURES, fixture), spec.config)])
      const { oursOnly, pyrightOnly, ours: pairs } = differences(ours.edges, theirs)
      expect(oursOnly).toEqual(Object.keys(spec.oursOnly ?? {}).sort(byCodePoint))
      expect(pyrightOnly).toEqual(Object.keys(spec.pyrightOnly ?? {}).sort(byCodePoint))
      expect(pairs).toBeGreaterThan(0)
    })
  }
})
