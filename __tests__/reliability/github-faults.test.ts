// GitHub failing under the action: each fault is served by the local stand-in over real HTTP to the
// real Octokit client (retry and throttling plugins included). Whatever GitHub does, the job summary
// gets the report. Backoff is shortened through the environment, so "retried 3 times" takes
// milliseconds, not the 14 s it takes on a runner; the request timeout only where a test waits for it.
import { describe, expect, test } from '@jest/globals'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { run } from '../../src/main.js'
import { ACTIONS_BOT_USER, appBot, diffEntry, user, type Fault, type GitHubStandIn, type Recorded } from '../action/github-stand-in.js'
import {
  examplePayload,
  git,
  headlineAffected,
  pullRequest,
  pullRequestPayload,
  removeDir,
  tempDir,
  type FixtureRepo,
  FIXTURE_AFFECTED,
} from '../action/fixtures.js'
import { fixtureHooks } from '../action/hooks.js'
import { runInProcess, type RunSpec } from '../action/runner.js'
import { LoopbackStandIn } from '../snapshot/loopback-server.js'

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
  gh.files.set(PR, [
    diffEntry('app/core.py', 'modified'),
    diffEntry('app/moved_to.py', 'renamed', 'app/moved_from.py'),
    diffEntry('app/old.py', 'removed'),
  ])
})

function prEvent(timing: Record<string, string> = FAST): RunSpec {
  return {
    eventName: 'pull_request',
    payload: pullRequestPayload(gh.pulls.get(PR)),
    workspace: repo.dir,
    standIn: gh,
    sha: repo.head,
    extraEnv: timing,
  }
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
      {
        eventName: 'workflow_dispatch',
        payload: examplePayload('workflow_dispatch'),
        workspace: repo.dir,
        standIn: gh,
        sha: repo.head,
        inputs: { 'pr-number': String(PR) },
        extraEnv: FAST,
      },
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
    expect(result.warnings.some((w) => w.startsWith('GitHub secondary rate limit on GET') && w.endsWith('giving up after 2 retries'))).toBe(
      true,
    )
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
    expect(result.outputs['affected-files']!.split('\n')).toEqual([
      'app/legacy.py',
      'app/service.py',
      'app/api.py',
      'tests/test_service.py',
    ])
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
    expect(result.summary).toMatch(
      /GitHub did not list the changed files of &#35;31 \(Internal Server Error.*\); they come from the checkout/,
    )
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

/** Another host that answers every request with an empty list, as a redirect's target might. */
class EmptyListHost extends LoopbackStandIn {
  protected async handle(_req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
    res.end('[]')
  }
}

const marked = () => (gh.comments.get(PR) ?? []).filter((c) => c.body?.startsWith(MARKER))

describe('GitHub faults, second pass: a broken answer is a failure, never an empty list', () => {
  test.each<[string, Fault]>([
    ['headers then silence', 'headers then silence'],
    ['a body cut short', 'cut short'],
    ['an object where a list belongs', { rawBody: '{}' }],
    ['a body that is not JSON', { rawBody: '[{"id": 1, "bo' }],
  ])('comments listed with %s: no second comment, a failure note, the report in the summary', async (_name, fault) => {
    const old = gh.addComment(PR, ACTIONS_BOT_USER, `${MARKER}\nan older report`)
    failing((r) => r.method === 'GET' && isComments(r), fault)
    // Silence ends only at the deadline: a shorter one, which no answer that does come gets near.
    const result = await runInProcess(prEvent(fault === 'headers then silence' ? HANG_TIMEOUT : FAST), run)
    expect(gh.writes()).toEqual([])
    expect(ours().map((c) => c.id)).toEqual([old.id])
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(`::error::GitHub failed to take the comment on #${PR}`)
    expectReportInSummary(result.summary)
  })

  test('a files answer of {} is not "0 changed files": the changed files come from git, said in the report', async () => {
    failing(isFiles, { rawBody: '{}' })
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    expect(
      result.warnings.some((w) =>
        w.startsWith(`GitHub did not list the changed files of #${PR} (GitHub's answer for page 1 of the changed files`),
      ),
    ).toBe(true)
    expectReportInSummary(ours()[0]!.body!)
    expect(result.outputs['changed-count']).toBe('2')
  })

  test('a redirect to another host is not followed: its empty list is not taken for the comments', async () => {
    const elsewhere = await new EmptyListHost().start()
    try {
      const old = gh.addComment(PR, ACTIONS_BOT_USER, `${MARKER}\nan older report`)
      failing((r) => r.method === 'GET' && isComments(r), { redirectTo: elsewhere.url })
      const result = await runInProcess(prEvent(), run)
      expect(gh.writes()).toEqual([])
      expect(ours().map((c) => c.id)).toEqual([old.id])
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toContain('refused to follow GitHub to another host')
    } finally {
      await elsewhere.stop()
    }
  })

  test('comments whose Link: next loops back to page 1: the listing stops, no comment is written, the run says so', async () => {
    failing((r) => r.method === 'GET' && isComments(r), 'link loop')
    const result = await runInProcess(prEvent(), run)
    expect(count(isComments)).toBeLessThanOrEqual(3)
    expect(gh.writes()).toEqual([])
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(/::error::GitHub failed to take the comment on #31: GitHub's pages of the comments on #31 loop/)
    expectReportInSummary(result.summary)
  })

  test('files whose Link: next loops: bounded, then the changed files come from git', async () => {
    failing(isFiles, 'link loop')
    const result = await runInProcess(prEvent(), run)
    expect(count(isFiles)).toBeLessThanOrEqual(3)
    expect(result.exitCode).toBe(0)
    expect(result.warnings.some((w) => w.includes(`GitHub's pages of the changed files of #${PR} loop`))).toBe(true)
    expectReportInSummary(ours()[0]!.body!)
  })

  test('the request that lists the files carries only per_page and page in its query', async () => {
    gh.files.set(
      PR,
      Array.from({ length: 150 }, (_, i) => diffEntry(i ? `docs/f${i}.md` : 'app/core.py', 'modified')),
    )
    gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 150 }))
    await runInProcess(prEvent(), run)
    const listings = gh.requests.filter(isFiles)
    expect(listings).toHaveLength(2)
    for (const r of listings) expect([...r.query.keys()].filter((k) => k !== 'per_page' && k !== 'page')).toEqual([])
  })
})

describe('GitHub faults, second pass: the malformed event and the malformed pull request', () => {
  test('a pull_request event without its pull_request: a clear error, no stack', async () => {
    const payload = pullRequestPayload(undefined, 'opened')
    delete payload.pull_request
    const result = await runInProcess({ ...prEvent(), payload }, run)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(
      '::error::the pull_request event holds no pull request with a number and the commit ids of its head and base',
    )
    expect(result.stdout).not.toContain('internal error')
  })

  test.each([
    ['not JSON', 'Service <b>temporarily</b> unavailable'],
    ['not a pull request', '{}'],
  ])('pulls.get whose body is %s: a clear error, no stack', async (_name, rawBody) => {
    failing((r) => r.method === 'GET' && r.path.endsWith(`/pulls/${PR}`), { rawBody })
    const payload = examplePayload('workflow_dispatch')
    const result = await runInProcess(
      {
        eventName: 'workflow_dispatch',
        payload,
        workspace: repo.dir,
        standIn: gh,
        sha: repo.head,
        inputs: { 'pr-number': String(PR) },
        extraEnv: FAST,
      },
      run,
    )
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /^::error::(No usable answer from GitHub: GitHub's answer \(HTTP 200\) is not the JSON|GitHub's answer for pull request #31 is not that pull request)/m,
    )
    expect(result.stdout).not.toContain('internal error')
  })
})

describe('GitHub faults, second pass: the one comment', () => {
  test('a GitHub App installation token (GET /user refused, writes as <slug>[bot]) keeps one comment over runs', async () => {
    gh.writesAs = appBot('blast-radius-app', 777)
    await runInProcess(prEvent(), run)
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    expect(marked()).toHaveLength(1)
    expect(marked()[0]!.user!.login).toBe('blast-radius-app[bot]')
    expect(gh.writes().map((r) => r.method)).toEqual(['POST'])
  })

  test('another bot’s comment that quotes the marker is left alone', async () => {
    const quoting = gh.addComment(PR, ACTIONS_BOT_USER, `Digest of this PR. The blast radius bot writes ${MARKER} on its first line.`)
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    expect(gh.comments.get(PR)!.find((c) => c.id === quoting.id)!.body).toBe(quoting.body)
    expect(marked()).toHaveLength(1)
    expect(gh.writes().map((r) => r.method)).toEqual(['POST'])
  })

  test('a create that wrote the comment but answered 502 is not written again', async () => {
    failing((r) => r.method === 'POST' && isComments(r), 'written, then 502', 1)
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    expect(count(isComments, 'POST')).toBe(1)
    expect(marked()).toHaveLength(1)
    expect(result.outputs['comment-url']).toBe(marked()[0]!.html_url)
  })

  test('a create that keeps answering 502 after writing leaves one comment, not four', async () => {
    failing((r) => r.method === 'POST' && isComments(r), 'written, then 502')
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    expect(marked()).toHaveLength(1)
  })

  test('a push whose commit is in an open PR with another head does not overwrite that PR’s comment', async () => {
    gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.base, baseSha: repo.base, changedFiles: 3 }))
    const theirs = gh.addComment(PR, ACTIONS_BOT_USER, `${MARKER}\nthe report of the PR's own head`)
    gh.commitPulls.set(repo.head, [PR])
    const payload = examplePayload('push', (e) => String(e.ref).startsWith('refs/heads/'))
    Object.assign(payload, { before: repo.base, after: repo.head })
    const result = await runInProcess({ eventName: 'push', payload, workspace: repo.dir, standIn: gh, sha: repo.head, extraEnv: FAST }, run)
    expect(result.exitCode).toBe(0)
    expect(gh.writes()).toEqual([])
    expect(gh.comments.get(PR)!.map((c) => c.body)).toEqual([theirs.body])
    expect(result.summary).toContain('No open pull request has this commit as its head')
  })
})

describe('GitHub faults, second pass: no silent low, bounded summary', () => {
  test('a change list known to be incomplete is never "Risk: low": unknown, with the reason', async () => {
    const shallow = tempDir('incomplete')
    git(shallow, 'clone', '-q', '--depth', '1', `file://${repo.dir}`, '.')
    try {
      failing(isFiles, { status: 500, message: 'Internal Server Error' })
      const result = await runInProcess({ ...prEvent(), workspace: shallow }, run)
      expect(result.summary).toContain('none are known')
      expect(result.summary).toContain('**Risk: unknown**: the list of changed files is incomplete')
      expect(result.summary).not.toContain('Risk: low')
    } finally {
      removeDir(shallow)
    }
  })

  test('a megabyte GitHub error page quoted in the failures keeps the job summary under 1 MiB', async () => {
    const page = `<html>${'x'.repeat(1_124_016)}</html>`
    failing(() => true, { status: 500, message: page })
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(1)
    expect(Buffer.byteLength(result.summary)).toBeLessThan(1 << 20)
    expect(result.summary).toContain('more characters)')
    expectReportInSummary(result.summary)
  })
})
