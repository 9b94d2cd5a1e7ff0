import { expect, it } from '@jest/globals'
import { havePython } from '../helpers/ast-oracle.js'
import { fuzzExtractor } from './fuzz-extractor.js'

// Bounded here; `npm run fuzz` runs many more (FUZZ_COUNT, FUZZ_SEED).
const COUNT = Number(process.env.FUZZ_COUNT ?? 400)
const SEED = Number(process.env.FUZZ_SEED ?? 20261125)

;(havePython ? it : it.skip)(
  `the extractor on ${COUNT} mutants (seed ${SEED}): no throw, = ast where ast accepts, fast = full where it refuses`,
  async () => {
    const result = await fuzzExtractor(COUNT, SEED)
    expect(result.astMismatches).toEqual([])
    expect(result.pathMismatches).toEqual([])
    expect(result.compared).toBeGreaterThan(COUNT / 10)
    console.log(
      `fuzz: ${result.mutants} mutants, ${result.compared} compared with ast, ${result.fullParseMisreads} misread by a full tree-sitter parse, ` +
        `${result.unseenSyntaxErrors} grammatical errors only the full parse reports`,
    )
  },
)
