import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RepoPath } from '../../src/core/repo-path.js'
import { decodeJs } from '../../src/languages/javascript/decode.js'
import { dialectOf, isJsGraphFile } from '../../src/languages/javascript/files.js'
import { JsReader } from '../../src/languages/javascript/reader.js'
import { scanJs } from '../../src/languages/javascript/scan.js'
import { WARM_UP_TEXTS } from '../../src/languages/javascript/scan-warm-up.js'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const DJANGO = join(process.env.BLAST_RADIUS_CORPORA ?? join(homedir(), '.cache', 'blast-radius-corpora'), 'django-4.2.28')
/**
 * Real trees to hold the fast path to the full one (not in CI): unpacked Debian sources such as
 * node-rollup and node-jest, `JS_FAST_CORPORA=/tmp/rollup:/tmp/jest`. Django's .js files are read
 * whenever its corpus is present.
 */
const CORPORA = [...(process.env.JS_FAST_CORPORA ?? '').split(':').filter(Boolean), DJANGO]

let fast: JsReader
let full: JsReader
beforeAll(async () => {
  ;[fast, full] = await Promise.all([JsReader.load('fast'), JsReader.load('full')])
})

const jsx = (name: string) => dialectOf(name as RepoPath) !== 'typescript'
const same = (name: string, text: string) =>
  expect({ name, facts: fast.extractText(text, name) }).toEqual({ name, facts: full.extractText(text, name) })

function graphFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => isJsGraphFile(name as RepoPath) && !/(^|\/)(\.|node_modules\/)/.test(name))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
}

/** Hostile shapes for a lexer: each must give the full parse's facts, by the scan or by its fallback. */
const HOSTILE: [string, string][] = [
  ['a.js', `if (x) /re/.test(y) && require('./a')\nconst h = (a + b) / 2; require('./b')`],
  ['a.js', `function f() { return {} }\nconst q = f() / 2 / 3\nrequire('./a')`],
  ['a.js', `const o = { a: 1 }\n/ 2 / require('./a')`],
  ['a.js', `function f() {}\n/re/g.exec(s); require('./a')`],
  ['a.js', `const r = /[/]{}/g, s = /\\/(/, t = /[\\]/]/\nrequire('./a')`],
  ['a.js', "const t = `a ${`b ${c + `d${'}'}`} {` } e`}` + require('./a')\nimport('./b')"],
  ['a.js', "const t = `${ { a: 1 }.a }` + `}` + '${'\nrequire('./a')"],
  ['a.js', "const t = `import './no'` + 'require(\"./no\")'\n// require('./no')\n/* import('./no') */ require('./a')"],
  ['a.js', `const s = '</script><script>require("./no")</script>'\nrequire('./a')`],
  ['a.jsx', `const e = <div a={{ b: 1 }}>{x ? require('./a') : '}'}</div>\nimport './b'`],
  ['a.tsx', `export const C = () => <A b={{ c: import('./a') }}>'text {</A>\nimport './b'`],
  ['a.ts', `const \\u0072equire = 1\nrequire('./a')`],
  ['a.js', `const ca\\u0066e = require('./a')`],
  ['a.js', `#!/usr/bin/env node\nrequire('./a')`],
  ['a.js', `<!-- an HTML comment\nrequire('./a')\n--> another`],
  ['a.js', `x = y-->0; require('./a')`],
  ['a.js', `var a = 1;\n${'f(a / 2, /x/g, {b: 3});'.repeat(20000)}\nrequire('./a')`],
  [
    'bundle.min.js',
    `!function(e,t){"object"==typeof exports?module.exports=t(require("./a")):e.x=t(e.a)}(this,function(a){var n=/[/]/g,r=a/2;` +
      `return{f:function(){return n.test(r)?require("./b"):void 0},g:function(o){return o%2}}});` +
      `var i=0;for(i=0;i<10;i++)i++/2;`.repeat(500),
  ],
  ['a.ts', `let x = a! / 2\nlet y = (b as number) / 2\nrequire('./a')`],
  ['a.ts', `const f = <T,>(x: T) => x\nfunction g<T>(x: T): { a: T } { return { a: x } }\nimport './a'`],
  ['a.ts', `type T = { a: import('./a').A; b: { c: string } }\nexport type { T }`],
  ['a.ts', `import type { A } from './a' with { 'resolution-mode': 'import' }\nconst m = import('./b', { with: { type: 'json' } })`],
  ['a.ts', `import {\n  type A,\n  type B,\n} from './a'\nimport D, { type C } from './c'\nexport { type E } from './e'`],
  [
    'a.ts',
    `describe('x', () => {\n  beforeEach(() => { jest.mock('./a') })\n  it('y', () => { const z = { w: 1 }; expect(z).toBe(1) })\n})`,
  ],
  ['a.ts', `const m = jest.requireActual<typeof import('./a')>('./a')\nfunction f() { return require('./b') }`],
  ['a.ts', `for await (const x of y) /re/.test(x); import('./a')`],
  ['a.js', `async function* f() { yield /re/; yield; await /x/ }\nrequire('./a')`],
  ['a.js', `a = b\n++c / 2\nrequire('./a')`],
  ['a.js', `print foo\nrequire('./a')`],
  ['a.js', `{% load static %}\nrequire('./a')`],
  ['a.js', `const s = 'unterminated\nrequire('./a')`],
  ['a.js', `f(a, b]\nrequire('./a')`],
  ['a.js', `function f() {\nrequire('./a')`],
  ['a.js', `/* never closed\nrequire('./a')`],
  ['a.js', "const t = `never closed ${a}\nrequire('./a')"],
  ['a.js', `f<{ a: 1 }>\`x\`\nrequire('./a')`],
  ['a.js', `test.each<{ a: string; b: boolean }>\`\n  a\n\`('$a', () => {})\nrequire('./a')`],
  ['a.ts', `test.each<{ a: string; b: boolean }>\`\n  a\n\`('$a', () => {})\nrequire('./a')`],
  ['a.js', `const \u00e9t\u00e9 = 1, \u{1d4b3} = 2\u00a0/ 2\nrequire('./a')`],
  ['a.js', `x = 1\r/ 2\rrequire('./a')\u2028require('./b')\u2029require('./c')`],
  ['a.js', `class A { #p = 1; static { this.q = {} } m() { return #p in this } }\nrequire('./a')`],
  ['a.ts', `@Component({ selector: 'x' }) class A { @Input() a: string; @dec method() {} }\nimport './a'`],
  ['a.js', ''],
  ['a.ts', `/// <reference path="./g.d.ts" />\nconst a = 1`],
  ['a.ts', `/** a header */\n// a line\n/// <reference path="./g.d.ts" />\nimport './a'\n/// <reference path="./late.d.ts" />`],
  ['a.js', `a = {} /* a comment\nwith a line break */ b = 1\nrequire('./a')`],
  ['a.js', `function f() {}/* c */require('./a'); /* d\n */ require('./b')`],
  ['a.js', `export default 42;\n=`],
  ['a.js', `const n = (1 << 8) - 1\nn <<= 2; function f() { return require('./a') << 1 }`],
  ['a.jsx', `const k = a << 2 < <b />\nrequire('./a')`],
  ['a.js', `export const a = { b: import.meta.url, c: require.resolve('./x') }\nmodule.import('./y')`],
  ['a.ts', `export { a }\nexport type { B }\nexport { c } from './c'\nnamespace N { export { d } from './d' }`],
  ['a.ts', `export type * from './t'\nexport type * as U from './u'\nexport * as V from './v'\nexport import W = require('./w')`],
  ['a.js', `const f = () => [...require('./a'), ...x.require('./no')]\nexport { f as default }`],
  ['a.ts', `export /* a */ { a } /* b */ from './a'\nexport\n{ b }\nfrom\n'./b'`],
  ['a.ts', `jest.mock('./a').mock('./b').unmock('./c')\nit('x', () => { vi.mock('./d').doMock('./e'); jest.fn('./no').mock('./no') })`],
  ['a.js', `const x = require(require('./a')).y\nf(import('./b'), require)\nimport c = require('./c')`],
  ['a.js', `for (let i = 0; i < n; i++) require('./a')\ndescribe('x', (a, b) => [a, b].map(require))\nx[a + b] = require('./b')`],
  ['a.ts', `type T = [A, B]\ninterface I { [k: string]: import('./c').C; m(a: number): (b: string) => void }\nf((a) => a)(require('./d'))`],
  ['a.ts', `f(a, (b) => { return b }) /* ( */ (require('./a'))\ng([1, 2], [c, d], \`\${e}\`)(jest.mock('./b'))`],
  ['a.js', `x = {} import a from './a';\nimport b from './b';`],
  ['a.js', `const f = () => b\nimport x from './x';\n(require('./z'))`],
  ['a.js', `if (a)\nimport x from './x';\nrequire('./y')`],
  ['a.js', `do {}\nimport x from './x';\nrequire('./y')`],
  ['a.js', `import x from './x'\n(require('./y'))`],
  ['a.ts', `import type from './t';\nimport type, { a } from './a';\nimport { type } from './b';\nimport { type as c } from './c';`],
  ['a.ts', `import { default } from './d';\nimport e from './e';`],
  ['a.ts', `import { default as d, type E, F as G } from './d';\nimport a, { type B } from './b';\nimport { type C, type D } from './c';`],
  ['a.ts', `import type X, { Y } from './x';\nimport type * as Z from './z';\nimport type { W } from './w';\nimport './side';`],
  [
    'a.ts',
    `export { default, a as default, type T } from './e';\nexport * as ns from './n';\nexport type { T } from './t';\nexport * from './v';`,
  ],
  ['a.ts', `export type * from './u';\nexport * from './v' with { type: 'json' };\nimport x from './x' with { type: 'json' };`],
  [
    'a.ts',
    `import {\n  a,\n  b,\n} from './a';\nimport /* c */ c from './c';\nimport d from "./d"; import e from './e'; export {f} from './f';;`,
  ],
  [
    'a.ts',
    `import \u00e9 from './e';\nimport \\u0061 from './a';\ndeclare module 'm' { import a from './a'; }\nimport { if as i } from './i';`,
  ],
  [
    'a.ts',
    `import a from './a';\nexport default class {}\nimport b from './b';\nconst c = 1\nimport d from './d';\nfunction f() {}\nimport g from './g';`,
  ],
  ['a.js', `import a from './a';\nimport b from 'b\\x2f';\nimport c from './c\n';`],
]

describe('the fast path reads what the full parse reads', () => {
  it.each(HOSTILE.map(([name, text]) => [name, text.length > 100 ? `${text.slice(0, 100)}…` : text, text]))(
    '%s: %j',
    (name, _shown, text) => same(name, text),
  )

  it('on every fixture and example file', () => {
    const files = ['__tests__/fixtures', 'examples'].flatMap((dir) => graphFiles(join(REPO, dir)).map((name) => join(dir, name)))
    expect(files.length).toBeGreaterThan(20)
    for (const name of files) same(name, decodeJs(readFileSync(join(REPO, name))))
  })

  it('falls back exactly where the lexer cannot be sure, and reads the rest itself', () => {
    const kind = (name: string, text: string) => scanJs(text, jsx(name)).kind
    expect(kind('a.js', `if (x) /re/.test(y); const h = (a + b) / 2; require('./a')`)).toBe('reduced')
    expect(kind('a.js', `const r = /[/]/; const t = \`\${\`\${a}\`}\`; require('./a')`)).toBe('reduced')
    expect(kind('a.ts', `function f() { return 1 }\nconst o = {}`)).toBe('none')
    expect(kind('a.js', `function f() {}\n/re/g.exec(s)`)).toBe('trouble')
    expect(kind('a.jsx', `const e = <div />`)).toBe('trouble')
    expect(kind('a.ts', `const e = <T>x`)).toBe('none')
    expect(kind('a.js', `print foo`)).toBe('trouble')
    expect(kind('a.js', `{% load %}`)).toBe('trouble')
    expect(kind('a.js', `f(a, b]`)).toBe('trouble')
    expect(kind('a.ts', `export const a = import.meta.url\nexport { a as b }\nexport default require.resolve`)).toBe('no-fact')
    expect(kind('a.ts', `export { a } from './a'`)).toBe('reduced')
    expect(kind('a.js', `const n = 1 << 8; export { n }`)).toBe('no-fact')
  })

  it('cuts out the bodies that import nothing, and keeps every bracket around an import', () => {
    const text = `function f() { return 1 }\nfunction g() { if (x) { return require('./a') } else { y() } }`
    const scan = scanJs(text, true)
    expect(scan.kind === 'reduced' && scan.text.text).toBe(`function f() {}\nfunction g() { if (x) { return require('./a') } else {} }`)
  })

  it('reads plain import and re-export statements at the top level itself, and leaves a ; in their place', () => {
    const text = `import a from './a';\nimport type { B } from './b';\nexport * from './c';\nf(import('./d'))`
    const scan = scanJs(text, false)
    expect(scan.kind === 'reduced' && scan.text.text).toBe(`;\n;\n;\nf(import('./d'))`)
    expect(scan.kind === 'reduced' && scan.text.statements).toEqual([
      { end: 20, at: 14, specifier: './a', kind: 'import', form: 'import' },
      { end: 50, at: 44, specifier: './b', kind: 'type', form: 'import' },
      { end: 71, at: 65, specifier: './c', kind: 'import', form: 'export' },
    ])
  })

  it('makes one name of what parentheses and square brackets hold when that is neither a fact nor a literal', () => {
    const text = `f(a, b, [c, d]); g(x => x * 2)('./a'); for (i = 0; i < 2; i++) h[i + 1] = require('./b')`
    const scan = scanJs(text, true)
    expect(scan.kind === 'reduced' && scan.text.text).toBe(`f(_); g(_)('./a'); for (i = 0; i < 2; i++) h[_] = require('./b')`)
  })

  it('warms up on texts that reach every outcome of a scan, in both dialects, and reads them as the full parse does', () => {
    const kinds = new Set(WARM_UP_TEXTS.flatMap((text) => [scanJs(text, true).kind, scanJs(text, false).kind]))
    expect([...kinds].sort()).toEqual(['no-fact', 'none', 'reduced', 'trouble'])
    for (const text of WARM_UP_TEXTS) for (const name of ['a.js', 'a.ts']) same(name, text)
  })

  for (const corpus of CORPORA) {
    ;(existsSync(corpus) ? it : it.skip)(`on ${corpus} (skipped when absent), falling back on few files`, () => {
      const files = graphFiles(corpus).filter((name) => statSync(join(corpus, name)).size <= 1_000_000)
      let fallbacks = 0
      for (const name of files) {
        const text = decodeJs(readFileSync(join(corpus, name)))
        if (scanJs(text, jsx(name)).kind === 'trouble') fallbacks++
        same(name, text)
      }
      expect(files.length).toBeGreaterThan(50)
      // A fast path that falls back too often is no fast path.
      expect({ corpus, fallbacks, files: files.length, rate: fallbacks / files.length < 0.05 }).toEqual({
        corpus,
        fallbacks,
        files: files.length,
        rate: true,
      })
    })
  }
})
