import { scanJs } from './scan.js'

/**
 * Small texts that take the pre-scan through every kind of token and every way it ends (scan.ts), once in each dialect.
 *
 * Why: V8 optimizes the scan's loop after a few thousand tokens of real files; a call in it that has not run by then
 * (a `#private` name, a `++`, a failure) has no type feedback, and meeting it later throws the optimized code away. On
 * jest's sources the loop and `name` were optimized five and three times in a cold pass, which took 1.4 times as long
 * as one after this warm-up (about 5 ms). The scans' results are not used: the scan is a pure function of the text.
 */
const TEXTS = [
  '#!/usr/bin/env node\n// line\n/* block */\n/**\n * doc\n */\nimport a, { b as c, type D } from "./a"\nimport * as n from \'./n\'\n',
  "import type { T } from './t'\nexport { x } from './x'\nexport type { Y } from './y'\nexport * from './all'\nimport './side'\n",
  "const r = require('./r'); const m = import.meta.url; require.resolve('x'); const p = import('./p')\n",
  "jest.mock('./m', () => ({ a: 1 })); vi.mock('v'); jest.requireActual('q').mock('w')\n",
  'let s = `t ${a + `in ${b}`} end` + \'q\\\'x\' + "d\\"y"; let re = /ab+c[/]\\//gi; let d = a / b / 2\n',
  'class A extends B { #p = 0x1F + 1e-5 + .5 + 1_000n; @dec m() { this.#p++; --this.q; return !this.x?.y ?? [...z] } }\n',
  'if (a) /re/.test(b); for (const x of y) {} while (i < n) { i <<= 1; i = i << 2; i != j } switch (v) { case 1: break; default: }\n',
  "function* g() { yield 1 } async function h() { await x } const o = { a, b: [1, 2], 'c': { d: (e) => e } }\r\nlet u\u2028= 1\n",
  'type U = { a: string; b: Array<number> }; interface I { [k: string]: unknown } let v = f<{ a: 1 }>(x) % 3\n',
  "label: { break label }\ndebugger; try { throw e } catch (err) {} finally {}\nnew F(); delete o.p; void 0; typeof x === 'y'\n",
  'export const k = 1\nexport default function f() { return 2 }\n',
  'async function w() { for await (const x of y) {} }\nconst j = <div>{a}</div>\n',
  'f(a, { b: 1 }',
  'x = 1 <!-- c\n',
  'a \\u0061\n',
  '} extra',
]

/** Runs the pre-scan over `TEXTS` in both dialects: once per process (or thread) before the first file. */
export function warmUpScan(): void {
  for (const text of TEXTS) {
    scanJs(text, true)
    scanJs(text, false)
  }
}

/** The texts, for the test that holds them to every outcome of a scan. */
export const WARM_UP_TEXTS: readonly string[] = TEXTS
