// The facts cache is keyed by a digest of what extraction is made of (facts-digest.ts), never by a
// constant someone must remember to bump. This holds the digest to its promise: for each language, the
// facts of a fixed set of files are recorded beside the digest they were made under, and facts that
// change while the digest stays the same fail here (a dependency that changed parsing, say).
// After a change to a language's sources: UPDATE_FACTS_KEY=1 npx jest __tests__/cache/facts-key
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RepoPath } from '../../src/core/repo-path.js'
import { factsDigest } from '../../src/languages/facts-digest.js'
import { languageAdapters } from '../../src/languages/registry.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const RECORD = fileURLToPath(new URL('./facts-key.json', import.meta.url))
/** Where each language finds files to extract: the fixtures and the examples. */
const CORPORA = ['__tests__/fixtures', 'examples']

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesBelow(path) : [path]
  })
}

interface Recorded {
  readonly digest: string
  readonly files: number
  readonly facts: string
}

async function current(): Promise<Record<string, Recorded>> {
  const all = CORPORA.flatMap((dir) => filesBelow(join(ROOT, dir))).map((file) => ({ path: relative(ROOT, file) as RepoPath }))
  const result: Record<string, Recorded> = {}
  for (const adapter of languageAdapters()) {
    await adapter.init()
    const hash = createHash('sha256')
    const files = adapter.select(all).sort((a, b) => (a.path < b.path ? -1 : 1))
    for (const { path } of files) hash.update(`${path}\0${JSON.stringify(adapter.extract(readFileSync(join(ROOT, path)), path))}\0`)
    result[adapter.id] = { digest: factsDigest(adapter), files: files.length, facts: hash.digest('hex').slice(0, 16) }
  }
  return result
}

describe('the facts cache key', () => {
  it('changes whenever what extraction returns changes', async () => {
    const now = await current()
    if (process.env.UPDATE_FACTS_KEY) writeFileSync(RECORD, JSON.stringify(now, null, 2) + '\n')
    const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, Recorded>
    for (const [language, entry] of Object.entries(now)) {
      const before = recorded[language]
      expect({ language, recorded: before !== undefined }).toEqual({ language, recorded: true })
      if (before!.digest === entry.digest) {
        // Same key: the same facts, or a cache would serve stale ones.
        expect({ language, files: entry.files, facts: entry.facts }).toEqual({ language, files: before!.files, facts: before!.facts })
      } else {
        throw new Error(
          `${language}: the facts digest changed (${before!.digest} → ${entry.digest}); record it: UPDATE_FACTS_KEY=1 npx jest __tests__/cache/facts-key`,
        )
      }
    }
  })

  it('is the same in the bundle as from the sources', () => {
    // The CLI's bundle is split (cli.js and the chunks it loads): the digests are in one of them.
    const cliFiles = readdirSync(join(ROOT, 'dist')).filter((name) => /^cli(?:-.*)?\.js$/.test(name))
    const bundled = cliFiles.map((name) => readFileSync(join(ROOT, 'dist', name), 'utf8')).join('\n')
    for (const adapter of languageAdapters()) expect(bundled).toContain(`${adapter.id}: "${factsDigest(adapter)}"`)
  })
})
