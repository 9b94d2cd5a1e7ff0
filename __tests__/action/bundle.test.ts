// The bundled action run as a child process, the way the runner runs dist/index.js. The bundle is
// built by scripts/bundle.mjs itself, run in a temporary folder whose src/ links to the sources, so
// it is the same build as dist/ (WASM, fonts, worker and viewer beside it) and dist/ is left alone.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, symlinkSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ArtifactStandIn } from '../snapshot/artifact-stand-in.js'
import { diffEntry, GitHubStandIn } from './github-stand-in.js'
import {
  fixtureRepo,
  headlineAffected,
  OWNER,
  pullRequest,
  pullRequestPayload,
  removeDir,
  REPO,
  tempDir,
  type FixtureRepo,
  FIXTURE_AFFECTED,
} from './fixtures.js'
import { runBundle, type RunSpec } from './runner.js'

const TOKEN = 'ghs_bundleToken42'
const PR = 9
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

let out: string
let bundle: string
let repo: FixtureRepo
let gh: GitHubStandIn

beforeAll(async () => {
  out = tempDir('bundle')
  symlinkSync(join(ROOT, 'src'), join(out, 'src'))
  execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs')], { cwd: out })
  bundle = join(out, 'dist', 'index.js')
  repo = fixtureRepo()
  gh = await new GitHubStandIn(OWNER, REPO, TOKEN).start()
})
afterAll(async () => {
  await gh.stop()
  removeDir(out)
  removeDir(repo.dir)
})

function prEvent(): RunSpec {
  gh.reset()
  gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 3 }))
  gh.files.set(PR, [
    diffEntry('app/core.py', 'modified'),
    diffEntry('app/moved_to.py', 'renamed', 'app/moved_from.py'),
    diffEntry('app/old.py', 'removed'),
  ])
  const payload = pullRequestPayload(gh.pulls.get(PR), 'opened')
  return { eventName: 'pull_request', payload, workspace: repo.dir, standIn: gh, sha: repo.head }
}

describe('dist/index.js as the runner runs it', () => {
  test('comments, writes the summary, the outputs and the impact JSON', async () => {
    const result = await runBundle(prEvent(), bundle)
    expect(result.exitCode).toBe(0)
    const comments = gh.comments.get(PR)!
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('<!-- blast-radius:. -->')
    expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
    expect(result.outputs['changed-count']).toBe('2')
    expect(result.outputs['affected-tests']).toBe('tests/test_service.py')
    expect(result.outputs['comment-url']).toBe(comments[0]!.html_url)
    expect(JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8')).affected.total).toBe(FIXTURE_AFFECTED)
    expect(headlineAffected(result.summary)).toBe(FIXTURE_AFFECTED)
    expect(result.stdout.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN)
  })

  test('renders the snapshot beside itself and uploads it to the artifact service', async () => {
    const service = await new ArtifactStandIn().start()
    try {
      const spec = prEvent()
      const runner = {
        ACTIONS_RUNTIME_TOKEN: ArtifactStandIn.runtimeToken(),
        ACTIONS_RESULTS_URL: `${service.url}/`,
        GITHUB_RUN_ID: '5150',
      }
      const result = await runBundle({ ...spec, extraEnv: runner }, bundle)
      expect(result.exitCode).toBe(0)
      expect(result.warnings).toEqual([])
      const png = service.artifacts.find((a) => a.name.endsWith('.png'))!
      expect(png.content.subarray(1, 4).toString()).toBe('PNG')
      const viewer = service.artifacts.find((a) => a.name.endsWith('.html'))!
      expect(result.outputs['snapshot-url']).toBe(`https://github.com/${OWNER}/${REPO}/actions/runs/5150/artifacts/${viewer.id}`)
      expect(gh.comments.get(PR)![0]!.body).toContain(result.outputs['snapshot-url'])
    } finally {
      await service.stop()
    }
  })

  test('stays green when writing is refused and no artifact service exists', async () => {
    const spec = prEvent()
    gh.refuseWrites = true
    const result = await runBundle(spec, bundle)
    expect(result.exitCode).toBe(0)
    expect(result.warnings.some((w) => w.includes('Resource not accessible by integration'))).toBe(true)
    expect(result.warnings.some((w) => w.includes('ACTIONS_RUNTIME_TOKEN is not set'))).toBe(true)
    // The still was rendered all the same (resvg's WASM and the fonts found beside the bundle); only the upload was skipped.
    expect(existsSync(join(dirname(result.outputs['report-json']!), 'snapshot', 'snapshot.png'))).toBe(true)
    expect(headlineAffected(result.summary)).toBe(FIXTURE_AFFECTED)
    // The report says in one line why the snapshot is missing.
    expect(result.summary).toMatch(/No 3D snapshot: no artifact service in this run \(ACTIONS.*RUNTIME.*TOKEN is not set\)/)
  })

  test('runs with every input empty except the token, as outside a runner’s defaults', async () => {
    const spec = prEvent()
    const inputs = {
      'pr-number': '',
      'working-directory': '',
      'comment-mode': '',
      snapshot: '',
      'snapshot-branch': '',
      include: '',
      exclude: '',
      'pages-url': '',
      'max-file-size': '',
    }
    const result = await runBundle({ ...spec, inputs }, bundle)
    expect(result.exitCode).toBe(0)
    expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
  })
})
