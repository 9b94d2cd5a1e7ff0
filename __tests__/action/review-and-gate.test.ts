// Issue 15, the action's side: the gate, the risk thresholds, the test outputs, the reviewers from
// CODEOWNERS, the trend across pushes and `comment-mode: on-change`, against the GitHub stand-in.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { run } from '../../src/main.js'
import { diffEntry, GitHubStandIn, type DiffEntry } from './github-stand-in.js'
import { fixtureRepo, git, OWNER, pullRequest, pullRequestPayload, removeDir, REPO, writeFiles, type FixtureRepo } from './fixtures.js'
import { runInProcess, type RunSpec } from './runner.js'

const TOKEN = 'ghs_reviewAndGate'
const PR = 15
/** The example payload's pull request is opened by this user. */
const AUTHOR = 'Codertocat'
const CODEOWNERS = ['* @fallback', '/app/ @app-lead @Codertocat @octo/core', '/tests/ @tester', ''].join('\n')
const FILES = [
  diffEntry('README.md', 'modified'),
  diffEntry('app/core.py', 'modified'),
  diffEntry('app/moved_to.py', 'renamed', 'app/moved_from.py'),
  diffEntry('app/old.py', 'removed'),
]

let repo: FixtureRepo
let gh: GitHubStandIn

beforeEach(async () => {
  repo = fixtureRepo({ '.github/CODEOWNERS': CODEOWNERS })
  gh = await new GitHubStandIn(OWNER, REPO, TOKEN).start()
  setPull(repo.head, FILES)
})
afterEach(async () => {
  await gh.stop()
  removeDir(repo.dir)
})

function setPull(headSha: string, files: DiffEntry[]): void {
  gh.pulls.set(PR, pullRequest({ number: PR, headSha, baseSha: repo.base, changedFiles: files.length }))
  gh.files.set(PR, files)
}

function prEvent(inputs: Record<string, string> = {}): RunSpec {
  const pr = gh.pulls.get(PR)!
  return { eventName: 'pull_request', payload: pullRequestPayload(pr), workspace: repo.dir, standIn: gh, sha: pr.head.sha, inputs }
}

/** A new commit on the PR's branch, checked out: a push. */
function push(files: Record<string, string>): string {
  writeFiles(repo.dir, files)
  git(repo.dir, 'add', '-A')
  git(repo.dir, 'commit', '-q', '--allow-empty', '-m', 'push')
  return git(repo.dir, 'rev-parse', 'HEAD')
}

const comments = () => gh.comments.get(PR) ?? []
const reviewRequests = () => gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/pulls/${PR}/requested_reviewers`))

describe('the gate', () => {
  test('fail-on: high fails the step after the comment, the summary and the outputs are written', async () => {
    const result = await runInProcess(prEvent({ 'fail-on': 'high', snapshot: 'none' }), run)
    expect(result.exitCode).toBe(1)
    // The removed file is still imported: the risk is high whatever the count (and those imports are no gap: not "at least").
    expect(result.outputs.risk).toBe('high')
    expect(result.stdout).toMatch(/^::error::Blast radius gate: the risk is high \(.*\), at or above fail-on high\./m)
    expect(comments()).toHaveLength(1)
    expect(result.summary).toContain('**Risk: high**')
    expect(result.outputs['affected-count']).toBe('4')
    expect(result.outputs['comment-url']).toBe(comments()[0]!.html_url)
  })

  test('fail-on: very high and the default never pass the same change', async () => {
    for (const inputs of [{ 'fail-on': 'very-high' }, {}] as Record<string, string>[]) {
      const result = await runInProcess(prEvent({ ...inputs, snapshot: 'none' }), run)
      expect(result.exitCode).toBe(0)
      expect(result.outputs.risk).toBe('high')
    }
  })

  test('risk-thresholds moves the levels; a bad value is an input error before anything is written', async () => {
    const lower = await runInProcess(prEvent({ 'risk-thresholds': '1, 2, 3', 'fail-on': 'very high', snapshot: 'none' }), run)
    expect(lower.outputs.risk).toBe('very high')
    expect(lower.exitCode).toBe(1)
    expect(comments()[0]!.body).toContain('levels start at 1, 2, 3')
    gh.requests.length = 0
    const bad = await runInProcess(prEvent({ 'risk-thresholds': '10,5,250' }), run)
    expect(bad.exitCode).toBe(1)
    expect(bad.stdout).toContain('::error::risk-thresholds: each must be larger than the one before, got "10,5,250"')
    expect(gh.requests).toHaveLength(0)
  })
})

describe('the test outputs', () => {
  test('the affected tests as lines, as JSON and as pytest arguments', async () => {
    const result = await runInProcess(prEvent({ snapshot: 'none' }), run)
    expect(result.outputs['affected-tests']).toBe('tests/test_service.py')
    expect(JSON.parse(result.outputs['affected-tests-json']!)).toEqual(['tests/test_service.py'])
    expect(result.outputs['pytest-args']).toBe('-- tests/test_service.py')
    expect(result.outputs['tests-reason']).toBe('')
  })

  test('a change to the pytest configuration runs all, with the reason, and no pytest arguments', async () => {
    const head = push({ 'pytest.ini': '[pytest]\n' })
    setPull(head, [...FILES, diffEntry('pytest.ini', 'added')])
    const result = await runInProcess(prEvent({ snapshot: 'none' }), run)
    expect(result.outputs['affected-tests']).toBe('all')
    expect(JSON.parse(result.outputs['affected-tests-json']!)).toBe('all')
    expect(result.outputs['pytest-args']).toBe('')
    expect(result.outputs['tests-reason']).toContain("pytest.ini changed: it holds the test runner's and the package's configuration")
  })
})

describe('request-reviewers', () => {
  test('off by default: the owners are listed in the comment, nobody is asked', async () => {
    await runInProcess(prEvent({ snapshot: 'none' }), run)
    expect(comments()[0]!.body).toContain('`@app-lead`')
    expect(reviewRequests()).toHaveLength(0)
  })

  test('true: one request with the CODEOWNERS owners, not the author; a re-run asks nobody again', async () => {
    gh.reviewedBy.set(PR, ['tester'])
    const result = await runInProcess(prEvent({ 'request-reviewers': 'true', snapshot: 'none' }), run)
    expect(result.exitCode).toBe(0)
    expect(reviewRequests()).toHaveLength(1)
    const body = reviewRequests()[0]!.body as { reviewers: string[]; team_reviewers: string[] }
    // @tester has reviewed already; the author owns app/ too but cannot review their own PR.
    expect(body.reviewers).toEqual(['app-lead'])
    expect(body.team_reviewers).toEqual(['core'])
    expect(body.reviewers).not.toContain(AUTHOR)
    gh.requests.length = 0
    await runInProcess(prEvent({ 'request-reviewers': 'true', snapshot: 'none' }), run)
    expect(reviewRequests()).toHaveLength(0)
  })

  test('a 422 for an owner who is not a collaborator is a warning; the others are still asked', async () => {
    gh.collaborators = new Set(['app-lead', 'core'])
    const result = await runInProcess(prEvent({ 'request-reviewers': 'true', snapshot: 'none' }), run)
    expect(result.exitCode).toBe(0)
    expect(result.warnings.filter((w) => w.startsWith('request-reviewers: GitHub refused a review request for'))).toEqual([
      expect.stringContaining('for tester: Reviews may only be requested from collaborators'),
    ])
    expect(gh.pulls.get(PR)!.requested_reviewers!.map((u) => u.login)).toEqual(['app-lead'])
    expect(gh.pulls.get(PR)!.requested_teams!.map((t) => t.slug)).toEqual(['core'])
  })

  test('a read-only token (a fork) is refused with 403: a warning, and the step stays green', async () => {
    gh.refuseWrites = true
    const result = await runInProcess(prEvent({ 'request-reviewers': 'true', snapshot: 'none' }), run)
    expect(result.exitCode).toBe(0)
    expect(result.warnings.some((w) => w.startsWith('request-reviewers: GitHub refused') && w.includes('read-only token'))).toBe(true)
  })
})

describe('working-directory', () => {
  test('links keep the folder and CODEOWNERS is read at the repository root', async () => {
    const result = await runInProcess(prEvent({ 'working-directory': 'app', snapshot: 'none' }), run)
    expect(result.exitCode).toBe(0)
    const body = comments()[0]!.body!
    expect(body).toContain(`https://github.com/${OWNER}/${REPO}/blob/${repo.head}/app/core.py`)
    expect(body).not.toContain(`/blob/${repo.head}/core.py`)
    expect(body).toContain('`@app-lead`')
  })
})

describe('the trend across pushes', () => {
  test('a push with other figures says what they were; a re-run on that commit keeps saying it, and writes nothing', async () => {
    setPull(repo.head, [diffEntry('app/core.py', 'modified')])
    await runInProcess(prEvent({ snapshot: 'none' }), run)
    expect(comments()[0]!.body).not.toContain('(was ')
    // The next push lists the removal and the rename too: their old names' importers join the radius.
    setPull(push({}), FILES)
    await runInProcess(prEvent({ snapshot: 'none' }), run)
    expect(comments()).toHaveLength(1)
    const body = comments()[0]!.body!
    expect(body).toMatch(new RegExp(`→ 4 files .*\\(was 3 at \`${repo.head.slice(0, 7)}\`\\)`))
    gh.requests.length = 0
    await runInProcess(prEvent({ snapshot: 'none' }), run)
    expect(gh.writes()).toEqual([])
    expect(comments()[0]!.body).toBe(body)
  })

  test('comment-mode: on-change leaves the comment alone when only the commit changed, and edits it when the figures do', async () => {
    await runInProcess(prEvent({ snapshot: 'none', 'comment-mode': 'on-change' }), run)
    const first = comments()[0]!.body!
    setPull(push({}), FILES)
    gh.requests.length = 0
    const same = await runInProcess(prEvent({ snapshot: 'none', 'comment-mode': 'on-change' }), run)
    expect(gh.writes()).toEqual([])
    expect(same.outputs['comment-url']).toBe(comments()[0]!.html_url)
    expect(comments()[0]!.body).toBe(first)
    // The same push under `always` edits it: the commit in its links changed.
    await runInProcess(prEvent({ snapshot: 'none' }), run)
    expect(gh.writes()).toHaveLength(1)
    gh.requests.length = 0
    setPull(push({ 'app/extra.py': 'from app import core\n' }), [...FILES, diffEntry('app/extra.py', 'added')])
    await runInProcess(prEvent({ snapshot: 'none', 'comment-mode': 'on-change' }), run)
    expect(gh.writes().map((w) => w.method)).toEqual(['PATCH'])
  })
})
