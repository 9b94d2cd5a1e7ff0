import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { publishArtifact } from '../../src/snapshot/publish-artifact.js'
import type { SnapshotFiles } from '../../src/snapshot/write-snapshot.js'
import { ArtifactStandIn } from './artifact-stand-in.js'

const RUNNER_ENV = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_REPOSITORY',
  'GITHUB_RUN_ID',
  'RUNNER_TEMP',
  'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
]
let saved: Record<string, string | undefined>
let service: ArtifactStandIn
let files: SnapshotFiles
let stdout: string[]
let writeOut: typeof process.stdout.write

beforeAll(async () => {
  service = await new ArtifactStandIn().start()
  const dir = await mkdtemp(join(tmpdir(), 'blast-radius-artifact-test-'))
  files = { png: join(dir, 'snapshot.png'), png2x: join(dir, 'snapshot-2x.png'), html: join(dir, 'snapshot.html') }
  await writeFile(files.png, Buffer.from('PNG bytes, for the test'))
  await writeFile(files.html, '<!doctype html><title>viewer</title>')
})
afterAll(() => service.stop())

// @actions/core writes workflow commands (::warning::) to stdout: capture them to check the warning.
beforeEach(() => {
  saved = Object.fromEntries(RUNNER_ENV.map((k) => [k, process.env[k]]))
  for (const k of RUNNER_ENV) delete process.env[k]
  stdout = []
  writeOut = process.stdout.write
  process.stdout.write = ((chunk: string) => (stdout.push(String(chunk)), true)) as typeof process.stdout.write
})
afterEach(() => {
  process.stdout.write = writeOut
  for (const [k, v] of Object.entries(saved)) v === undefined ? delete process.env[k] : (process.env[k] = v)
})

function asRunner(): void {
  Object.assign(process.env, {
    ACTIONS_RUNTIME_TOKEN: ArtifactStandIn.runtimeToken(),
    ACTIONS_RESULTS_URL: `${service.url}/`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_RUN_ID: '4242',
  })
}

describe('publishArtifact', () => {
  it('uploads the still and the viewer as single files, unzipped, and links their artifact pages', async () => {
    asRunner()
    const outcome = await publishArtifact({ files, name: 'blast-radius-app' })
    expect(outcome).toEqual({
      kind: 'published',
      links: {
        png: 'https://github.com/octo/shop/actions/runs/4242/artifacts/9000',
        html: 'https://github.com/octo/shop/actions/runs/4242/artifacts/9001',
        inlineImage: false,
      },
    })
    expect(service.artifacts.map((a) => [a.name, a.mimeType, a.finalized, a.content.toString()])).toEqual([
      ['blast-radius-app.png', 'image/png', true, 'PNG bytes, for the test'],
      ['blast-radius-app.html', 'text/html', true, '<!doctype html><title>viewer</title>'],
    ])
  })

  it('skips with a warning outside a runner job', async () => {
    const outcome = await publishArtifact({ files })
    expect(outcome).toEqual({ kind: 'skipped', reason: expect.stringContaining('ACTIONS_RUNTIME_TOKEN is not set') })
    expect(stdout.join('')).toContain('::warning::no artifact service in this run')
  })

  it('reports a refusal by the service in one line, without throwing', async () => {
    asRunner()
    service.refuse = true
    try {
      const outcome = await publishArtifact({ files, name: 'refused' })
      expect(outcome.kind).toBe('failed')
      expect(outcome.kind === 'failed' && outcome.reason).toMatch(/^could not upload the snapshot as an artifact: .*403/)
      expect(outcome.kind === 'failed' && outcome.reason).not.toContain('\n')
    } finally {
      service.refuse = false
    }
  })
})
