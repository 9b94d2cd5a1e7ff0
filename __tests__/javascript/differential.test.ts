import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RepoPath } from '../../src/core/repo-path.js'
import { decodeJs } from '../../src/languages/javascript/decode.js'
import type { JsFacts } from '../../src/languages/javascript/facts.js'
import { isJsGraphFile } from '../../src/languages/javascript/files.js'
import { JsReader } from '../../src/languages/javascript/reader.js'
import { compareFacts, rowsOf, type Agreement } from './compare.js'
import { mutants } from './mutants.js'
import { tsImports } from './ts-imports-oracle.js'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const FOLDERS = ['__tests__/fixtures/javascript', 'examples/ts-workspace']

function sources(): { name: string; text: string }[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(REPO, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => isJsGraphFile(name as RepoPath) && !name.includes('node_modules'))
      .sort()
      .map((name) => ({ name: `${folder}/${name}`, text: decodeJs(readFileSync(join(REPO, folder, name))) })),
  )
}

const empty = (): Agreement => ({
  files: 0,
  same: 0,
  exact: 0,
  errorDisagreements: [],
  imports: 0,
  missing: [],
  extra: [],
  errorLines: { same: 0, ours: 0, theirs: 0 },
})

let reader: JsReader
beforeAll(async () => {
  reader = await JsReader.load()
})

describe('differential: the extractor agrees with TypeScript’s parser', () => {
  it('on every fixture and example file, a syntax error included', () => {
    const files = sources()
    expect(files.length).toBeGreaterThan(10)
    for (const { name, text } of files) {
      const ours = reader.extractText(text, name)
      const theirs = tsImports(name, text)
      // Where the two parsers place an error can differ by a line or so; that one is seen, and the imports, must not.
      const broken = (facts: JsFacts) => facts.syntaxErrorLine !== undefined
      expect({ name, rows: rowsOf(ours), broken: broken(ours) }).toEqual({ name, rows: rowsOf(theirs), broken: broken(theirs) })
    }
  })

  it('on mutants of them, above the first syntax error either side sees', () => {
    const total = empty()
    for (const [k, { name, text }] of sources().entries()) {
      for (const mutant of mutants(text, 60, k + 1)) {
        const ours = reader.extractText(mutant, name)
        const theirs = tsImports(name, mutant)
        compareFacts(name, ours, theirs, total)
        if (process.env.SHOW_MUTANTS && ours.syntaxErrorLine !== undefined && theirs.syntaxErrorLine === undefined) {
          const lines = mutant.split('\n')
          console.log(
            `${name}:${ours.syntaxErrorLine}\n${lines.slice(Math.max(0, ours.syntaxErrorLine - 3), ours.syntaxErrorLine + 1).join('\n')}`,
          )
        }
      }
    }
    console.log(
      `mutants: ${total.files}, same above the first error: ${total.same}, same facts: ${total.exact}; ` +
        `errors seen by both ${total.errorLines.same}, by tree-sitter only ${total.errorLines.ours}, by TypeScript only ${total.errorLines.theirs}` +
        `\nmissing: ${total.missing.slice(0, 20).join('\n')}\nextra: ${total.extra.slice(0, 20).join('\n')}`,
    )
    expect(total.missing).toEqual([])
    expect(total.extra).toEqual([])
  })
})
