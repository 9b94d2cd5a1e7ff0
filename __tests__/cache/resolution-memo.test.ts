import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FactsCache } from '../../src/cache/facts-cache.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph, type BuildOptions } from '../../src/graph/build-graph.js'
import { namespace } from '../../src/graph/extract-files.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { languageAdapters } from '../../src/languages/registry.js'
import { graphJson } from '../../src/report/graph-json.js'
import { makeRepo } from '../helpers/fixture-repo.js'

// A language's resolution is kept in the facts cache and used again when nothing it reads changed
// (src/graph/resolution-memo.ts). Every warm graph here is compared whole with the graph built
// without a cache, and each case says whether the resolution was kept: a memo that kept too much
// would show as a difference, one that never kept anything as a wrong `kept`.

const REPO = {
  'pyproject.toml': '[project]\nname = "shop"\n',
  'shop/__init__.py': '',
  'shop/models.py': 'import json\n\ndef price():\n    return 1\n',
  'shop/views.py': 'from shop.models import price\nfrom shop import missing\n\ndef show():\n    return price()\n',
  'lib/helpers.py': 'def helper():\n    return 2\n',
  'web/tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@app/*": ["src/*"] } } }\n',
  'web/src/api.ts': 'export const api = 1\n',
  'web/src/page.ts': "import { api } from '@app/api'\nexport const page = () => import(name)\n",
}

/** The graph as data, all of it that resolution gives (timing and cache figures left out). */
function whole(graph: ImportGraph) {
  const { stats: _stats, ...lists } = graphJson(graph)
  return { ...lists, attributes: graph.attributes, roots: graph.roots, dynamicMeanings: graph.dynamicMeanings }
}

/** A warm run equal to a cold one; which languages' resolutions it kept. */
async function warmRun(
  repo: string,
  cacheDir: string,
  options: BuildOptions = {},
): Promise<{ graph: ImportGraph; kept: readonly string[] }> {
  const cold = await buildGraph(repo, options)
  const warm = await buildGraph(repo, { ...options, cacheDir })
  expect(whole(warm)).toEqual(whole(cold))
  return { graph: warm, kept: warm.cache!.resolutionsReused ?? [] }
}

async function primed(): Promise<{ repo: string; cacheDir: string }> {
  const repo = await makeRepo(REPO)
  const cacheDir = mkdtempSync(join(tmpdir(), 'blast-radius-memo-'))
  expect((await warmRun(repo, cacheDir)).kept).toEqual([])
  return { repo, cacheDir }
}

describe("a language's resolution kept between runs", () => {
  it('is kept when nothing changed, and when a change leaves every file importing as before', async () => {
    const { repo, cacheDir } = await primed()
    expect((await warmRun(repo, cacheDir)).kept).toEqual(['python', 'javascript'])
    // a function body and a comment: new content, the same facts
    writeFileSync(join(repo, 'shop/models.py'), 'import json\n\ndef price():\n    return 2  # was 1\n')
    appendFileSync(join(repo, 'web/src/api.ts'), '// a note\n')
    expect((await warmRun(repo, cacheDir)).kept).toEqual(['python', 'javascript'])
    // the file is kept by its new content now: changing its imports after that still resolves again
    writeFileSync(join(repo, 'shop/models.py'), 'import json\nfrom shop.views import show\n\ndef price():\n    return 2\n')
    const { graph, kept } = await warmRun(repo, cacheDir)
    expect(kept).toEqual(['javascript'])
    expect(graph.edges).toContainEqual({ from: 'shop/models.py', to: 'shop/views.py', kind: 'import', line: 2 })
    rmSync(cacheDir, { recursive: true })
  })

  it('resolves again when a file imports otherwise', async () => {
    const { repo, cacheDir } = await primed()
    appendFileSync(join(repo, 'web/src/api.ts'), "import '@app/page'\n")
    const { graph, kept } = await warmRun(repo, cacheDir)
    expect(kept).toEqual(['python'])
    expect(graph.edges).toContainEqual({ from: 'web/src/api.ts', to: 'web/src/page.ts', kind: 'import', line: 2 })
  })

  it('resolves again when a configuration file it read changes', async () => {
    const { repo, cacheDir } = await primed()
    writeFileSync(join(repo, 'web/tsconfig.json'), '{ "compilerOptions": { "baseUrl": ".", "paths": { "@app/*": ["lib/*"] } } }\n')
    const ts = await warmRun(repo, cacheDir)
    expect(ts.kept).toEqual(['python'])
    expect(ts.graph.unresolved).toContainEqual(expect.objectContaining({ from: 'web/src/page.ts', specifier: '@app/api' }))
    // a src layout: every Python module is found elsewhere
    writeFileSync(join(repo, 'pyproject.toml'), '[project]\nname = "shop"\n\n[tool.setuptools.packages.find]\nwhere = ["lib"]\n')
    expect((await warmRun(repo, cacheDir)).kept).toEqual(['javascript'])
  })

  it('resolves again when a file is added or removed, or the settings differ', async () => {
    const { repo, cacheDir } = await primed()
    // a file no one imports yet, of neither language: the tree resolution sees is another
    writeFileSync(join(repo, 'shop/missing.txt'), 'not code\n')
    expect((await warmRun(repo, cacheDir)).kept).toEqual([])
    writeFileSync(join(repo, 'shop/missing.py'), 'VALUE = 1\n')
    const added = await warmRun(repo, cacheDir)
    expect(added.graph.edges).toContainEqual(expect.objectContaining({ from: 'shop/views.py', to: 'shop/missing.py' }))
    rmSync(join(repo, 'shop/missing.py'))
    expect((await warmRun(repo, cacheDir)).kept).toEqual([])
    expect((await warmRun(repo, cacheDir)).kept).toEqual(['python', 'javascript'])
    const settings = { 'python-paths': { values: ['lib'], from: '--python-paths' } }
    expect((await warmRun(repo, cacheDir, { settings })).kept).toEqual([])
    expect((await warmRun(repo, cacheDir, { settings })).kept).toEqual(['python', 'javascript'])
  })

  it('does not use a kept resolution that is not the shape of one, or whose record is not', async () => {
    const { repo, cacheDir } = await primed()
    const version = await versionOf(repo, cacheDir)
    let cache = await FactsCache.open(cacheDir, version)
    const memo = cache.recall('#resolution', 'python') as { result: string }
    expect(typeof memo.result).toBe('string')
    cache.set('#resolution', `python ${memo.result}`, { edges: 'none', unresolved: [], dynamic: [], partial: [], attributes: [] })
    cache.set('#resolution', 'javascript', { tree: 1 })
    await cache.save()
    expect((await warmRun(repo, cacheDir)).kept).toEqual([])
    expect((await warmRun(repo, cacheDir)).kept).toEqual(['python', 'javascript'])
    cache = await FactsCache.open(cacheDir, version)
    expect(cache.stats.loaded).toBe(true)
  })
})

describe("a file's facts held in the cache", () => {
  /** Outside git a file is kept by a hash of its bytes. */
  const keyOf = (repo: string, path: string) =>
    `sha1:${createHash('sha1')
      .update(readFileSync(join(repo, path)))
      .digest('hex')}`

  /** Replaces views.py's entry by what is not Python's facts, keeping every other entry (and the resolutions) as they are. */
  async function spoilViews(repo: string, cacheDir: string): Promise<void> {
    const cache = await FactsCache.open(cacheDir, await versionOf(repo, cacheDir))
    for (const adapter of languageAdapters()) {
      for (const path of Object.keys(REPO) as RepoPath[]) cache.recall(namespace(adapter, path), keyOf(repo, path))
      const memo = cache.recall('#resolution', adapter.id) as { result: string } | undefined
      if (memo) cache.recall('#resolution', `${adapter.id} ${memo.result}`)
    }
    expect(cache.recall('python', keyOf(repo, 'shop/views.py'))).toBeDefined()
    cache.set('python', keyOf(repo, 'shop/views.py'), { not: 'facts' })
    await cache.save()
  }

  it('are not read when the resolution is kept: an entry that is not facts then makes them unknown', async () => {
    const { repo, cacheDir } = await primed()
    await spoilViews(repo, cacheDir)
    const { graph, kept } = await warmRun(repo, cacheDir)
    expect(kept).toEqual(['python', 'javascript'])
    expect(graph.factsOf('python')).toBeUndefined()
    expect(graph.factsOf('javascript')?.size).toBe(2)
  })

  it('are read when resolution needs them: an entry that is not facts is a file to extract again', async () => {
    const { repo, cacheDir } = await primed()
    await spoilViews(repo, cacheDir)
    appendFileSync(join(repo, 'shop/models.py'), 'import shop.views\n')
    const again = await warmRun(repo, cacheDir)
    expect(again.kept).toEqual(['javascript'])
    expect(again.graph.edges).toContainEqual(expect.objectContaining({ from: 'shop/views.py', to: 'shop/models.py' }))
    expect(again.graph.factsOf('python')?.get('shop/views.py' as RepoPath)).toBeDefined()
    // What it gave is kept in the entry's place.
    expect((await warmRun(repo, cacheDir)).graph.factsOf('python')?.get('shop/views.py' as RepoPath)).toBeDefined()
  })
})

/** The cache's version, as the engine wrote it (read from the file's header). */
async function versionOf(repo: string, cacheDir: string): Promise<string> {
  await buildGraph(repo, { cacheDir })
  const header = readFileSync(join(cacheDir, 'facts.cache'), 'utf8').split('\n', 1)[0]!
  return (JSON.parse(header) as { version: string }).version
}
