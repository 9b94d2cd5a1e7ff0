import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { GoExtractor } from '../../src/languages/go/extract.js'
import type { GoFacts } from '../../src/languages/go/facts.js'
import { UndecodableSource } from '../../src/languages/undecodable-source.js'
import { goHeader } from '../../src/languages/go/header.js'
import { haveGo } from './go-list.js'
import { goFilesBelow, goParserHeaders } from './go-parser-oracle.js'
import { goExtractor } from './helpers.js'

// Extraction against Go's own parser, file by file: the package clause, every import path and its
// line, and whether the header is broken at all. On the fixtures and the example always; on real
// projects (GO_CORPUS, see scripts/check-go.sh) when they are there.

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const corpus = (process.env.GO_CORPUS ?? '').split(':').filter(Boolean)

let go: GoExtractor
beforeAll(async () => {
  go = await goExtractor()
})

/** Per file: agreement, or one line saying how the two readings differ. */
function compare(files: readonly string[]): { agreed: number; broken: number; differences: string[] } {
  // go/build's reader finds the header; go/parser, the judge, reads it (the whole file where the
  // reader stops on a syntax error), as go list does.
  const sources = new Map(files.map((file) => [file, readFileSync(file)]))
  const cuts = files.map((path) => {
    const bytes = sources.get(path)!
    const text = new TextDecoder().decode(bytes)
    const header = goHeader(text)
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    return header.clean ? { path, limit: bom + Buffer.byteLength(text.slice(0, header.end)) } : { path }
  })
  const oracle = goParserHeaders(cuts)
  let agreed = 0
  let broken = 0
  const differences: string[] = []
  for (const file of files) {
    const expected = oracle.get(file)!
    let facts: GoFacts
    try {
      facts = go.extract(sources.get(file)!)
    } catch (error) {
      // Not UTF-8: the graph skips the file (the compiler refuses it); go/parser reads on.
      if (!(error instanceof UndecodableSource)) throw error
      broken++
      continue
    }
    if (expected.errorLine) {
      broken++
      // Both must see the header break. Above go/parser's first error, the graph keeps what go/parser
      // kept and may keep more (go/parser drops an import block the error leaves unfinished; the
      // contract counts every import before the error), but nothing below it (go list keeps none).
      const ours = facts.imports.map((i) => `${i.path}@${i.line}`)
      const kept = expected.imports.filter(([, line]) => line < expected.errorLine).map(([path, line]) => `${path}@${line}`)
      const wrong = [
        ...kept.filter((i) => !ours.includes(i)),
        ...facts.imports.filter((i) => i.line > expected.errorLine).map((i) => `${i.path}@${i.line}`),
      ]
      if (facts.syntaxErrorLine === undefined)
        differences.push(`${file}: go/parser breaks at line ${expected.errorLine}, the graph reads it whole`)
      else if (wrong.length)
        differences.push(
          `${file}: go/parser breaks at ${expected.errorLine} keeping [${kept}]; graph at ${facts.syntaxErrorLine} keeping [${ours}]`,
        )
      continue
    }
    // `package _` parses; the contract reads it as no package (go/build refuses it).
    const pkg = expected.package === '_' ? null : expected.package
    const ours = JSON.stringify({ package: facts.package, imports: facts.imports.map((i) => [i.path, i.line]) })
    const theirs = JSON.stringify({ package: pkg, imports: pkg === null ? [] : expected.imports })
    if (ours !== theirs) differences.push(`${file}: go/parser ${theirs}; graph ${ours}`)
    else if (pkg !== null && facts.syntaxErrorLine !== undefined)
      differences.push(`${file}: the graph breaks at line ${facts.syntaxErrorLine}, go/parser not`)
    else agreed++
  }
  return { agreed, broken, differences }
}

describe('differential: extraction agrees with go/parser', () => {
  if (!haveGo) {
    it('needs the go tool to build its oracle', () => console.warn('go not found: extraction differential skipped'))
    return
  }

  it('on every fixture and the example', () => {
    const files = [...goFilesBelow(REPO + '__tests__/fixtures/go'), ...goFilesBelow(REPO + 'examples/gomod')]
    const { agreed, differences } = compare(files)
    expect(differences).toEqual([])
    expect(agreed).toBeGreaterThan(40)
  })

  const trees = corpus.filter((tree) => statSync(tree, { throwIfNoEntry: false })?.isDirectory())
  ;(trees.length ? it.each(trees) : it.skip.each(['(GO_CORPUS unset: scripts/check-go.sh)']))('on %s', (tree) => {
    const files = goFilesBelow(tree)
    const { agreed, broken, differences } = compare(files)
    console.log(`${tree}: ${files.length} files, ${agreed} agree, ${broken} with a broken header or not UTF-8\n${differences.join('\n')}`)
    expect(differences).toEqual([])
  })
})
