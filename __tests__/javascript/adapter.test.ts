import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toRepoPath, type RepoPath } from '../../src/core/repo-path.js'
import { JavaScriptAdapter } from '../../src/languages/javascript/adapter.js'
import { isDeclarationFile, isJsTestFile } from '../../src/languages/javascript/files.js'
import { languageAdapters } from '../../src/languages/registry.js'
import { wasmFile } from '../../src/core/wasm-file.js'

const EXAMPLE = fileURLToPath(new URL('../../examples/ts-workspace/', import.meta.url))
const paths = (...names: string[]) => names.map(toRepoPath)

let adapter: JavaScriptAdapter
beforeAll(async () => {
  adapter = new JavaScriptAdapter()
  await adapter.init()
})

describe('the JavaScript/TypeScript adapter', () => {
  it('is registered beside Python and Go', () => {
    expect(languageAdapters().map((a) => a.id)).toEqual(['python', 'javascript', 'go'])
  })

  it('selects the graph files of §5, declaration files included, never below node_modules', () => {
    const files = paths(
      'a.js',
      'b.jsx',
      'c.mjs',
      'd.cjs',
      'e.ts',
      'f.tsx',
      'g.mts',
      'h.cts',
      'i.d.ts',
      'j.d.mts',
      'k.d.css.ts',
      'l.json',
      'm.vue',
      'n.py',
      'node_modules/x/index.js',
      'pkg/node_modules/y.ts',
      'o.ts.bak',
      'p.jsonc',
    )
    expect(adapter.select(files.map((path) => ({ path }))).map((f) => f.path)).toEqual(files.slice(0, 11))
  })

  it('tells declaration files as TypeScript does', () => {
    expect(paths('a.d.ts', 'a.d.mts', 'a.d.cts', 'styles.d.css.ts', 'x/a.d.json.ts').map(isDeclarationFile)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
    expect(paths('a.ts', 'd.ts', 'a.d.tsx', 'a.d.js', 'b.d/x.ts').map(isDeclarationFile)).toEqual([false, false, false, false, false])
  })

  it('names each file’s language and dialect by its extension', () => {
    const files = paths('a.js', 'a.jsx', 'a.mjs', 'a.cjs', 'a.ts', 'a.tsx', 'a.mts', 'a.cts', 'a.d.ts')
    expect(files.map((p) => adapter.languageOf(p))).toEqual([
      'javascript',
      'javascript',
      'javascript',
      'javascript',
      'typescript',
      'typescript',
      'typescript',
      'typescript',
      'typescript',
    ])
    expect(files.map((p) => adapter.dialectOf(p))).toEqual([
      'javascript',
      'javascript',
      'javascript',
      'javascript',
      'typescript',
      'tsx',
      'typescript',
      'typescript',
      'typescript',
    ])
  })

  it('lists its grammars, each a WASM file that exists', () => {
    expect(adapter.grammars.length).toBeGreaterThan(0)
    for (const grammar of adapter.grammars) expect(existsSync(wasmFile(grammar))).toBe(true)
  })

  it('words its kinds for the report; only `import` is followed at load time', () => {
    expect(adapter.edgeKinds.map((k) => [k.kind, k.atLoad])).toEqual([
      ['import', true],
      ['lazy', false],
      ['type', false],
    ])
    expect(adapter.edgeKinds.find((k) => k.kind === 'lazy')!.meaning).toMatch(/dynamic import, or a require inside a function/)
    expect(adapter.edgeKinds.find((k) => k.kind === 'type')!.meaning).toMatch(/erased at compile time/)
  })

  it('finds test files as jest and vitest do', () => {
    expect(
      paths('a.test.ts', 'x/a.spec.jsx', 'src/__tests__/a.ts', '__tests__/deep/b.js', 'a.test-utils.ts', 'tests/a.ts', 'contest.ts').map(
        (p) => isJsTestFile(p),
      ),
    ).toEqual([true, true, true, true, false, false, false])
  })

  it('extracts through the adapter with the dialect of the path', () => {
    const read = (name: string) => adapter.extract(readFileSync(`${EXAMPLE}${name}`), toRepoPath(name))
    expect(read('packages/web/src/cart.ts').imports.map((i) => [i.specifier, i.kind, i.form])).toEqual([
      ['@demo/core', 'import', 'import'],
      ['@web/format', 'import', 'import'],
      ['./payment', 'lazy', 'import-call'],
    ])
    expect(read('packages/web/src/cart.test.ts').imports.map((i) => [i.specifier, i.kind, i.form])).toEqual([
      ['@demo/core', 'import', 'import'],
      ['./cart', 'import', 'import'],
      ['./payment', 'import', 'jest'],
    ])
    expect(adapter.isFacts(read('packages/core/src/price.ts'))).toBe(true)
  })

  it('refuses to extract before init', () => {
    expect(() => new JavaScriptAdapter().extract(new Uint8Array(), toRepoPath('a.ts'))).toThrow(/before init/)
  })
})

describe('references that name a removed file', () => {
  /** The tree after the change (`files` without `removed`), resolved by the adapter; then what the removal breaks. */
  function breaks(files: Record<string, string>, removed: string[]) {
    const after = Object.keys(files)
      .filter((f) => !removed.includes(f))
      .sort() as RepoPath[]
    const context = { files: after, readText: (p: RepoPath) => (after.includes(p) ? files[p] : undefined) }
    const sources = adapter.select(after.map((path) => ({ path }))).map((f) => f.path)
    const facts = new Map(sources.map((path) => [path, adapter.extract(new TextEncoder().encode(files[path]), path)]))
    const { unresolved } = adapter.resolve(facts, context)
    const references = [...unresolved, { from: toRepoPath('tool.py'), specifier: './b', line: 1 }]
    return Object.fromEntries(
      [...adapter.importsNaming(paths(...removed), references, context)].map(([path, refs]) => [
        path,
        refs.map((r) => `${r.from}:${r.line} ${r.specifier}`),
      ]),
    )
  }
  const example = () => {
    const files: Record<string, string> = {}
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(EXAMPLE, dir), { withFileTypes: true })) {
        const path = dir ? `${dir}/${entry.name}` : entry.name
        if (entry.isDirectory()) walk(path)
        else files[path] = readFileSync(join(EXAMPLE, path), 'utf8')
      }
    }
    walk('')
    return files
  }

  it('through a workspace package’s exports and a `paths` alias, as the graph resolves them', () => {
    expect(breaks(example(), ['packages/core/src/index.ts', 'packages/web/src/format.ts'])).toEqual({
      'packages/core/src/index.ts': [
        'packages/web/src/cart.test.ts:1 @demo/core',
        'packages/web/src/cart.ts:1 @demo/core',
        'packages/web/src/payment.ts:1 @demo/core',
      ],
      'packages/web/src/format.ts': ['packages/web/src/cart.ts:2 @web/format'],
    })
  })

  it('by relative names with TypeScript’s extensions, `.js` for `.ts`, folder index files; not by a bare name', () => {
    const files = {
      'src/a.ts': "import './b'\nimport './b.js'\nimport './lib'\nimport 'b'\nimport '../../b'\n",
      'src/b.ts': '',
      'src/lib/index.tsx': '',
    }
    expect(breaks(files, ['src/b.ts', 'src/lib/index.tsx'])).toEqual({
      'src/b.ts': ['src/a.ts:1 ./b', 'src/a.ts:2 ./b.js'],
      'src/lib/index.tsx': ['src/a.ts:3 ./lib'],
    })
  })

  it('through a package’s `main` in an unbuilt outDir, mapped back to its source', () => {
    const files = {
      'package.json': JSON.stringify({ private: true, workspaces: ['lib'] }),
      'lib/package.json': JSON.stringify({ name: 'lib', main: 'dist/index.js' }),
      'lib/tsconfig.json': JSON.stringify({ compilerOptions: { outDir: 'dist', rootDir: 'src' }, include: ['src'] }),
      'lib/src/index.ts': '',
      'app/main.ts': "import 'lib'\n",
    }
    expect(breaks(files, ['lib/src/index.ts'])).toEqual({ 'lib/src/index.ts': ['app/main.ts:1 lib'] })
  })

  it('by a `/// <reference path>` among the leading comments, and not by an import of the same bare name', () => {
    const files = {
      'src/a.ts': '/// <reference path="globals.d.ts" />\nexport {}\n',
      'src/b.ts': "import 'globals.d.ts'\n",
      'src/globals.d.ts': 'declare const x: number\n',
    }
    expect(breaks(files, ['src/globals.d.ts'])).toEqual({ 'src/globals.d.ts': ['src/a.ts:1 globals.d.ts'] })
  })

  it('lists nothing for removed files of other languages, nor from their references', () => {
    expect(breaks({ 'a.ts': "import './c.py'\n", 'b.ts': '', 'c.py': '' }, ['b.ts', 'c.py'])).toEqual({ 'b.ts': [] })
  })
})
