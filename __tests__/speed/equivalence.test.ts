import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeSynthRepo } from '../../scripts/synth-repo.mjs'
import { buildGraph, type BuildOptions } from '../../src/graph/build-graph.js'
import type { ExtractionMode as ExtractionPath } from '../../src/languages/adapter.js'
import { graphDifferences } from './graph-differences.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))
const DJANGO = join(process.env.BLAST_RADIUS_CORPORA ?? join(homedir(), '.cache', 'blast-radius-corpora'), 'django-4.2.28')

/**
 * Options that choose the extraction path (`BuildOptions.extractor`), through a getter that notes
 * whether buildGraph read the choice: an engine that ignored it would fail here instead of comparing
 * one path with itself.
 */
function choosing(extractor: ExtractionPath, read: Set<ExtractionPath>): BuildOptions {
  const options = {}
  Object.defineProperty(options, 'extractor', {
    enumerable: true,
    get: () => {
      read.add(extractor)
      return extractor
    },
  })
  return options as BuildOptions
}

/** Both paths over one folder; the graphs' differences, and whether both choices were read. */
async function compare(dir: string) {
  const read = new Set<ExtractionPath>()
  const full = await buildGraph(dir, choosing('full', read))
  const fast = await buildGraph(dir, choosing('fast', read))
  return { full, fast, read: [...read].sort(), differences: graphDifferences(full, fast) }
}

let scratch: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'blast-radius-equivalence-'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The fixture folders that hold Python files, copied out of the repository (git lists only tracked files). */
function fixtureRepos(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) => readdirSync(join(FIXTURES, entry.name), { recursive: true }).some((p) => String(p).endsWith('.py')))
    .map((entry) => entry.name)
}

describe('the fast extraction path gives the same graph as the full parse', () => {
  it('reads the extraction switch (BuildOptions.extractor) at all', async () => {
    const dir = join(scratch, 'switch')
    writeSynthRepo({ files: 30, seed: 3, out: dir })
    const { read } = await compare(dir)
    expect(read).toEqual(['fast', 'full'])
  })

  it.each(fixtureRepos())('on the fixture folder %s', async (name) => {
    const dir = join(scratch, 'fixtures', name)
    cpSync(join(FIXTURES, name), dir, { recursive: true })
    const { full, differences } = await compare(dir)
    expect(full.files.length).toBeGreaterThan(0)
    expect(differences).toEqual([])
  })

  it('on a synthetic repository of 3,000 files', async () => {
    const dir = join(scratch, 'synthetic')
    const made = writeSynthRepo({ files: 3000, seed: 7, out: dir })
    const { full, differences } = await compare(dir)
    // A graph that is nearly empty would compare equal for no merit: check it holds what was written.
    expect(full.files.length).toBe(made.files)
    expect(full.edges.length).toBeGreaterThanOrEqual(made.edges.length)
    expect(full.partial.map((p) => p.path)).toEqual(made.broken)
    expect(differences).toEqual([])
  })

  const django = existsSync(DJANGO) ? it : it.skip
  django(`on Django 4.2.28 (skipped when ${DJANGO} is absent; bash /work/shared/corpora/get-django.sh fetches it)`, async () => {
    const { full, differences } = await compare(DJANGO)
    expect(full.files.filter((f) => f.language === 'python')).toHaveLength(2760)
    expect(differences).toEqual([])
  })
})
