// The folders of src/ are layers, and data flows one way through them: each folder imports only the
// folders below it. The order is the README's ("Project layout"); a new folder must be placed in it.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { languageAdapters } from '../../src/languages/registry.js'

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

  it("has a language's folder import only its own files, those beside it and core/", () => {
    // The facts digest (languages/facts-digest.ts) covers exactly these: what a cached fact or resolution depends on.
    const outside = FILES.filter((f) => /^languages\/[^/]+\//.test(f.path)).flatMap(({ path, imports }) => {
      const own = path.slice(0, path.indexOf('/', 'languages/'.length) + 1)
      return imports
        .filter((target) => !target.startsWith(own) && !target.startsWith('core/') && !/^languages\/[^/]+\.ts$/.test(target))
        .map((target) => `${path} → ${target}`)
    })
    expect(outside).toEqual([])
  })

  it("keeps each language's words in its own folder", () => {
    expect(languageLeaks(FILES.map((f) => ({ path: f.path, text: readFileSync(join(SRC, f.path), 'utf8') })))).toEqual([])
  })

  it('sees a rule of a language planted outside its folder', () => {
    const planted = [
      { path: 'report/words.ts', text: "const NAMES = { python: 'Python', go: 'Go' }\n" },
      { path: 'report/runs.ts', text: "export const RUNNERS = ['pytest']\n" },
      { path: 'graph/tests.ts', text: "export const isTest = (path: string) => path.endsWith('_test.go')\n" },
      { path: 'impact/types.ts', text: "if (path.endsWith('.d.ts')) return 'types'\n" },
      { path: 'languages/javascript/resolve.ts', text: "const init = '__init__.py'\n" },
      { path: 'languages/go/select.ts', text: "const skip = ['testdata', 'vendor']\n" },
    ]
    expect(languageLeaks(planted)).toEqual([
      "report/words.ts: Python (its name or its test runner's)",
      "report/runs.ts: Python (its name or its test runner's)",
      'languages/javascript/resolve.ts: Python',
      'impact/types.ts: JavaScript',
      "report/words.ts: Go (its name or its test runner's)",
      'graph/tests.ts: Go',
    ])
  })
})

/**
 * Words only a language's rules use, by adapter id: seen outside that language's folder, one of its rules
 * has leaked (a test-file pattern, a file ending, a configuration file).
 */
const RULE_WORDS: Readonly<Record<string, RegExp>> = {
  python: /TYPE_CHECKING|__init__|__all__|importlib|conftest|\.py\b/,
  javascript: /tsconfig|jsconfig|node_modules|\.d\.ts\b|\.[jt]sx\b|\.[cm]ts\b|\brequire\(|moduleResolution/,
  go: /go\.mod\b|go\.work\b|\.go\b|GOOS|GOARCH|go:build|testdata/,
}

/** Where a language's words are not its rules: a file, and the adapters whose words it may hold, with why. */
const NOT_RULES: Readonly<Record<string, readonly string[]>> = {
  // discovery leaves installed third-party code (node_modules, site-packages) out before any language reads the tree
  'discover/discover.ts': ['javascript'],
  // where this project's own grammar packages are installed when it runs from source
  'core/wasm-file.ts': ['javascript'],
  // the interface's comments give each language's cases as examples
  'languages/adapter.ts': ['javascript', 'go'],
}

/**
 * `path: Language` for each file outside a language's folder that holds one of its rule words, and
 * `path: Language (its name or its test runner's)` where one holds what people call it, or its test
 * runner, as a string (the report's table of language names and its default `pytest` were such leaks):
 * those names are the adapter's to give (`languageNames`, `testRunner`).
 */
function languageLeaks(files: readonly { path: string; text: string }[]): string[] {
  return languageAdapters().flatMap((adapter) => {
    const names = [...Object.values(adapter.languageNames), ...(adapter.testRunner ? [adapter.testRunner.name] : [])]
    const named = new RegExp(`(['"])(${names.join('|')})\\1`)
    const label = names[0]!
    return files.flatMap(({ path, text }) => {
      if (path.startsWith(`languages/${adapter.id}/`)) return []
      const leaks: string[] = []
      if (RULE_WORDS[adapter.id]!.test(text) && !NOT_RULES[path]?.includes(adapter.id)) leaks.push(`${path}: ${label}`)
      if (named.test(text)) leaks.push(`${path}: ${label} (its name or its test runner's)`)
      return leaks
    })
  })
}
