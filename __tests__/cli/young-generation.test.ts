import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url))

/**
 * The young generation's size in a fresh node that runs the CLI with `args` (a usage error past the
 * options, so that nothing is built) and then keeps two million small objects.
 */
function youngGenerationAfter(args: readonly string[]): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8'
    const { main } = await import(${JSON.stringify(MAIN)})
    const quiet = { write: () => true }
    await main(${JSON.stringify(args)}, { stdout: quiet, stderr: quiet, env: {}, cwd: process.cwd() })
    const kept = []
    for (let i = 0; i < 2_000_000; i++) kept.push({ i })
    process.stdout.write(String(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size))`
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }))
}

describe('the young generation', () => {
  const repo = mkdtempSync(join(tmpdir(), 'young-generation-'))
  // graph takes no file names: the run stops with a usage error once its options are read.
  const graph = (...options: string[]) => ['graph', 'unexpected', '--repo', repo, ...options]

  it('stays at its first size in a run with no cache to read, and grows as V8 has it in one with a cache', () => {
    const cache = join(repo, 'cache')
    mkdirSync(cache)
    const cold = youngGenerationAfter(graph('--no-cache'))
    const empty = youngGenerationAfter(graph('--cache', cache))
    writeFileSync(join(cache, 'facts.cache'), '')
    const warm = youngGenerationAfter(graph('--cache', cache))
    expect(cold).toBeLessThanOrEqual(4 * 2 ** 20)
    expect(empty).toBeLessThanOrEqual(4 * 2 ** 20)
    expect(warm).toBeGreaterThan(cold)
  })
})
