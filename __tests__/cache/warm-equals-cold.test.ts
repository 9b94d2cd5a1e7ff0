import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeSynthRepo } from '../../scripts/synth-repo.mjs'
import { FACTS_CACHE_FILE } from '../../src/cache/facts-cache.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { graphDifferences } from '../speed/graph-differences.js'

// A cache may make a run faster, never different: every graph built with one is compared with the
// graph built without, after the changes a cache could be fooled by.

const FILES = 800

let scratch: string
let pristine: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'blast-radius-warm-'))
  pristine = join(scratch, 'pristine')
  writeSynthRepo({ files: FILES, seed: 9, out: pristine, git: true })
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let copies = 0
/** A fresh copy of the synthetic repository (with its .git, or without), and a cache folder for it. */
function fresh(git: boolean): { repo: string; cacheDir: string } {
  const base = join(scratch, `copy-${++copies}`)
  cpSync(pristine, join(base, 'repo'), { recursive: true, filter: (src) => git || !src.includes('/.git') })
  return { repo: join(base, 'repo'), cacheDir: join(base, 'cache') }
}

/**
 * Ten modules inside packages, each given `from . import *`: an `import` edge to its package's
 * __init__ where there was only a `package` one, so the graph visibly changes.
 */
function editTen(repo: string): string[] {
  const modules = readdirSync(repo, { recursive: true })
    .map(String)
    .filter((p) => /^[a-z][a-z0-9_]*\/(?:[a-z0-9_]+\/)*[a-z][a-z0-9_]*\.py$/.test(p) && !p.endsWith('__init__.py'))
    .sort()
  const chosen = Array.from({ length: 10 }, (_, i) => modules[Math.floor((i * modules.length) / 10)]!)
  for (const path of chosen) appendFileSync(join(repo, path), '\nfrom . import *\n')
  return chosen
}

const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: 'ignore' })

async function expectSame(repo: string, cacheDir: string): Promise<ImportGraph> {
  const cold = await buildGraph(repo)
  const warm = await buildGraph(repo, { cacheDir })
  expect(graphDifferences(cold, warm)).toEqual([])
  return warm
}

/** A run with the cache, ten files edited (then `afterEdit`), a run again: each equal to one without. */
async function editBetweenRuns(repo: string, cacheDir: string, afterEdit = () => {}): Promise<ImportGraph> {
  const before = await expectSame(repo, cacheDir)
  editTen(repo)
  afterEdit()
  const after = await expectSame(repo, cacheDir)
  // The edits changed the graph: a cache serving old facts would show.
  expect(graphDifferences(before, after)).not.toEqual([])
  return after
}

describe('a graph built with the facts cache is the graph built without it', () => {
  it('when nothing changed, and the second run takes every file from the cache', async () => {
    const { repo, cacheDir } = fresh(true)
    const first = await expectSame(repo, cacheDir)
    // Files with the same content (empty __init__.py files, say) share one entry even in a first run.
    expect(first.cache!.hits + first.cache!.misses).toBe(FILES)
    expect(first.cache!.misses).toBeGreaterThan(FILES / 2)
    const second = await expectSame(repo, cacheDir)
    expect(second.cache).toMatchObject({ hits: FILES, misses: 0 })
  })

  it('after files changed and were committed (git blob ids change)', async () => {
    const { repo, cacheDir } = fresh(true)
    await editBetweenRuns(repo, cacheDir, () => {
      git(repo, 'add', '-A')
      git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'edit')
    })
  })

  it('after files changed in the working tree and were not staged (the index still has the old blob ids)', async () => {
    const { repo, cacheDir } = fresh(true)
    await editBetweenRuns(repo, cacheDir)
  })

  it('after files changed outside git (keys are content hashes)', async () => {
    const { repo, cacheDir } = fresh(false)
    const after = await editBetweenRuns(repo, cacheDir)
    expect(after.cache).toMatchObject({ hits: FILES - 10, misses: 10 })
  })

  it('when the cache file was damaged in between, which the run reports and ignores', async () => {
    const { repo, cacheDir } = fresh(false)
    const first = await expectSame(repo, cacheDir)
    writeFileSync(join(cacheDir, FACTS_CACHE_FILE), '{"format":"blast-radius/facts-cache@1"')
    const warm = await expectSame(repo, cacheDir)
    expect(warm.cache).toEqual({ ...first.cache, reason: 'not a facts cache (no header line)' })
  })
})
