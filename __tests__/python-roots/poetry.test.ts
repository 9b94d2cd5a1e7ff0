import { describe, expect, it } from '@jest/globals'
import { byCodePoint, type RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { pyrightImports } from './pyright.js'
import { filesBelow, resolveFiles } from './resolve-fixture.js'

// The real-world check on python-poetry/poetry (a namespace package in a src layout), run by hand:
//   POETRY_DIR=/path/to/poetry NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/python-roots/poetry
// Figures and departures: docs/contracts.md §4.
const dir = process.env.POETRY_DIR
const maybe = dir ? describe : describe.skip

maybe('python-poetry/poetry', () => {
  it('src/poetry/factory.py reaches about 280 files, and no poetry.* import of a file the repository has is unresolved', async () => {
    const graph = await buildGraph(dir!)
    const impact = blastRadius(graph, ['src/poetry/factory.py' as RepoPath])
    console.log(`poetry: ${graph.files.length} files, ${graph.edges.length} edges; factory.py reaches ${impact.affected.total}`)
    expect(impact.affected.total).toBeGreaterThan(250)
    // What stays unresolved under poetry.* is poetry-core's, another distribution's portion of the namespace.
    expect(graph.unresolved.filter((u) => u.specifier.startsWith('poetry.') && !u.specifier.startsWith('poetry.core'))).toEqual([])
    expect(graph.unresolved.filter((u) => u.looksLocal)).toEqual([])
  }, 600_000)

  it('each file imports the files pyright finds, configured as poetry’s packaging says', async () => {
    const [ours, theirs] = await Promise.all([
      resolveFiles(await filesBelow(dir!)),
      pyrightImports(dir!, { executionEnvironments: [{ root: 'tests', extraPaths: ['.', 'src'] }, { root: 'src' }] }),
    ])
    const packageOf = new Map(ours.edges.filter((e) => e.kind === 'package').map((e) => [e.from as string, e.to as string]))
    const mine = new Set(ours.edges.filter((e) => e.kind !== 'package').map((e) => `${e.from} -> ${e.to}`))
    const implied = new Set(mine)
    for (const [from] of theirs) for (let init = packageOf.get(from); init; init = packageOf.get(init)) implied.add(`${from} -> ${init}`)
    for (const pair of mine) {
      const [from, to] = pair.split(' -> ') as [string, string]
      for (let init = packageOf.get(to); init; init = packageOf.get(init)) implied.add(`${from} -> ${init}`)
    }
    const pyright = new Set([...theirs].flatMap(([from, tos]) => tos.filter((to) => to !== from).map((to) => `${from} -> ${to}`)))
    const oursOnly = [...mine].filter((p) => !pyright.has(p)).sort(byCodePoint)
    const pyrightOnly = [...pyright].filter((p) => !implied.has(p)).sort(byCodePoint)
    console.log(`poetry: ${mine.size} pairs ours, ${pyright.size} pyright's; ours only ${oursOnly.length}, pyright only ${pyrightOnly.length}\n` +
      [...oursOnly.map((p) => `ours only: ${p}`), ...pyrightOnly.map((p) => `pyright only: ${p}`)].join('\n'))
    // The one departure (docs/contracts.md §4): pyright falls back to the importing file's own folder for
    // an absolute name it finds nowhere else; Python 3 has no implicit relative imports, so the
    // third-party `installer` stays third party.
    expect(oursOnly).toEqual([])
    expect(pyrightOnly).toEqual(['src/poetry/installation/wheel_installer.py -> src/poetry/installation/installer.py'])
  }, 600_000)
})
