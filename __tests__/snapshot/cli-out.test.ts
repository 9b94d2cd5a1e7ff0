import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { main } from '../../src/cli/main.js'
import { inlineData } from './inline-data.js'
import { decodePng } from './png-pixels.js'
import { SMALL_REPO } from './test-graphs.js'

describe('blast-radius impact --out', () => {
  it('writes snapshot.png and snapshot.html beside impact.json', async () => {
    const out = await mkdtemp(join(tmpdir(), 'blast-radius-cli-out-'))
    try {
      const [stdout, stderr] = [new PassThrough(), new PassThrough()]
      let errors = ''
      stderr.on('data', (d) => (errors += d))
      stdout.resume()
      const status = await main(['impact', 'app/core/config.py', '--repo', SMALL_REPO, '--out', 'result'], {
        stdout,
        stderr,
        env: { NO_COLOR: '1' },
        cwd: out,
      })
      expect(errors).not.toContain('error')
      expect(status).toBe(0)
      expect(decodePng(await readFile(join(out, 'result', 'snapshot.png'))).width).toBe(800)
      expect(decodePng(await readFile(join(out, 'result', 'snapshot-2x.png'))).width).toBe(1600)
      expect(inlineData(await readFile(join(out, 'result', 'snapshot.html'), 'utf8')).paths).toContain('tests/test_views.py')
      expect(JSON.parse(await readFile(join(out, 'result', 'impact.json'), 'utf8')).affected.total).toBe(6)
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })
})
