import { describe, expect, it } from '@jest/globals'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { differences, pyrightImports } from './pyright.js'
import { filesBelow, resolveFiles } from './resolve-fixture.js'

// Real-world checks, run by hand on a copy of each repository (not in CI; figures and departures in
// docs/contracts.md §4):
//   POETRY_DIR=/path/to/poetry HATCH_DIR=/path/to/hatch OTEL_DIR=/path/to/opentelemetry-python \
//     NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/python-roots/real-world
// Each compares the graph, file by file, with pyright's resolution configured as the packaging says.
// The figures from buildGraph need the Python adapter to hand resolution the repository (its
// `ResolveContext`) and extraction's path facts (`readPathFacts`); without them no packaging file is
// read, and hatch's backend/src is no root.

const poetry = process.env.POETRY_DIR
const hatch = process.env.HATCH_DIR
const otel = process.env.OTEL_DIR

async function againstPyright(dir: string, config: object) {
  const [ours, theirs] = await Promise.all([resolveFiles(await filesBelow(dir)), pyrightImports(dir, config)])
  const found = differences(ours.edges, theirs.imports)
  console.log(
    `${dir}: ${found.ours} pairs; ours only ${found.oursOnly.length}, pyright only ${found.pyrightOnly.length}\n` +
      [...found.oursOnly.map((p) => `ours only: ${p}`), ...found.pyrightOnly.map((p) => `pyright only: ${p}`)].join('\n'),
  )
  return found
}

;(poetry ? describe : describe.skip)('python-poetry/poetry: a namespace package in a src layout', () => {
  it('src/poetry/factory.py reaches about 280 files; every poetry.* import of a file the repository has resolves', async () => {
    const graph = await buildGraph(poetry!)
    const impact = blastRadius(graph, ['src/poetry/factory.py' as RepoPath])
    console.log(`poetry: ${graph.files.length} files, ${graph.edges.length} edges; factory.py reaches ${impact.affected.total}`)
    expect(impact.affected.total).toBeGreaterThan(250)
    // What stays unresolved under poetry.* is poetry-core's, another distribution's portion of the namespace.
    expect(graph.unresolved.filter((u) => u.specifier.startsWith('poetry.') && !u.specifier.startsWith('poetry.core'))).toEqual([])
    expect(graph.unresolved.filter((u) => u.looksLocal)).toEqual([])
  }, 600_000)

  it('imports the files pyright finds, but one', async () => {
    const found = await againstPyright(poetry!, { executionEnvironments: [{ root: 'tests', extraPaths: ['.', 'src'] }, { root: 'src' }] })
    expect(found.oursOnly).toEqual([])
    // pyright falls back to the importing file's own folder for an absolute name it finds nowhere else;
    // Python 3 has no implicit relative imports, so the third-party `installer` stays third party.
    expect(found.pyrightOnly).toEqual(['src/poetry/installation/wheel_installer.py -> src/poetry/installation/installer.py'])
  }, 600_000)
})

;(hatch ? describe : describe.skip)('pypa/hatch: two src-layout projects (src/hatch, backend/src/hatchling)', () => {
  it('finds both roots and the fixture project; hatchling’s metadata core reaches the CLI', async () => {
    const graph = await buildGraph(hatch!)
    const impact = blastRadius(graph, ['backend/src/hatchling/metadata/core.py' as RepoPath])
    console.log(
      `hatch: ${graph.files.length} files, ${graph.edges.length} edges; hatchling/metadata/core.py reaches ${impact.affected.total}`,
    )
    expect(impact.affected.files.some((f) => f.path.startsWith('src/hatch/'))).toBe(true)
    // hatch._version is written by the build (a VCS hook), and discovery leaves out folders named venv
    // (src/hatch/venv/): both are the repository's names, so they look local rather than third party.
    expect([...new Set(graph.unresolved.filter((u) => u.looksLocal).map((u) => u.specifier))].sort()).toEqual([
      'hatch._version',
      'hatch.venv.core',
    ])
  }, 600_000)

  it('imports the files pyright finds; pyright skips dot folders', async () => {
    const found = await againstPyright(hatch!, {
      executionEnvironments: [
        { root: 'tests', extraPaths: ['.', 'src', 'backend/src'] },
        { root: 'src', extraPaths: ['backend/src'] },
        { root: 'backend/src' },
        { root: '.', extraPaths: ['src', 'backend/src'] },
      ],
    })
    expect(found.oursOnly.filter((p) => !p.startsWith('docs/.hooks/'))).toEqual([])
    expect(found.pyrightOnly).toEqual([])
  }, 900_000)
})

;(otel ? describe : describe.skip)(
  'open-telemetry/opentelemetry-python: src-layout projects sharing the namespace package opentelemetry',
  () => {
    // The `import logging` case of issue 12 (airflow's shape) on a real monorepo: 118 files import the
    // standard library's logging beside 28 projects' roots; none may land on a file of the repository.
    it('every project’s src/ is a root; `import logging` is the standard library’s everywhere', async () => {
      const graph = await buildGraph(otel!)
      const projects = graph.roots.filter((p) => !p.fixture && p.project !== '')
      expect(projects.length).toBeGreaterThan(25)
      for (const p of projects) expect(p.roots.map((r) => r.dir)).toEqual([`${p.project}/src`])
      expect(graph.edges.filter((e) => /(^|\/)logging(\/__init__)?\.pyi?$/.test(e.to))).toEqual([])
      expect(graph.unresolved.filter((u) => u.specifier === 'logging').length).toBeGreaterThan(100)
      const impact = blastRadius(graph, ['opentelemetry-api/src/opentelemetry/trace/__init__.py' as RepoPath])
      console.log(
        `opentelemetry-python: ${graph.files.length} files, ${graph.edges.length} edges; api trace reaches ${impact.affected.total}`,
      )
      expect(impact.affected.total).toBeGreaterThan(350)
    }, 600_000)

    it('imports the files pyright finds, but for stubs beside sources and the test-utils project below tests/', async () => {
      const ours = await resolveFiles(await filesBelow(otel!))
      const projects = ours.roots!.filter((p) => !p.fixture && p.project !== '')
      const srcs = projects.flatMap((p) => p.roots.map((r) => r.dir))
      const found = await againstPyright(otel!, {
        executionEnvironments: [
          ...projects.map((p) => ({ root: `${p.project}/tests`, extraPaths: [p.project, ...srcs] })),
          ...srcs.map((src) => ({ root: src, extraPaths: srcs.filter((s) => s !== src) })),
          { root: '.', extraPaths: srcs },
        ],
      })
      // pyright prefers a stub beside its source (`*_pb2.pyi` beside `*_pb2.py`) and reads the stub's own
      // imports; Python runs the source, which is the file our graph names (docs/contracts.md §4 Files).
      const stubOf = (pair: string) => pair.replace(/\.py$/, '.pyi')
      const pyright = new Set(found.pyrightOnly)
      expect(found.oursOnly.filter((p) => !pyright.has(stubOf(p)))).toEqual([])
      const ourSide = new Set(found.oursOnly.map(stubOf))
      // A project below tests/ is a fixture (§4 item 1), yet opentelemetry-test-utils is installed for the
      // tests: pyright finds what its files import of each other; for us they are unresolved (python-paths is the way out).
      const fixture = 'tests/opentelemetry-test-utils/'
      const rest = found.pyrightOnly.filter((p) => !ourSide.has(p) && !p.split(' -> ')[0]!.endsWith('.pyi'))
      expect(rest.filter((p) => !p.split(' -> ').every((f) => f.startsWith(fixture)))).toEqual([])
    }, 900_000)
  },
)
