import { it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { JsReader } from '../../src/languages/javascript/reader.js'
import { jsParser } from '../../src/languages/javascript/parser.js'
import { dialectOf } from '../../src/languages/javascript/files.js'
it('speed', async () => {
  const reader = await JsReader.load()
  const root = process.env.JS_REAL_WORLD!
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((n) => /\.[cm]?[jt]sx?$/.test(n) && statSync(join(root, n)).isFile() && statSync(join(root, n)).size < 2e6)
  const texts = files.map((n) => readFileSync(join(root, n), 'utf8'))
  const parsers = await Promise.all(files.map((f) => jsParser(dialectOf(f as never))))
  let bytes = 0; for (const t of texts) bytes += t.length
  for (let round = 0; round < 3; round++) {
    let t = performance.now()
    for (let k = 0; k < files.length; k++) reader.extractText(texts[k]!, files[k]!)
    const a = performance.now() - t
    t = performance.now()
    for (let k = 0; k < files.length; k++) { const p = parsers[k]!; p.reset(); p.parse(texts[k]!)!.delete() }
    console.log(`${files.length} files ${(bytes / 1e6).toFixed(1)} MB: extract ${a.toFixed(0)} ms; parse only ${(performance.now() - t).toFixed(0)} ms`)
  }
})
