import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { RepoPath } from '../../src/core/repo-path.js'
import { decodeJs } from '../../src/languages/javascript/decode.js'
import { isJsGraphFile } from '../../src/languages/javascript/files.js'
import { JsReader } from '../../src/languages/javascript/reader.js'
import { compareFacts, type Agreement } from './compare.js'
import { tsImports } from './ts-imports-oracle.js'

/**
 * Not in CI: the extractor against TypeScript's parser on a real tree, e.g. a Debian source package
 * (`cd /tmp && apt-get source node-rollup`), run as
 * `JS_REAL_WORLD=/tmp/node-rollup-… NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/javascript/real-world`.
 */
const ROOT = process.env.JS_REAL_WORLD

function graphFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(
      (name) =>
        isJsGraphFile(name as RepoPath) &&
        !/(^|\/)\./.test(name) &&
        statSync(join(dir, name)).isFile() &&
        statSync(join(dir, name)).size <= 2_000_000,
    )
    .sort()
}

let reader: JsReader
beforeAll(async () => {
  reader = await JsReader.load()
})

describe('real world (JS_REAL_WORLD)', () => {
  ;(ROOT ? it : it.skip)('agrees with TypeScript’s parser', () => {
    const total: Agreement = {
      files: 0,
      same: 0,
      exact: 0,
      errorDisagreements: [],
      imports: 0,
      missing: [],
      extra: [],
      errorLines: { same: 0, ours: 0, theirs: 0 },
    }
    for (const name of graphFiles(ROOT!)) {
      const text = decodeJs(readFileSync(join(ROOT!, name)))
      compareFacts(name, reader.extractText(text, name), tsImports(name, text), total)
    }
    console.log(
      JSON.stringify(
        {
          ...total,
          missing: total.missing.slice(0, 40),
          extra: total.extra.slice(0, 40),
          errorDisagreements: total.errorDisagreements.slice(0, 60),
          missingCount: total.missing.length,
          extraCount: total.extra.length,
        },
        null,
        1,
      ),
    )
    expect(total.files).toBeGreaterThan(0)
  })
})
