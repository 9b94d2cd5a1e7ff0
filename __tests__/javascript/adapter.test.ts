import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Unresolved } from '../../src/core/model.js'
import { toRepoPath } from '../../src/core/repo-path.js'
import { JavaScriptAdapter } from '../../src/languages/javascript/adapter.js'
import { isDeclarationFile } from '../../src/languages/javascript/files.js'
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
        (p) => adapter.isTestFile(p),
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
  const ref = (from: string, specifier: string, line = 1): Unresolved => ({ from: toRepoPath(from), specifier, line })
  const naming = (removed: string[], references: Unresolved[]) =>
    Object.fromEntries(
      [...adapter.importsNaming(paths(...removed), references)].map(([path, refs]) => [path, refs.map((r) => `${r.from}:${r.specifier}`)]),
    )

  it('by a relative specifier, with TypeScript’s extensions and index files', () => {
    const references = [
      ref('src/a.ts', './b'),
      ref('src/c/d.ts', '../b.js'),
      ref('src/e.ts', './lib'),
      ref('src/f.ts', './lib/index.js'),
      ref('src/g.ts', 'b'),
      ref('src/h.ts', './b.mjs'),
      ref('x.ts', './src/b.ts'),
      ref('src/i.ts', '.'),
    ]
    expect(naming(['src/b.ts', 'src/lib/index.tsx', 'src/index.ts'], references)).toEqual({
      'src/b.ts': ['src/a.ts:./b', 'src/c/d.ts:../b.js', 'x.ts:./src/b.ts'],
      'src/lib/index.tsx': ['src/e.ts:./lib', 'src/f.ts:./lib/index.js'],
      'src/index.ts': ['src/i.ts:.'],
    })
  })

  it('not through a specifier that climbs above the repository, nor for files of other languages', () => {
    expect(naming(['b.ts', 'c.py'], [ref('a.ts', '../b'), ref('a.ts', './c.py')])).toEqual({ 'b.ts': [] })
  })

  it('the .mjs and .cjs families map to .mts and .cts only', () => {
    expect(
      naming(['a.mts', 'b.cts', 'c.mjs'], [ref('x.ts', './a.mjs'), ref('x.ts', './b.cjs'), ref('x.ts', './c'), ref('x.ts', './a')]),
    ).toEqual({ 'a.mts': ['x.ts:./a.mjs'], 'b.cts': ['x.ts:./b.cjs'], 'c.mjs': [] })
  })
})
