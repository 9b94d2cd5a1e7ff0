// GitHub failing under the action: each fault is served by the local stand-in over real HTTP to the
// real Octokit client (retry and throttling plugins included). Whatever GitHub does, the job summary
// gets the report. Backoff is shortened through the environment, so "retried 3 times" takes
// milliseconds, not the 14 s it takes on a runner; the request timeout only where a test waits for it.
import { describe, expect, test } from '@jest/globals'
import { run } from '../../src/main.js'
import { ACTIONS_BOT_USER, diffEntry, user, type Fault, type GitHubStandIn, type Recorded } from '../action/github-stand-in.js'
import { examplePayload, headlineAffected, pullRequest, pullRequestPayload, type FixtureRepo, FIXTURE_AFFECTED } from '../action/fixtures.js'
import { fixtureHooks } from '../action/hooks.js'
import { runInProcess, type RunSpec } from '../action/runner.js'

const TOKEN = 'ghs_faultsToken'
const PR = 31
const MARKER = '<!-- blast-radius:. -->'
// The timeout stays far above any answer of the loopback stand-in, even on a loaded machine (a
// 100 ms timeout fired on answers that were merely late, and the retry then counted or wrote twice);
// only the test of a request that never ends waits for it, with a shorter one of its own.
const FAST = { BLAST_RADIUS_API_TIMEOUT_MS: '30000', BLAST_RADIUS_API_BACKOFF_MS: '1' }
const HANG_TIMEOUT = { ...FAST, BLAST_RADIUS_API_TIMEOUT_MS: '2000' }

let repo: FixtureRepo
let gh: GitHubStandIn

fixtureHooks(TOKEN, (standIn, fixture) => {
  ;[gh, repo] = [standIn, fixture]
  gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 3 }))
  gh.files.set(PR, [diffEntry('app/core.py', 'modified'), diffEntry('app/moved_to.py', 'renamed', 'app/moved_from.py'), diffEntry('app/old.py', 'removed')])
})

function prEvent(): RunSpec {
  return { eventName: 'pull_request', payload: pullRequestPayload(gh.pulls.get(PR)), workspace: repo.dir, standIn: gh, sha: repo.head, extraEnv: FAST }
}

const ours = () => (gh.comments.get(PR) ?? []).filter((c) => c.user?.login === ACTIONS_BOT_USER.login)
const isComments = (r: Recorded) => r.path.endsWith(`/issues/${PR}/comments`)
const isFiles = (r: Recorded) => r.path.endsWith(`/pulls/${PR}/files`)
const count = (which: (r: Recorded) => boolean, method = 'GET') => gh.requests.filter((r) => r.method === method && which(r)).length

/** Answers `fault` to the requests `which` picks, the first `times` of them (all when omitted). */
function failing(which: (r: Recorded) => boolean, fault: Fault, times = Infinity): void {
  let left = times
  gh.intercept = (r) => (which(r) && left-- > 0 ? fault : undefined)
}

/** The report, in full, in the job summary, with the fixture's headline. */

function expectReportInSummary(summary: string): void {
  expect(headlineAffected(summary)).toBe(FIXTURE_AFFECTED)
  expect(summary).toContain('`app/legacy.py` line 1: `app.old`')
}

const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'

describe('GitHub faults: the job stays useful', () => {
  test('5xx answers are retried with backoff and the run succeeds', async () => {
    failing(isComments, { status: 502, message: 'Server Error' }, 2)
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    // Two failures and the listing that worked, then the check after creating.
    expect(count(isComments)).toBe(4)
    expect(ours()).toHaveLength(1)
    expect(result.outputs['comment-url']).toBe(ours()[0]!.html_url)
  })

  test('a 5xx that persists: 3 retries, then a failure note, with the report in the summary and the outputs', async () => {
    failing((r) => r.method === 'POST' && isComments(r), { status: 503, message: 'Service Unavailable' })
    const result = await runInProcess(prEvent(), run)
    expect(count(isComments, 'POST')).toBe(4)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(/^::error::GitHub failed to take the comment on #31 \(HTTP 503\): Service Unavailable.*re-run the job/m)
    expectReportInSummary(result.summary)
    expect(result.summary).toContain('**The pull request comment could not be written**: Service Unavailable')
    expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
    expect(result.outputs['comment-url']).toBe('')
  })

  test('workflow_dispatch whose pulls.get keeps failing: GitHub’s message, not a stack', async () => {
    failing((r) => r.method === 'GET' && r.path.endsWith(`/pulls/${PR}`), { status: 500, message: 'Server Error' })
    const result = await runInProcess(
      { eventName: 'workflow_dispatch', payload: examplePayload('workflow_dispatch'), workspace: repo.dir, standIn: gh, sha: repo.head, inputs: { 'pr-number': String(PR) }, extraEnv: FAST },
      run,
    )
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(/^::error::GitHub answered 500: Server Error/m)
    expect(result.stdout).not.toContain('internal error')
  })

  test('a secondary rate limit (403 with retry-after) is waited out and retried, not taken for a read-only token', async () => {
    // On a read: writes are paced a second apart by the throttling plugin, which would slow the test, not change it.
    failing(isComments, { status: 403, message: SECONDARY, headers: { 'retry-after': '2' } }, 1)
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    expect(count(isComments)).toBe(3)
    expect(result.warnings.some((w) => w.startsWith('GitHub secondary rate limit on GET') && w.includes('retrying in 2s'))).toBe(true)
    expect(ours()).toHaveLength(1)
  })

  test('a rate limit that persists (429) ends in a failure note, not in "may not comment"', async () => {
    failing(isComments, { status: 429, message: SECONDARY, headers: { 'retry-after': '1' } })
    const result = await runInProcess(prEvent(), run)
    // The first try and the 2 retries the action allows.
    expect(count(isComments)).toBe(3)
    expect(gh.writes()).toEqual([])
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::GitHub failed to take the comment on #31 (HTTP 429)')
    expect(result.warnings.join('\n')).not.toContain('may not comment')
    expect(result.warnings.some((w) => w.startsWith('GitHub secondary rate limit on GET') && w.endsWith('giving up after 2 retries'))).toBe(true)
    expectReportInSummary(result.summary)
  })

  test('a spent hourly rate limit is not waited for an hour: one warning, then a failure note', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600)
    const headers = { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
    failing(isComments, { status: 403, message: 'API rate limit exceeded for installation ID 1.', headers })
    const result = await runInProcess(prEvent(), run)
    expect(count(isComments)).toBe(1)
    expect(result.warnings.some((w) => /^GitHub rate limit on GET .*; giving up: GitHub asks to wait 3\d{3}s$/.test(w))).toBe(true)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::GitHub failed to take the comment on #31 (HTTP 403): API rate limit exceeded')
    expectReportInSummary(result.summary)
  })

  test('a 422 on the body: not retried, a clear error, the report in the summary', async () => {
    failing((r) => r.method === 'POST', { status: 422, message: 'Validation Failed: body is too long (maximum is 65536 characters)' })
    const result = await runInProcess(prEvent(), run)
    expect(count(isComments, 'POST')).toBe(1)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::GitHub refused the comment on #31 (HTTP 422): Validation Failed: body is too long')
    expectReportInSummary(result.summary)
    expect(result.outputs['affected-files']!.split('\n')).toEqual(['app/legacy.py', 'app/service.py', 'app/api.py', 'tests/test_service.py'])
  })

  test('a request GitHub never answers times out, is retried, and the changed files come from git', async () => {
    failing(isFiles, 'no answer')
    const result = await runInProcess({ ...prEvent(), extraEnv: HANG_TIMEOUT }, run)
    expect(count(isFiles)).toBe(4)
    expect(result.exitCode).toBe(0)
    const note = `GitHub did not list the changed files of #${PR} (GitHub did not answer within 2 s); they come from the checkout's git history.`
    expect(result.warnings).toContain(note)
    expect(ours()).toHaveLength(1)
    expect(headlineAffected(ours()[0]!.body!)).toBe(FIXTURE_AFFECTED)
    expectReportInSummary(result.summary)
  })

  test('a pull_request whose PR vanished (404 on its files and comments): the report from git, in the summary', async () => {
    failing((r) => r.path.includes(`/${PR}/`), { status: 404, message: 'Not Found' })
    const result = await runInProcess(prEvent(), run)
    // 404 is not retried.
    expect(count(isFiles)).toBe(1)
    expect(result.warnings.some((w) => w.startsWith(`GitHub did not list the changed files of #${PR} (Not Found`))).toBe(true)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(`::error::GitHub failed to take the comment on #${PR} (HTTP 404)`)
    expectReportInSummary(result.summary)
    expect(result.summary).toContain('they come from the checkout')
  })

  test('every API call fails: the summary still gets the report, and says what failed', async () => {
    failing(() => true, { status: 500, message: 'Internal Server Error' })
    const result = await runInProcess(prEvent(), run)
    expect(gh.requests.length).toBeGreaterThan(0)
    expect(gh.writes()).toEqual([])
    expect(result.exitCode).toBe(1)
    expectReportInSummary(result.summary)
    // The report writes `#` as an entity in notes.
    expect(result.summary).toMatch(/GitHub did not list the changed files of &#35;31 \(Internal Server Error.*\); they come from the checkout/)
    expect(result.summary).toMatch(/\*\*The pull request comment could not be written\*\*: Internal Server Error.* \(HTTP 500\)/)
    expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
  })

  test('a push whose pull request GitHub cannot name (5xx): the pushed range, reported in the summary', async () => {
    failing((r) => r.path.endsWith(`/commits/${repo.head}/pulls`), { status: 502, message: 'Bad Gateway' })
    const payload = examplePayload('push', (e) => String(e.ref).startsWith('refs/heads/'))
    Object.assign(payload, { before: repo.base, after: repo.head })
    const result = await runInProcess({ eventName: 'push', payload, workspace: repo.dir, standIn: gh, sha: repo.head, extraEnv: FAST }, run)
    expect(count((r) => r.path.endsWith('/pulls'))).toBe(4)
    expect(result.exitCode).toBe(0)
    expect(result.warnings.some((w) => w.startsWith('GitHub did not say which pull request has this commit (Bad Gateway'))).toBe(true)
    expectReportInSummary(result.summary)
    expect(gh.writes()).toEqual([])
  })

  test('the marked comment deleted by a person between the list and the update is written anew, once', async () => {
    const old = gh.addComment(PR, ACTIONS_BOT_USER, `${MARKER}\nan older report`)
    gh.intercept = (r) => {
      if (r.method === 'PATCH') gh.comments.set(PR, [])
      return undefined
    }
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    expect(gh.writes().map((r) => r.method)).toEqual(['PATCH', 'POST'])
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.id).not.toBe(old.id)
    expect(headlineAffected(ours()[0]!.body!)).toBe(FIXTURE_AFFECTED)
    expect(result.outputs['comment-url']).toBe(ours()[0]!.html_url)
  })

  test('the marked comment edited by a person between the list and the update is updated, not duplicated', async () => {
    const old = gh.addComment(PR, ACTIONS_BOT_USER, `${MARKER}\nan older report`)
    gh.intercept = (r) => {
      if (r.method === 'PATCH') gh.comments.get(PR)![0]!.body = 'a maintainer rewrote this'
      return undefined
    }
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    expect(ours().map((c) => c.id)).toEqual([old.id])
    expect(gh.writes().map((r) => r.method)).toEqual(['PATCH'])
    expect(ours()[0]!.body).not.toContain('a maintainer rewrote this')
    expect(headlineAffected(ours()[0]!.body!)).toBe(FIXTURE_AFFECTED)
  })

  test('pages that shift under the run (a comment deleted in front of ours, one added) leave one comment', async () => {
    const stranger = user('someone-else', 99)
    for (let i = 0; i < 100; i++) gh.addComment(PR, stranger, `comment ${i}`)
    const old = gh.addComment(PR, ACTIONS_BOT_USER, `${MARKER}\nan older report`)
    for (let i = 0; i < 20; i++) gh.addComment(PR, stranger, `later ${i}`)
    let shifted = false
    gh.intercept = (r) => {
      // Between page 1 and page 2 of the first listing, someone deletes the first comment and adds one:
      // ours moves from the head of page 2 to the tail of page 1, which was already read.
      if (!shifted && isComments(r) && r.method === 'GET' && r.query.get('page') === '2') {
        shifted = true
        gh.comments.get(PR)!.shift()
        gh.addComment(PR, stranger, 'added while paging')
      }
      return undefined
    }
    const result = await runInProcess(prEvent(), run)
    expect(shifted).toBe(true)
    expect(result.exitCode).toBe(0)
    expect(ours().map((c) => c.id)).toEqual([old.id])
    expect(headlineAffected(ours()[0]!.body!)).toBe(FIXTURE_AFFECTED)
    expect(result.outputs['comment-url']).toBe(old.html_url)
    expect(gh.comments.get(PR)!.filter((c) => c.body?.includes(MARKER))).toHaveLength(1)
  })
})
