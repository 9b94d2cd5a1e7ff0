import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeSynthRepo } from '../../scripts/synth-repo.mjs'

// Extraction threads run only from the bundle (dist/extract-worker.js), so this drives dist/cli.js the
// way a user does. dist/ is committed and CI checks that it matches a fresh bundle.
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

describe('extraction across threads', () => {
  it('gives the same graph with 1, 2 and 3 threads', () => {
    expect(existsSync(CLI)).toBe(true)
    const dir = mkdtempSync(join(tmpdir(), 'blast-radius-threads-'))
    writeSynthRepo({ files: 600, seed: 3, out: dir })
    const graph = (threads: number) => {
      const run = spawnSync('node', [CLI, 'graph', '--repo', dir, '--json', '--no-cache'], {
        env: { ...process.env, BLAST_RADIUS_THREADS: String(threads) },
        maxBuffer: 1 << 28,
        encoding: 'utf8',
      })
      // A failed thread would be redone in the main thread, silently but for this warning.
      expect(run.stderr).toBe('')
      const out = run.stdout
      const { stats, ...rest } = JSON.parse(out)
      expect(stats.files).toBeGreaterThan(500)
      return rest
    }
    const one = graph(1)
    expect(graph(2)).toEqual(one)
    expect(graph(3)).toEqual(one)
  })
})
