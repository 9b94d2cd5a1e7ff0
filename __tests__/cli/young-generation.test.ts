import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const MODULE = fileURLToPath(new URL('../../src/young-generation.ts', import.meta.url))

/** The young generation's size in a fresh node after it keeps two million small objects, with the module loaded first or not. */
function youngGenerationBytes(withModule: boolean): number {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8'
    ${withModule ? `await import(${JSON.stringify(MODULE)})` : ''}
    const kept = []
    for (let i = 0; i < 2_000_000; i++) kept.push({ i })
    process.stdout.write(String(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size))`
  return Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }))
}

describe('the young generation', () => {
  it('stays at its first size once the entry points set it, where node lets it grow', () => {
    const grown = youngGenerationBytes(false)
    const kept = youngGenerationBytes(true)
    expect(kept).toBeLessThanOrEqual(4 * 2 ** 20)
    expect(grown).toBeGreaterThan(kept)
  })
})

describe('the entry points', () => {
  it.each(['cli.ts', 'index.ts'])('%s imports it before any other module', (entry) => {
    const source = readFileSync(fileURLToPath(new URL(`../../src/${entry}`, import.meta.url)), 'utf8')
    expect(source.match(/^import .*$/m)?.[0]).toBe("import './young-generation.js'")
  })
})
