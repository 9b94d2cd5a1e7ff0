import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { byCodePoint, type RepoPath } from '../../src/core/repo-path.js'
import { pyrightImports } from './pyright.js'
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
        { root: 'airflow-core/tests', extraPaths: ['airflow-core/src', 'shared/logging/src', 'providers/standard/src', 'dev/logging-tools/src'] },
        { root: '.', extraPaths: ['airflow-core/src', 'shared/logging/src', 'providers/standard/src', 'dev/logging-tools/src'] },
      ],
    },
  },
  'tests-init': {
    config: { executionEnvironments: [{ root: 'tests/unit', extraPaths: ['.', 'src'] }, { root: 'itests', extraPaths: ['.', 'src'] }, { root: '.', extraPaths: ['src'] }] },
  },
  'setup-py-layout': {
    pyrightOnly: {
      'lib/python/tool/cli.py -> lib/python/nsdir/x.py': 'find_packages() installs no folder without __init__.py; pyright takes every folder of an extra path',
    },
    config: { executionEnvironments: [{ root: 'tests', extraPaths: ['lib/python', '.'] }, { root: 'lib/python' }] },
  },
  'pytest-pythonpath': {
    config: { executionEnvironments: [{ root: 'tests', extraPaths: ['src', 'testing/support', '.'] }, { root: 'testing/support', extraPaths: ['src'] }, { root: 'src' }] },
  },
  'namespace-sub': {
    pyrightOnly: {
      'pkg/user.py -> pkg/sub/__init__.py':
        'Python runs pkg/sub/__init__.py before a module of the namespace package pkg/sub/ns; §4’s package edges stop at a folder without __init__.py',
    },
    config: {},
  },
  'sys-path-script': {
    config: { executionEnvironments: [{ root: 'scripts', extraPaths: ['lib'] }, { root: 'tools/gen.py', extraPaths: ['tools', 'lib'] }, { root: 'tools' }] },
  },
}

describe('our file for each import is pyright’s', () => {
  for (const [fixture, spec] of Object.entries(CASES)) {
    it(fixture, async () => {
      const [ours, theirs] = await Promise.all([resolveFixture(fixture), pyrightImports(join(FIXTURES, fixture), spec.config)])
      const pairs = (list: Iterable<[string, string]>) => new Set([...list].map(([from, to]) => `${from} -> ${to}`))
      const mine = pairs(ours.edges.filter((e) => e.kind !== 'package').map((e) => [e.from, e.to]))
      // pyright also lists the `__init__` of every package an import runs; our graph reaches those
      // through `package` edges (from the importer or the imported file), so a pair they imply is no difference.
      const packageOf = new Map(ours.edges.filter((e) => e.kind === 'package').map((e) => [e.from, e.to]))
      const implied = new Set(mine)
      for (const [from] of theirs) for (let init = packageOf.get(from as RepoPath); init; init = packageOf.get(init)) implied.add(`${from} -> ${init}`)
      for (const pair of mine) {
        const [from, to] = pair.split(' -> ') as [string, string]
        for (let init = packageOf.get(to as RepoPath); init; init = packageOf.get(init)) implied.add(`${from} -> ${init}`)
      }
      const pyright = pairs([...theirs].flatMap(([from, tos]) => tos.filter((to) => to !== from).map((to): [string, string] => [from, to])))
      const oursOnly = [...mine].filter((p) => !pyright.has(p)).sort(byCodePoint)
      const pyrightOnly = [...pyright].filter((p) => !implied.has(p)).sort(byCodePoint)
      expect(oursOnly).toEqual(Object.keys(spec.oursOnly ?? {}).sort(byCodePoint))
      expect(pyrightOnly).toEqual(Object.keys(spec.pyrightOnly ?? {}).sort(byCodePoint))
      expect(mine.size).toBeGreaterThan(0)
    })
  }
})
