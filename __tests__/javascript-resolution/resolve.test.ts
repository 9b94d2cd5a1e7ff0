import { describe, expect, test } from '@jest/globals'
import type { RepoPath } from '../../src/core/repo-path.js'
import type { JsFacts, JsImport } from '../../src/languages/javascript/facts.js'
import { resolveJavaScript } from '../../src/languages/javascript/resolve.js'
import { JsonFiles } from '../../src/languages/javascript/resolution/json.js'
import { ConfigReader } from '../../src/languages/javascript/resolution/tsconfig.js'
import { ResolutionTree } from '../../src/languages/javascript/resolution/tree.js'
import { projectOutputs } from '../../src/languages/javascript/resolution/outputs.js'
import { workspaceLinks } from '../../src/languages/javascript/resolution/workspaces.js'

/** Specifications of §5's resolution rules that are not TypeScript's answers: edges, lists, links, outputs. */

const json = (value: unknown): string => JSON.stringify(value)
const imp = (line: number, specifier: string, kind: JsImport['kind'] = 'import', form: JsImport['form'] = 'import'): JsImport => ({
  line,
  specifier,
  kind,
  form,
})

function run(files: Record<string, string>, facts: Record<string, Partial<JsFacts>>) {
  const map = new Map(Object.entries(facts).map(([path, f]) => [path as RepoPath, { imports: [], dynamic: [], ...f }]))
  return resolveJavaScript(map, { files: Object.keys(files).sort() as RepoPath[], readText: (p) => files[p] })
}

describe('edges', () => {
  const files = { 'a.ts': '', 'b.ts': '', 'c.ts': '', 'd.js': '', 'data.json': '{}' }

  test('one edge per pair, the strongest kind, the line of the import that made it, every kind where several; none to itself', () => {
    const result = run(files, {
      'a.ts': {
        imports: [
          imp(1, './b', 'type'),
          imp(2, './b'),
          imp(3, './b', 'lazy', 'import-call'),
          imp(4, './c', 'type'),
          imp(5, './d.js', 'lazy', 'require'),
          imp(6, './c', 'lazy', 'import-call'),
          imp(7, './a'),
        ],
      },
    })
    expect(result.edges).toEqual([
      { from: 'a.ts', to: 'b.ts', kind: 'import', line: 2, kinds: ['import', 'lazy', 'type'] },
      { from: 'a.ts', to: 'c.ts', kind: 'lazy', line: 6, kinds: ['lazy', 'type'] },
      { from: 'a.ts', to: 'd.js', kind: 'lazy', line: 5 },
    ])
    expect(result.unresolved).toEqual([])
  })

  test('builtins and packages are unresolved, a missing relative file looks local, a JSON file is neither', () => {
    const result = run(files, {
      'a.ts': { imports: [imp(1, 'fs'), imp(2, 'node:fs'), imp(3, 'react'), imp(4, './gone'), imp(5, './data.json')] },
    })
    expect(result.edges).toEqual([])
    expect(result.unresolved).toEqual([
      { from: 'a.ts', specifier: 'fs', line: 1 },
      { from: 'a.ts', specifier: 'node:fs', line: 2 },
      { from: 'a.ts', specifier: 'react', line: 3 },
      { from: 'a.ts', specifier: './gone', line: 4, looksLocal: true },
    ])
  })

  test('looks local: a missing subpath of a workspace package, a # import, a paths alias; not a package or a catch-all', () => {
    const result = run(
      {
        'package.json': json({ workspaces: ['pkg'] }),
        'pkg/package.json': json({ name: '@w/pkg' }),
        'pkg/index.ts': '',
        'tsconfig.json': json({
          compilerOptions: { module: 'esnext', moduleResolution: 'bundler', paths: { '@/*': ['./src/*'], '*': ['./types/*'] } },
        }),
        'a.ts': '',
      },
      { 'a.ts': { imports: [imp(1, '@w/pkg/gone'), imp(2, '#nothing'), imp(3, '@/gone'), imp(4, 'react'), imp(5, '@w/pkg')] } },
    )
    expect(result.unresolved).toEqual([
      { from: 'a.ts', specifier: '@w/pkg/gone', line: 1, looksLocal: true },
      { from: 'a.ts', specifier: '#nothing', line: 2, looksLocal: true },
      { from: 'a.ts', specifier: '@/gone', line: 3, looksLocal: true },
      { from: 'a.ts', specifier: 'react', line: 4 },
    ])
    expect(result.edges).toEqual([{ from: 'a.ts', to: 'pkg/index.ts', kind: 'import', line: 5 }])
  })

  test('syntax errors become partial, dynamic calls pass through, no attributes', () => {
    const result = run(files, { 'a.ts': { syntaxErrorLine: 9, dynamic: [{ line: 3, specifier: 'name' }] } })
    expect(result.partial).toEqual([{ path: 'a.ts', line: 9 }])
    expect(result.dynamic).toEqual([{ from: 'a.ts', line: 3, specifier: 'name' }])
    expect(result.attributes).toEqual([])
  })

  test('a reference path stays a declaration file; an import of one reaches the JavaScript beside it', () => {
    const result = run(
      { 'a.ts': '', 'lib.js': '', 'lib.d.ts': '' },
      {
        'a.ts': { imports: [imp(1, './lib.d.ts', 'type', 'reference'), imp(2, './lib', 'type')] },
      },
    )
    expect(result.edges).toEqual([
      { from: 'a.ts', to: 'lib.d.ts', kind: 'type', line: 1 },
      { from: 'a.ts', to: 'lib.js', kind: 'type', line: 2 },
    ])
  })
})

describe('workspace links', () => {
  const read = (files: Record<string, string>) => (p: string) => files[p]
  const links = (files: Record<string, string>) => Object.fromEntries(workspaceLinks(Object.keys(files).sort(), new JsonFiles(read(files))))

  test('npm/yarn arrays and { packages }, pnpm-workspace.yaml, `!` patterns, the root never linked', () => {
    expect(
      links({
        'package.json': json({ name: 'root', workspaces: ['packages/*', '!packages/skip'] }),
        'packages/a/package.json': json({ name: 'a' }),
        'packages/skip/package.json': json({ name: 'skip' }),
        'packages/deep/x/package.json': json({ name: 'deep' }),
        'yarn/package.json': json({ workspaces: { packages: ['**'] } }),
        'yarn/p/q/package.json': json({ name: '@s/q' }),
        'pnpm/pnpm-workspace.yaml': "packages:\n  - 'libs/*'\n",
        'pnpm/libs/l/package.json': json({ name: 'l' }),
      }),
    ).toEqual({ 'node_modules/a': 'packages/a', 'yarn/node_modules/@s/q': 'yarn/p/q', 'pnpm/node_modules/l': 'pnpm/libs/l' })
  })

  test('the first member by path wins a name; members without a valid name are not linked; bad YAML links nothing', () => {
    expect(
      links({
        'package.json': json({ workspaces: ['*'] }),
        'a/package.json': json({ name: 'same' }),
        'b/package.json': json({ name: 'same' }),
        'c/package.json': json({ name: 'Not A Name' }),
        'd/package.json': '{ broken',
        'x/pnpm-workspace.yaml': 'packages: [',
        'x/m/package.json': json({ name: 'm' }),
      }),
    ).toEqual({ 'node_modules/same': 'a' })
  })
})

describe('configs and project outputs', () => {
  function outputsOf(files: Record<string, string>) {
    const set = new Set(Object.keys(files))
    const json = new JsonFiles((p: string) => files[p])
    const configs = new ConfigReader(new ResolutionTree(set, new Map(), new Map(), json), json)
    return { configs, outputs: Object.fromEntries(projectOutputs(Object.keys(files).sort(), configs)) }
  }

  test('extends: the file overrides its bases, later bases override earlier ones, include comes from the base folder', () => {
    const { configs } = outputsOf({
      'base/one.json': json({ compilerOptions: { module: 'commonjs', baseUrl: '.', outDir: 'out' }, include: ['src'] }),
      'base/two.json': json({ compilerOptions: { module: 'esnext', paths: { x: ['./x'] } } }),
      'app/tsconfig.json': '{ "extends": ["../base/one.json", "../base/two"], "compilerOptions": { "target": "es2020", }, }',
    })
    const config = configs.read('app/tsconfig.json')!
    expect(config.options).toMatchObject({ module: 99, target: 7, baseUrl: 'base', outDir: 'base/out', pathsBasePath: 'base' })
    expect(config.include).toEqual(['base/src'])
  })

  test('an extends that is not there is left out; ${configDir} is the config being read; jsconfig starts from tsserver defaults', () => {
    const { configs } = outputsOf({
      'base.json': json({ compilerOptions: { outDir: '${configDir}/dist' } }),
      'p/tsconfig.json': json({ extends: ['@tsconfig/node20/tsconfig.json', '../base.json'] }),
      'q/jsconfig.json': json({}),
    })
    expect(configs.read('p/tsconfig.json')!.options).toEqual({ outDir: 'p/dist', configDir: 'p' })
    expect(configs.read('q/jsconfig.json')!.options).toEqual({ allowJs: true, noEmit: true, configDir: 'q' })
  })

  test('outputs by outDir, declarationDir, rootDir and jsx; none with noEmit or outFile', () => {
    const { outputs } = outputsOf({
      'a/tsconfig.json': json({ compilerOptions: { outDir: 'build', declaration: true, jsx: 'preserve' } }),
      'a/src/x.ts': '',
      'a/src/y.tsx': '',
      'a/src/z.d.ts': '',
      'a/src/w.js': '',
      'b/tsconfig.json': json({ compilerOptions: { declarationDir: 'types', emitDeclarationOnly: true, declaration: true, rootDir: '.' } }),
      'b/m.mts': '',
      'c/tsconfig.json': json({ compilerOptions: { outDir: 'out', noEmit: true } }),
      'c/x.ts': '',
      'd/tsconfig.json': json({ compilerOptions: { outDir: 'out', outFile: 'all.js' } }),
      'd/x.ts': '',
    })
    expect(outputs).toEqual({
      'a/build/x.js': 'a/src/x.ts',
      'a/build/x.d.ts': 'a/src/x.ts',
      'a/build/y.jsx': 'a/src/y.tsx',
      'a/build/y.d.ts': 'a/src/y.tsx',
      'b/types/m.d.mts': 'b/m.mts',
    })
  })
})
