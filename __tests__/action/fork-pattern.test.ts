import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ArtifactStandIn } from '../snapshot/artifact-stand-in.js'
import { diffEntry, GitHubStandIn } from './github-stand-in.js'
import {
  examplePayload,
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
import { runInProcess, runnerTemp, type RunSpec } from './runner.js'

const TOKEN = 'ghs_forkPosterToken'
const PR = 44
const RUN_ID = 30433642

let repo: FixtureRepo
let gh: GitHubStandIn
let scratch: string
let run: () => Promise<void>

beforeAll(async () => {
  repo = fixtureRepo()
  scratch = tempDir('fork')
  // @actions/artifact downloads through @actions/github, which reads GITHUB_API_URL once, when it is
  // first imported (on a runner the variable is there before the process starts): so the stand-in
  // starts first and the action is imported after.
  gh = await new GitHubStandIn(OWNER, REPO, TOKEN).start()
  process.env.GITHUB_API_URL = gh.url
  ;({ run } = await import('../../src/main.js'))
})
afterAll(async () => {
  await gh.stop()
  removeDir(repo.dir)
  removeDir(scratch)
})

beforeEach(() => {
  gh.reset()
  gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 4, fork: true }))
})

function report(overrides: Record<string, unknown> = {}) {
  return {
    schema: 'blast-radius/fork-report@1',
    headSha: repo.head,
    workingDirectory: '.',
    body: '<!-- blast-radius:. -->\n## Blast radius: 2 changed files → 3 files <!-- blast-radius:. --> thanks @maintainer\n',
    fingerprint: '0123456789abcdef',
    hasImpact: true,
    outputs: {
      changedCount: 2,
      affectedCount: 3,
      affectedFiles: ['app/service.py', 'app/api.py', 'tests/test_service.py'],
      affectedTests: ['tests/test_service.py'],
    },
    ...overrides,
  }
}

/** The artifact as upload-artifact stores it: a zip holding the report file. */
function addArtifact(content: unknown, name = 'blast-radius-report'): void {
  const dir = tempDir('artifact')
  writeFileSync(join(dir, 'blast-radius-report.json'), typeof content === 'string' ? content : JSON.stringify(content))
  execFileSync('zip', ['-q', '-j', join(dir, 'a.zip'), join(dir, 'blast-radius-report.json')])
  gh.addArtifact(RUN_ID, name, readFileSync(join(dir, 'a.zip')))
  removeDir(dir)
}

/** The workflow_run event of the fork's finished pull_request run. Its pull_requests list is empty, as GitHub leaves it for forks. */
function workflowRun(overrides: Record<string, unknown> = {}): RunSpec {
  const payload = examplePayload('workflow_run', 'completed')
  const pr = gh.pulls.get(PR)!
  Object.assign(payload.workflow_run, {
    id: RUN_ID,
    event: 'pull_request',
    conclusion: 'success',
    head_sha: repo.head,
    head_branch: pr.head.ref,
    head_repository: {
      ...payload.workflow_run.head_repository,
      owner: { ...payload.workflow_run.head_repository.owner, login: 'contributor' },
    },
    pull_requests: [],
    ...overrides,
  })
  // The trusted workflow checks out no fork code: its workspace is an empty folder.
  return { eventName: 'workflow_run', payload, workspace: scratch, standIn: gh, sha: repo.base }
}

const comments = () => gh.comments.get(PR) ?? []

describe('the fork pattern, both halves', () => {
  test('the fork’s pull_request run uploads the report it may not post; the workflow_run run posts it', async () => {
    const service = await new ArtifactStandIn().start()
    try {
      gh.files.set(PR, [
        diffEntry('README.md', 'modified'),
        diffEntry('app/core.py', 'modified'),
        diffEntry('app/moved_to.py', 'renamed', 'app/moved_from.py'),
        diffEntry('app/old.py', 'removed'),
      ])
      gh.refuseWrites = true
      const payload = pullRequestPayload(gh.pulls.get(PR))
      const runner = {
        ACTIONS_RUNTIME_TOKEN: ArtifactStandIn.runtimeToken(),
        ACTIONS_RESULTS_URL: `${service.url}/`,
        GITHUB_RUN_ID: String(RUN_ID),
      }
      const first = await runInProcess(
        { eventName: 'pull_request', payload, workspace: repo.dir, standIn: gh, sha: repo.head, extraEnv: runner },
        run,
      )

      expect(first.exitCode).toBe(0)
      expect(first.warnings.join('\n')).toContain('Resource not accessible by integration')
      const uploaded = service.artifacts.find((a) => a.name === 'blast-radius-report')!
      expect(uploaded.finalized).toBe(true)
      // The snapshot went up too (artifact mode, the default), and its viewer is the snapshot-url.
      const viewer = service.artifacts.find((a) => a.name.endsWith('.html'))!
      expect(first.outputs['snapshot-url']).toBe(`https://github.com/${OWNER}/${REPO}/actions/runs/${RUN_ID}/artifacts/${viewer.id}`)

      gh.refuseWrites = false
      gh.addArtifact(RUN_ID, 'blast-radius-report', uploaded.content)
      const second = await runInProcess(workflowRun(), run)

      expect(second.exitCode).toBe(0)
      expect(comments()).toHaveLength(1)
      const body = comments()[0]!.body!
      // The marker first; the figures of the trend (a link definition that renders as nothing) may stand before the headline.
      expect(body.startsWith('<!-- blast-radius:. -->\n')).toBe(true)
      expect(body).toMatch(/^## Blast radius:/m)
      expect(headlineAffected(body)).toBe(FIXTURE_AFFECTED)
      expect(body).toMatch(/<!-- blast-radius-fingerprint:[0-9a-f]{16} -->\n$/)
      expect(second.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
      expect(second.outputs['affected-tests']).toBe('tests/test_service.py')
    } finally {
      await service.stop()
    }
  })
})

describe('the fork pattern: the posting run requests the reviews and applies the gate', () => {
  test('with fail-on and request-reviewers, the fork’s run only leaves the report; the workflow_run run asks and fails', async () => {
    const service = await new ArtifactStandIn().start()
    try {
      gh.files.set(PR, [
        diffEntry('README.md', 'modified'),
        diffEntry('app/core.py', 'modified'),
        diffEntry('app/moved_to.py', 'renamed', 'app/moved_from.py'),
        diffEntry('app/old.py', 'removed'),
      ])
      // The default branch's CODEOWNERS: the fork's own checkout may say anything.
      gh.contents.set('.github/CODEOWNERS', '* @fallback\n/app/ @app-lead @octo/core\n')
      gh.refuseWrites = true
      const inputs = { 'fail-on': 'high', 'request-reviewers': 'true', snapshot: 'none' }
      const runner = {
        ACTIONS_RUNTIME_TOKEN: ArtifactStandIn.runtimeToken(),
        ACTIONS_RESULTS_URL: `${service.url}/`,
        GITHUB_RUN_ID: String(RUN_ID),
      }
      const payload = pullRequestPayload(gh.pulls.get(PR))
      const first = await runInProcess(
        { eventName: 'pull_request', payload, workspace: repo.dir, standIn: gh, sha: repo.head, extraEnv: runner, inputs },
        run,
      )
      // A removed file is still imported: the risk is high, yet the fork's run passes, so the posting run's `if` sees success.
      expect(first.outputs.risk).toBe('high')
      expect(first.exitCode).toBe(0)
      expect(first.stdout).toContain('request-reviewers and fail-on high: left to the workflow_run run that posts the report')
      expect(gh.requests.filter((r) => r.path.endsWith('/requested_reviewers'))).toEqual([])

      gh.refuseWrites = false
      gh.addArtifact(RUN_ID, 'blast-radius-report', service.artifacts.find((a) => a.name === 'blast-radius-report')!.content)
      const second = await runInProcess({ ...workflowRun(), inputs: { 'fail-on': 'high', 'request-reviewers': 'true' } }, run)
      expect(comments()).toHaveLength(1)
      expect(second.exitCode).toBe(1)
      expect(second.stdout).toMatch(/^::error::Blast radius gate: the risk is high \(.*\), at or above fail-on high\./m)
      const asked = gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/pulls/${PR}/requested_reviewers`))
      // Ranked by the radius they own: app/ holds two of the three affected files.
      expect(asked.map((r) => r.body)).toEqual([{ reviewers: ['app-lead', 'fallback'], team_reviewers: ['core'] }])
      expect(second.outputs['comment-url']).toBe(comments()[0]!.html_url)
    } finally {
      await service.stop()
    }
  })

  test('reviewers come from the default branch’s CODEOWNERS, never from the report', async () => {
    gh.contents.set('CODEOWNERS', '/app/ @app-lead\n')
    gh.files.set(PR, [diffEntry('docs/guide.md', 'modified')])
    addArtifact(
      report({ body: 'cc @everyone', outputs: { changedCount: 1, affectedCount: 1, affectedFiles: ['lib/x.py'], affectedTests: [] } }),
    )
    const none = await runInProcess({ ...workflowRun(), inputs: { 'request-reviewers': 'true' } }, run)
    expect(none.exitCode).toBe(0)
    expect(gh.requests.filter((r) => r.path.endsWith('/requested_reviewers'))).toEqual([])
    gh.reset()
    gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 1, fork: true }))
    gh.files.set(PR, [diffEntry('docs/guide.md', 'modified')])
    addArtifact(report({ outputs: { changedCount: 1, affectedCount: 1, affectedFiles: ['app/api.py'], affectedTests: [] } }))
    await runInProcess({ ...workflowRun(), inputs: { 'request-reviewers': 'true' } }, run)
    expect(gh.requests.filter((r) => r.path.endsWith('/requested_reviewers')).map((r) => r.body)).toEqual([])
    gh.contents.set('CODEOWNERS', '/app/ @app-lead\n')
    await runInProcess({ ...workflowRun(), inputs: { 'request-reviewers': 'true' } }, run)
    expect(gh.requests.filter((r) => r.path.endsWith('/requested_reviewers')).map((r) => r.body)).toEqual([{ reviewers: ['app-lead'] }])
  })

  test.each([
    [{ level: 'very high', atLeast: false, why: '300 affected files' }, 1],
    [{ level: 'moderate', atLeast: true, why: '12 affected files' }, 0],
    [{ level: 'unknown', why: 'the change is in files the graph does not read' }, 1],
  ])('the gate reads the risk the report states (%o): exit %d, after the comment', async (risk, exitCode) => {
    addArtifact(report({ risk }))
    const result = await runInProcess({ ...workflowRun(), inputs: { 'fail-on': 'high' } }, run)
    expect(comments()).toHaveLength(1)
    expect(result.exitCode).toBe(exitCode)
  })

  test('a report without a risk is posted, and the gate says it was not applied; a malformed risk is refused', async () => {
    addArtifact(report())
    const old = await runInProcess({ ...workflowRun(), inputs: { 'fail-on': 'high' } }, run)
    expect(old.exitCode).toBe(0)
    expect(old.warnings.join('\n')).toContain('states no risk (an older release made it), so no gate was applied')
    gh.reset()
    gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 4, fork: true }))
    addArtifact(report({ risk: { level: 'catastrophic', atLeast: false, why: 'x' } }))
    const bad = await runInProcess({ ...workflowRun(), inputs: { 'fail-on': 'high' } }, run)
    expect(bad.warnings.join('\n')).toContain("was refused: the report's risk level is malformed")
    expect(comments()).toHaveLength(0)
  })
})

describe('the workflow_run half of the fork pattern', () => {
  test('finds the PR by head SHA, fetches the artifact and posts it, defanged', async () => {
    addArtifact(report())
    const result = await runInProcess(workflowRun(), run)
    expect(result.exitCode).toBe(0)
    expect(comments()).toHaveLength(1)
    const body = comments()[0]!.body!
    expect(body.startsWith('<!-- blast-radius:. -->\n## Blast radius: 2 changed files')).toBe(true)
    // Only our own marker and fingerprint: the marker smuggled into the body is gone; the mention cannot notify.
    expect(body.match(/<!--/g)).toEqual(['<!--', '<!--'])
    expect(body.trimEnd().endsWith('<!-- blast-radius-fingerprint:0123456789abcdef -->')).toBe(true)
    expect(body).toContain('@\u200bmaintainer')
    expect(body).toContain(`Computed by workflow run ${RUN_ID}`)
    expect(result.outputs['affected-count']).toBe('3')
    expect(result.outputs['affected-tests']).toBe('tests/test_service.py')
    expect(result.outputs['comment-url']).toBe(comments()[0]!.html_url)
    // The commit lookup knows no PR for a fork's commit; the head branch finds it.
    expect(gh.requests.some((r) => r.path.endsWith(`/commits/${repo.head}/pulls`))).toBe(true)
    expect(gh.requests.find((r) => r.path === `/repos/${OWNER}/${REPO}/pulls`)!.query.get('head')).toBe(
      `contributor:${gh.pulls.get(PR)!.head.ref}`,
    )
  })

  test('a second run of the same report writes nothing; a new report updates the same comment', async () => {
    addArtifact(report())
    await runInProcess(workflowRun(), run)
    const first = comments()[0]!
    await runInProcess(workflowRun(), run)
    expect(gh.writes()).toHaveLength(1)
    gh.reset()
    gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 4, fork: true }))
    gh.comments.set(PR, [first])
    addArtifact(report({ fingerprint: 'fedcba9876543210', body: 'another report' }))
    await runInProcess(workflowRun(), run)
    expect(gh.writes().map((r) => r.method)).toEqual(['PATCH'])
    expect(comments().map((c) => c.id)).toEqual([first.id])
    expect(comments()[0]!.body).toContain('another report')
  })

  test('with hide-outdated a new report is a new comment, and the one it replaces is minimised', async () => {
    addArtifact(report())
    await runInProcess({ ...workflowRun(), inputs: { 'hide-outdated': 'true' } }, run)
    const first = comments()[0]!
    gh.artifacts.clear()
    addArtifact(report({ fingerprint: 'fedcba9876543210', body: 'another report' }))
    gh.requests.length = 0
    const second = await runInProcess({ ...workflowRun(), inputs: { 'hide-outdated': 'true' } }, run)
    expect(gh.writes().map((r) => `${r.method} ${r.path.replace(/.*\/issues\//, '')}`)).toEqual([`POST ${PR}/comments`, 'POST /graphql'])
    expect(gh.minimized).toEqual(new Map([[first.id, 'OUTDATED']]))
    expect(second.outputs['comment-url']).toBe(comments()[1]!.html_url)
  })

  test('refuses a report made for another commit, and posts nothing', async () => {
    addArtifact(report({ headSha: repo.base }))
    const result = await runInProcess(workflowRun(), run)
    expect(result.exitCode).toBe(0)
    expect(comments()).toHaveLength(0)
    expect(result.warnings.join('\n')).toContain('was refused: the report is for another commit')
  })

  test('a run that left no artifact (a same-repository PR commented itself) is a notice', async () => {
    const result = await runInProcess(workflowRun(), run)
    expect(result.exitCode).toBe(0)
    expect(result.notices.join('\n')).toContain('left no blast-radius-report artifact')
    expect(comments()).toHaveLength(0)
  })

  test('a failed pull_request run, or a run of another event, posts nothing', async () => {
    addArtifact(report())
    const failed = await runInProcess(workflowRun({ conclusion: 'failure' }), run)
    expect(failed.notices.join('\n')).toContain("ended 'failure'")
    const push = await runInProcess(workflowRun({ event: 'push' }), run)
    expect(push.notices.join('\n')).toContain("workflow_run of a 'push' run")
    expect(gh.requests.filter((r) => r.path.includes('/artifacts'))).toHaveLength(0)
    expect(comments()).toHaveLength(0)
  })
})

/** Every file under `dir` larger than `bytes`. */
function filesLargerThan(dir: string, bytes: number): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => statSync(path).size > bytes)
}

describe('the workflow_run half, second pass', () => {
  test('HTML-comment stripping runs until stable: a nested comment cannot forge another folder’s marker', async () => {
    addArtifact(report({ body: '## Blast radius\n<!<!---->-- blast-radius:app -->\nhidden <!<!---->-- text -->\n' }))
    const result = await runInProcess(workflowRun(), run)
    expect(result.exitCode).toBe(0)
    const body = comments()[0]!.body!
    expect(body).not.toContain('blast-radius:app')
    expect(body.match(/<!--/g)).toEqual(['<!--', '<!--'])
  })

  test('a zip bomb is refused before anything of it is written to RUNNER_TEMP', async () => {
    const dir = tempDir('bomb')
    try {
      // 64 MiB of one byte: a zip of some 60 KB that unpacks far past the 4 MiB a report may have.
      writeFileSync(join(dir, 'blast-radius-report.json'), Buffer.alloc(64 << 20, 0x20))
      execFileSync('zip', ['-q', '-j', join(dir, 'a.zip'), join(dir, 'blast-radius-report.json')])
      gh.addArtifact(RUN_ID, 'blast-radius-report', readFileSync(join(dir, 'a.zip')))
    } finally {
      removeDir(dir)
    }
    const result = await runInProcess(workflowRun(), run)
    expect(result.exitCode).toBe(0)
    expect(result.warnings.join('\n')).toMatch(
      /was refused: the artifact's blast-radius-report\.json was not read: it unpacks to 67108864 bytes/,
    )
    expect(comments()).toHaveLength(0)
    expect(filesLargerThan(runnerTemp, 4 << 20)).toEqual([])
  })

  test('comment-mode on-impact posts a fork’s report whose only impact is a removed file still imported', async () => {
    addArtifact(report({ hasImpact: true, outputs: { changedCount: 0, affectedCount: 0, affectedFiles: [], affectedTests: [] } }))
    const result = await runInProcess({ ...workflowRun(), inputs: { 'comment-mode': 'on-impact' } }, run)
    expect(result.exitCode).toBe(0)
    expect(comments()).toHaveLength(1)
  })

  test('comment-mode on-impact skips a fork’s report with no impact', async () => {
    addArtifact(report({ hasImpact: false, outputs: { changedCount: 1, affectedCount: 0, affectedFiles: [], affectedTests: [] } }))
    const result = await runInProcess({ ...workflowRun(), inputs: { 'comment-mode': 'on-impact' } }, run)
    expect(result.exitCode).toBe(0)
    expect(comments()).toHaveLength(0)
  })
})
