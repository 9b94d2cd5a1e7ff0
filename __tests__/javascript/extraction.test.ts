import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isJsFacts, type JsFacts } from '../../src/languages/javascript/facts.js'
import { JsReader } from '../../src/languages/javascript/reader.js'
import { tsImports } from './ts-imports-oracle.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/javascript/extraction/', import.meta.url))

let reader: JsReader
beforeAll(async () => {
  reader = await JsReader.load()
})

/** `line kind form specifier` (with `mode=…` where one is set), dynamic imports as `line dynamic text`. */
const rows = (facts: JsFacts): string[] =>
  [
    ...facts.imports.map((i) => `${i.line} ${i.kind} ${i.form} ${i.specifier}${i.resolutionMode ? ` mode=${i.resolutionMode}` : ''}`),
    ...facts.dynamic.map((d) => `${d.line} dynamic ${d.specifier}`),
  ].sort()

/**
 * One rule of §5 per row: a file's name (for its dialect), its text, and what it imports. Each row is
 * also held to TypeScript's parser (the oracle), so that a wrong expectation fails as well as a wrong
 * extractor.
 */
const CASES: [string, string, string[]][] = [
  // Static imports and re-exports.
  ['a.ts', `import a from './a'`, ['1 import import ./a']],
  ['a.ts', `import './side-effect'`, ['1 import import ./side-effect']],
  ['a.ts', `import * as ns from 'ns'`, ['1 import import ns']],
  ['a.ts', `import defer * as ns from 'ns'`, ['1 import import ns']],
  ['a.ts', `import x = require('x')`, ['1 import import-equals x']],
  ['a.ts', `export import x = require('x')`, ['1 import import-equals x']],
  ['a.ts', `export { a } from './a'`, ['1 import export ./a']],
  ['a.ts', `export * from './a'`, ['1 import export ./a']],
  ['a.ts', `export * as n from './a'`, ['1 import export ./a']],
  ['a.ts', `import {\n  a,\n  b,\n} from './multi-line'`, ['4 import import ./multi-line']],
  ['a.js', `import data from './d.json' with { type: 'json' }`, ['1 import import ./d.json']],
  [
    'a.js',
    `export { a } from './a.json' with { type: 'json' }\nexport * from './b' assert { type: 'b' }\nimport './c'`,
    ['1 import export ./a.json', '2 import export ./b', '3 import import ./c'],
  ],
  // Type-only forms.
  ['a.ts', `import type { A } from './a'`, ['1 type import ./a']],
  ['a.ts', `import type A = require('./a')`, ['1 type import-equals ./a']],
  ['a.ts', `export type { A } from './a'`, ['1 type export ./a']],
  ['a.ts', `export type * from './a'`, ['1 type export ./a']],
  ['a.ts', `export type * as t from './a'`, ['1 type export ./a']],
  ['a.ts', `import { type A, type B } from './a'`, ['1 type import ./a']],
  ['a.ts', `import { type A, B } from './a'`, ['1 import import ./a']],
  ['a.ts', `import D, { type A } from './a'`, ['1 import import ./a']],
  ['a.ts', `import {} from './a'`, ['1 import import ./a']],
  ['a.ts', `import type from './a'`, ['1 import import ./a']],
  ['a.ts', `export { type A } from './a'`, ['1 type export ./a']],
  ['a.ts', `type T = typeof import('./a')`, ['1 type import-type ./a']],
  ['a.ts', `let t: import('./a').T`, ['1 type import-type ./a']],
  ['a.ts', `let t: import('./a').T<string>\nlet u: import('./b').U<number>`, ['1 type import-type ./a', '2 type import-type ./b']],
  [
    'a.ts',
    `let t: import('./a').T[]\nlet u: keyof import('./b').U\nlet v: (import('./c').V)`,
    ['1 type import-type ./a', '2 type import-type ./b', '3 type import-type ./c'],
  ],
  [
    'a.d.ts',
    `export declare function f(): import('./a').A<B>;\nexport declare const c: import('./c').C;`,
    ['1 type import-type ./a', '2 type import-type ./c'],
  ],
  ['a.ts', `const m = jest.requireActual<typeof import('./a')>('./a')`, ['1 import jest ./a', '1 type import-type ./a']],
  // `typeof` found from the text: offsets in UTF-16 units (astral characters before it), the word in a string or comment skipped.
  [
    'a.ts',
    `const s = '😀 typeof 😀' // typeof\nconst m = jest.requireActual<typeof import('./a')>('./a')`,
    ['2 import jest ./a', '2 type import-type ./a'],
  ],
  ['a.ts', `import type { A } from './a' with { 'resolution-mode': 'import' }`, ['1 type import ./a mode=import']],
  ['a.ts', `export type { A } from './a' with { 'resolution-mode': 'require' }`, ['1 type export ./a mode=require']],
  ['a.ts', `import { type A } from './a' with { 'resolution-mode': 'import' }`, ['1 type import ./a']],
  ['a.ts', `type T = import('./a', { with: { 'resolution-mode': 'require' } }).T`, ['1 type import-type ./a mode=require']],
  // Triple-slash references: only `path`, only before the first statement.
  ['a.ts', `/// <reference path="./globals.d.ts" />\nimport './b'`, ['1 type reference ./globals.d.ts', '2 import import ./b']],
  ['a.ts', `#!/usr/bin/env node\n/* c */\n/// <reference path='p' />`, ['3 type reference p']],
  ['a.ts', `/// <reference types="node" />\n/// <reference lib="dom" />\n/// <reference path="p" types="t" />`, []],
  ['a.ts', `/// <reference path="p" no-default-lib="true" />`, []],
  ['a.ts', `'use strict'\n/// <reference path="late" />`, []],
  // Calls: import() is lazy; require and mocks by where they stand.
  ['a.js', `import('./a')`, ['1 lazy import-call ./a']],
  ['a.js', `const a = require('./a')`, ['1 import require ./a']],
  ['a.js', 'const a = require(`./template`)', ['1 import require ./template']],
  ['a.js', `const a = require('./a\\x2fb')`, ['1 import require ./a/b']],
  ['a.js', `if (x) { require('./a') } try { require('./b') } catch {}`, ['1 import require ./a', '1 import require ./b']],
  ['a.js', `function f() { require('./a') }`, ['1 lazy require ./a']],
  ['a.js', `const f = () => require('./a')`, ['1 lazy require ./a']],
  ['a.js', `const f = function (a = require('./a')) {}`, ['1 lazy require ./a']],
  ['a.js', `;(function () { require('./a') })()`, ['1 lazy require ./a']],
  ['a.js', `const o = { m() { require('./a') }, get g() { return require('./b') } }`, ['1 lazy require ./a', '1 lazy require ./b']],
  ['a.js', `class C { constructor() { require('./a') } set s(v) { require('./b') } }`, ['1 lazy require ./a', '1 lazy require ./b']],
  ['a.js', `class C { f = require('./a'); static { require('./b') } }`, ['1 import require ./a', '1 import require ./b']],
  ['a.js', `class C { [require('./a')]() { require('./b') } }`, ['1 import require ./a', '1 lazy require ./b']],
  ['a.ts', `class C { @d(require('./a')) m() {} }`, ['1 import require ./a']],
  ['a.ts', `namespace N { const a = require('./a') }`, ['1 import require ./a']],
  ['a.ts', `declare module 'm' { import { x } from './inside' }`, ['1 import import ./inside']],
  ['a.js', `jest.mock('./a')`, ['1 import jest ./a']],
  ['a.js', `jest.mock('./a').mock('./b')`, ['1 import jest ./a', '1 import jest ./b']],
  ['a.js', `jest.mock(name).unmock('./b')`, ['1 import jest ./b']],
  ['a.js', `it('x', () => { jest.doMock('./a') })`, ['1 lazy jest ./a']],
  ['a.js', `jest.requireActual('./a'); jest.createMockFromModule('./b')`, ['1 import jest ./a', '1 import jest ./b']],
  ['a.js', `vi.mock('./a'); vi.importActual('./b'); vi.doUnmock('./c')`, ['1 import vi ./a', '1 import vi ./b', '1 import vi ./c']],
  ['a.js', `jest.fn('./a'); jest.resetModules().mock('./b'); other.mock('./c'); vi.requireActual('./d')`, []],
  ['a.js', `jest.importActual('./a'); vi.setMock('./b')`, []],
  // Not imports.
  ['a.js', `require.resolve('./a'); module.require('./b'); require('./c', d)`, []],
  ['a.js', `import.meta.resolve('./a'); new URL('./b', import.meta.url); require.context('./c')`, []],
  ['a.js', `define(['./a'], f); System.register(['./b'], f)`, []],
  ['a.js', `// import a from './a'\n/** @type {import('./b').B} */\nlet b\nconst s = "require('./c')"`, []],
  ['a.ts', `declare module './augmented' {}`, []],
  // Non-literal names are dynamic.
  ['a.js', `import(name)`, ['1 dynamic name']],
  ['a.js', 'require(`./${name}`)', ['1 dynamic `./${name}`']],
  ['a.js', `require('./' + name)`, ["1 dynamic './' + name"]],
  // Dialects: JSX in .js and .jsx, TypeScript's syntax in .js (its parser reads it there).
  ['a.jsx', `const v = <div>{require('./a')}</div>`, ['1 import require ./a']],
  ['a.js', `const v = <div/>\nimport b from './b'`, ['2 import import ./b']],
  ['a.js', `import type { T } from './t'\nlet x: T = require('./x')`, ['1 type import ./t', '2 import require ./x']],
  ['a.tsx', `const v = <T,>(x: T) => x\nimport b from './b'`, ['2 import import ./b']],
  ['a.ts', `const v = <T>x\nimport b from './b'`, ['2 import import ./b']],
  // Lines as TypeScript counts them.
  ['a.ts', `import a from './a'\r\nimport b from './b'`, ['1 import import ./a', '2 import import ./b']],
  [
    'a.js',
    `import a from './a'\rimport b from './b'\n/*\u2028*/require('./c')`,
    ['1 import import ./a', '2 import import ./b', '4 import require ./c'],
  ],
]

describe('extraction, rule by rule (§5 Imports)', () => {
  it.each(CASES)('%s: %j', (path, text, expected) => {
    const facts = reader.extractText(text, path)
    expect(facts.syntaxErrorLine).toBeUndefined()
    expect(rows(facts)).toEqual([...expected].sort())
    expect(rows(tsImports(path, text))).toEqual([...expected].sort())
  })
})

describe('syntax errors', () => {
  it('keeps only the imports above the first error, and says where it is', () => {
    const facts = reader.extract(readFileSync(`${FIXTURES}broken.ts`), 'broken.ts')
    expect(rows(facts)).toEqual(['1 import import ./before-error', '2 import require ./also-before'])
    // Where tree-sitter's recovery begins, which can be a line or so before TypeScript's report (5 here):
    // imports inside a broken construct are never read with a context the broken tree cannot give.
    expect(facts.syntaxErrorLine).toBe(4)
    expect(tsImports('broken.ts', readFileSync(`${FIXTURES}broken.ts`, 'utf8')).syntaxErrorLine).toBe(5)
  })

  it('reads a file that is not UTF-8 without failing', () => {
    const facts = reader.extract(new Uint8Array([0x69, 0x6d, 0x70, 0xff, 0xfe, 0x00, 0x0a, 0x69]), 'binary.js')
    expect(isJsFacts(facts)).toBe(true)
  })
})

describe('decoding', () => {
  it('drops a UTF-8 byte-order mark and reads UTF-16 by its mark', () => {
    expect(rows(reader.extract(readFileSync(`${FIXTURES}bom.ts`), 'bom.ts'))).toEqual([
      '1 import import ./bom',
      '2 import export ./bom-star',
    ])
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`import a from './wide'\n`, 'utf16le')])
    expect(rows(reader.extract(utf16, 'wide.ts'))).toEqual(['1 import import ./wide'])
  })
})

describe('facts shape', () => {
  it('accepts what extraction gives and refuses anything else', () => {
    expect(isJsFacts(reader.extractText(`import a from './a'`, 'a.ts'))).toBe(true)
    expect(isJsFacts({ imports: [], dynamic: [], syntaxErrorLine: 3 })).toBe(true)
    expect(isJsFacts({ imports: [{ line: 1, specifier: 'a', kind: 'package', form: 'import' }], dynamic: [] })).toBe(false)
    expect(isJsFacts({ imports: [{ line: 0, specifier: 'a', kind: 'import', form: 'import' }], dynamic: [] })).toBe(false)
    expect(isJsFacts({ imports: [{ line: 1, specifier: 'a', kind: 'type', form: 'import', resolutionMode: 'x' }], dynamic: [] })).toBe(
      false,
    )
    expect(isJsFacts({ imports: [], dynamic: [{ line: 1 }] })).toBe(false)
    expect(isJsFacts(null)).toBe(false)
  })
})
