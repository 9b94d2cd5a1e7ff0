// The folders of src/ are layers, and data flows one way through them: each folder imports only the
// folders below it. The order is the README's ("Project layout"); a new folder must be placed in it.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))

/** Bottom first; folders on one line are side by side and may not import each other. */
const LAYERS: readonly (readonly string[])[] = [
  ['core', 'format'],
  // git is started in one place (git/run-git.ts, with hooks and the file-system monitor off), which discovery uses too.
  ['git'],
  ['cache', 'discover'],
  ['languages'],
  ['graph'],
  ['impact'],
  ['change'],
  ['report'],
  ['snapshot'],
  ['viewer'],
  ['cli', 'action'],
]
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((folder) => [folder, i] as const)))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Every relative import of a file, as a path below src/ (`graph/import-graph.ts`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) =>
    relative(SRC, join(dirname(file), m[1]!)).replace(/\.js$/, '.ts'),
  )
}

const FILES = sources(SRC).map((file) => ({ path: relative(SRC, file), imports: importsOf(file) }))
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : undefined)

describe('the layers of src/', () => {
  it('places every folder in the order', () => {
    const folders = [...new Set(FILES.map((f) => folderOf(f.path)).filter((f) => f !== undefined))]
    expect(folders.filter((f) => !rank.has(f))).toEqual([])
  })

  it('has each folder import only the folders below it', () => {
    const upward = FILES.flatMap(({ path, imports }) => {
      const from = folderOf(path)
      if (from === undefined) return [] // the entry points (index.ts, main.ts, cli.ts) stand above every layer
      return imports
        .filter((target) => {
          const to = folderOf(target)
          return to !== undefined && to !== from && rank.get(to)! >= rank.get(from)!
        })
        .map((target) => `${path} → ${target}`)
    })
    expect(upward).toEqual([])
  })

  it('keeps format/ a leaf: it imports nothing of the project', () => {
    const out = FILES.filter((f) => folderOf(f.path) === 'format').flatMap((f) =>
      f.imports.filter((target) => folderOf(target) !== 'format').map((target) => `${f.path} → ${target}`),
    )
    expect(out).toEqual([])
  })

  it("lets nothing outside a language's folder import its internals", () => {
    const isInternal = (target: string) => /^languages\/[^/]+\//.test(target)
    const languageOf = (path: string) => /^languages\/([^/]+)\//.exec(path)?.[1]
    const leaks = FILES.flatMap(({ path, imports }) =>
      imports
        .filter((target) => isInternal(target) && languageOf(target) !== languageOf(path) && path !== 'languages/registry.ts')
        .map((target) => `${path} → ${target}`),
    )
    expect(leaks).toEqual([])
  })

  it("keeps each language's words in its own folder", () => {
    const python = /TYPE_CHECKING|__init__|importlib|\.py\b/
    const outside = FILES.filter((f) => !f.path.startsWith('languages/python/') && python.test(readFileSync(join(SRC, f.path), 'utf8')))
    expect(outside.map((f) => f.path)).toEqual([])
  })
})
