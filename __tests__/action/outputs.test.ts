import { afterEach, describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { outputCutLine, setOutputs } from '../../src/action/outputs.js'
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
  test('100,000 affected files: the lists are cut with a last line that says so, and all outputs stay under 1 MB', () => {
    const file = join(dir, 'output.txt')
    writeFileSync(file, '')
    const saved = process.env.GITHUB_OUTPUT
    process.env.GITHUB_OUTPUT = file
    const affectedFiles = Array.from({ length: 100_000 }, (_, i) => `services/api/handlers/module_${i}.txt`)
    const affectedTests = affectedFiles.filter((_, i) => i % 2 === 0).map((p) => p.replace('handlers', 'tests'))
    try {
      setOutputs({ changedCount: 1, affectedCount: affectedFiles.length, affectedFiles, affectedTests }, {})
    } finally {
      process.env.GITHUB_OUTPUT = saved
    }
    const written = readFileSync(file, 'utf8')
    expect(Buffer.byteLength(written)).toBeLessThan(1_000_000)
    const outputs = readOutputs(written)
    expect(outputs['affected-count']).toBe('100000')
    for (const [name, all] of [
      ['affected-files', affectedFiles],
      ['affected-tests', affectedTests],
    ] as const) {
      const lines = outputs[name]!.split('\n')
      const kept = lines.slice(0, -1)
      expect(kept).toEqual(all.slice(0, kept.length))
      expect(lines.at(-1)).toBe(outputCutLine(all.length - kept.length))
    }
  })
})
