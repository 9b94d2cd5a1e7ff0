import { it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Query } from 'web-tree-sitter'
import { jsParser } from '../../src/languages/javascript/parser.js'
import { pathReferences } from '../../src/languages/javascript/references.js'
it('speed', async () => {
  const root = process.env.JS_REAL_WORLD!
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((n) => /\.ts$/.test(n))
  const texts = files.map((n) => readFileSync(join(root, n), 'utf8'))
  const p = await jsParser('typescript')
  const q = new Query(p.language!, `(import_statement) @import (export_statement) @export (call_expression function: (import)) @import_call`)
  const qi = new Query(p.language!, `(import_statement) @import`)
  const qe = new Query(p.language!, `(export_statement) @export`)
  const qc = new Query(p.language!, `(call_expression function: (import)) @import_call`)
  const qerr = new Query(p.language!, '(call_expression function: (import)) @call')
  for (let round = 0; round < 3; round++) {
    const times = { parse: 0, q: 0, qi: 0, qe: 0, qc: 0, refs: 0, walk: 0 }
    for (const text of texts) {
      let t = performance.now(); p.reset(); const tree = p.parse(text)!; times.parse += performance.now() - t
      t = performance.now(); const m = q.matches(tree.rootNode); times.q += performance.now() - t
      t = performance.now(); qi.matches(tree.rootNode); times.qi += performance.now() - t
      t = performance.now(); qe.matches(tree.rootNode); times.qe += performance.now() - t
      t = performance.now(); qc.matches(tree.rootNode); times.qc += performance.now() - t
      t = performance.now(); pathReferences(text); times.refs += performance.now() - t
      t = performance.now(); for (const x of m) { const n = x.captures[0]!.node; n.namedChildren; n.childForFieldName('source'); n.children } times.walk += performance.now() - t
      tree.delete()
    }
    console.log(JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)]))))
  }
})
