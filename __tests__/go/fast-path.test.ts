import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { GoExtractor } from '../../src/languages/go/extract.js'
import { goHeader } from '../../src/languages/go/header.js'
import { simpleHeaderFacts } from '../../src/languages/go/simple-header.js'
import { goFilesBelow } from './go-parser-oracle.js'
import { factsLine, goExtractor } from './helpers.js'

// The fast path reads plain headers without tree-sitter; it must give exactly the facts the full
// path (tree-sitter on every header) gives: on every Go file at hand, and on every header with one
// character taken out or put in, which is where a hand-written reader would go wrong.

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const corpus = (process.env.GO_CORPUS ?? '').split(':').filter((tree) => statSync(tree, { throwIfNoEntry: false })?.isDirectory())
const sources = [...goFilesBelow(REPO + '__tests__/fixtures/go'), ...goFilesBelow(REPO + 'examples/gomod')]

let fast: GoExtractor
let full: GoExtractor
beforeAll(async () => {
  fast = await goExtractor('fast')
  full = await goExtractor('full')
})

const differs = (bytes: Uint8Array) => factsLine(fast.extract(bytes)) !== factsLine(full.extract(bytes))

describe('the fast path gives the full path’s facts', () => {
  it.each([['the fixtures and the example', sources], ...corpus.map((tree) => [tree, goFilesBelow(tree)] as const)])(
    'on %s',
    (_name, files) => {
      const different = files.filter((file) => differs(readFileSync(file)))
      expect(different).toEqual([])
      // Most files take the fast path: it is what makes extraction cheap.
      const simple = files.filter((file) => {
        const text = readFileSync(file, 'utf8')
        const header = goHeader(text)
        return header.clean && simpleHeaderFacts(text.slice(header.start, header.end), 1) !== undefined
      })
      expect(simple.length).toBeGreaterThan(files.length * 0.8)
    },
  )

  it('on every header of the fixtures with one character taken out or put in', () => {
    const encoder = new TextEncoder()
    const headers = new Set<string>()
    for (const file of sources) {
      const text = readFileSync(file, 'utf8')
      const header = goHeader(text)
      if (header.clean) headers.add(text.slice(header.start, header.end))
    }
    let tried = 0
    const different: string[] = []
    for (const header of headers) {
      for (let i = 0; i <= header.length; i++) {
        const variants = [
          header.slice(0, i) + header.slice(i + 1),
          ...['\n', ';', '"', '(', ')', '/', '_', '.', ' x'].map((c) => header.slice(0, i) + c + header.slice(i)),
        ]
        for (const variant of variants) {
          tried++
          if (differs(encoder.encode(variant))) different.push(JSON.stringify(variant))
        }
      }
    }
    expect(different.slice(0, 10)).toEqual([])
    expect(tried).toBeGreaterThan(5000)
  })
})
