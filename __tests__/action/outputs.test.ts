import { afterEach, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { outputCutLine, setOutputs } from '../../src/action/outputs.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import { removeDir, tempDir } from './fixtures.js'

const dir = tempDir('outputs')
afterEach(() => removeDir(dir))

/** GITHUB_OUTPUT's `name<<DELIMITER` blocks, as the runner reads them. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const m of text.matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!
  return outputs
}

describe('outputs within GitHub’s 1 MB', () => {
  test('100,000 affected files: the list is cut with a last line that says so, the tests say all, and all outputs stay under 1 MB', () => {
    const file = join(dir, 'output.txt')
    writeFileSync(file, '')
    const saved = process.env.GITHUB_OUTPUT
    process.env.GITHUB_OUTPUT = file
    const affectedFiles = Array.from({ length: 100_000 }, (_, i) => `services/api/handlers/module_${i}.txt`)
    const affectedTests = affectedFiles.filter((_, i) => i % 2 === 0).map((p) => p.replace('handlers', 'tests'))
    try {
      setOutputs(
        { changedCount: 1, affectedCount: affectedFiles.length, affectedFiles, affectedTests },
        {},
        { risk: 'very high', tests: { all: false, files: affectedTests as RepoPath[], runners: [] } },
      )
    } finally {
      process.env.GITHUB_OUTPUT = saved
    }
    const written = readFileSync(file, 'utf8')
    expect(Buffer.byteLength(written)).toBeLessThan(1_000_000)
    const outputs = readOutputs(written)
    expect(outputs['affected-count']).toBe('100000')
    const lines = outputs['affected-files']!.split('\n')
    const kept = lines.slice(0, -1)
    expect(kept).toEqual(affectedFiles.slice(0, kept.length))
    expect(lines.at(-1)).toBe(outputCutLine(affectedFiles.length - kept.length))
    // A short list of tests would be run as if it were complete: past its share, all of them.
    expect(outputs['affected-tests']).toBe('all')
    expect(outputs['affected-tests-json']).toBe('"all"')
    expect(outputs['pytest-args']).toBe('')
    expect(outputs['tests-reason']).toBe("50,000 affected test files are more than a step's outputs can hold")
    expect(outputs.risk).toBe('very high')
  })
})
