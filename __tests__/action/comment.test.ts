import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { run } from '../../src/main.js'
import { ACTIONS_BOT_USER, diffEntry, user, type DiffEntry, type GitHubStandIn } from './github-stand-in.js'
import { headlineAffected, pullRequest, pullRequestPayload, type FixtureRepo, FIXTURE_AFFECTED } from './fixtures.js'
import { fixtureHooks } from './hooks.js'
import { runInProcess, type RunSpec } from './runner.js'

const TOKEN = 'ghs_standInToken0123456789'
const MARKER = '<!-- blast-radius:. -->'
const PR = 7

let repo: FixtureRepo
let gh: GitHubStandIn

fixtureHooks(TOKEN, (standIn, fixture) => {
  ;[gh, repo] = [standIn, fixture]
  setFiles([
    diffEntry('README.md', 'modified'),
    diffEntry('app/core.py', 'modified'),
    diffEntry('app/moved_to.py', 'renamed', 'app/moved_from.py'),
    diffEntry('app/old.py', 'removed'),
  ])
})

/** The PR's file list, and its changed_files count to match (a larger count means listFiles was cut off). */
function setFiles(files: DiffEntry[]): void {
  gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: files.length }))
  gh.files.set(PR, files)
}

function prEvent(action = 'synchronize'): RunSpec {
  const payload = pullRequestPayload(gh.pulls.get(PR), action)
  // GITHUB_SHA of a pull_request run is the merge commit; here the checkout is the head itself.
  return { eventName: 'pull_request', payload, workspace: repo.dir, standIn: gh, sha: repo.head }
}

const comments = () => gh.comments.get(PR) ?? []
const ours = () => comments().filter((c) => c.user?.login === 'github-actions[bot]')

describe('the PR comment', () => {
  test('is created beside 40 others, leaving another user’s look-alike alone, with the outputs of §3', async () => {
    const stranger = user('someone-else', 99)
    for (let i = 0; i < 40; i++) gh.addComment(PR, stranger, i === 17 ? `${MARKER}\n### Blast radius\n\nnot ours` : `comment ${i}`)

    const result = await runInProcess(prEvent('opened'), run)

    expect(result.exitCode).toBe(0)
    expect(comments()).toHaveLength(41)
    expect(comments()[17]!.body).toBe(`${MARKER}\n### Blast radius\n\nnot ours`)
    const [mine] = ours()
    expect(ours()).toHaveLength(1)
    expect(mine!.body!.startsWith(`${MARKER}\n`)).toBe(true)
    // All 41 comments were read: 100 a page, so one page; then once more after creating, to catch
    // an older marked comment a shifting page or a racing run hid (github-faults.test.ts).
    expect(gh.requests.filter((r) => r.path.endsWith(`/issues/${PR}/comments`) && r.method === 'GET')).toHaveLength(2)
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)

    expect(result.outputs['changed-count']).toBe('2')
    expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
    expect(result.outputs['affected-files']!.split('\n')).toEqual([
      'app/legacy.py',
      'app/service.py',
      'app/api.py',
      'tests/test_service.py',
    ])
    expect(result.outputs['affected-tests']).toBe('tests/test_service.py')
    expect(result.outputs['comment-url']).toBe(mine!.html_url)
    expect(result.outputs['snapshot-url']).toBe('')
    const json = JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8'))
    expect(json.schema).toBe('blast-radius/impact@1')
    expect(json.affected.total).toBe(FIXTURE_AFFECTED)
    expect(json.changed.map((c: { path: string }) => c.path)).toEqual(['app/core.py', 'app/moved_to.py'])

    // The removed file and the renamed file's old path are still imported by app/legacy.py.
    expect(mine!.body).toContain('- `app/old.py` (removed): still imported in 1 place')
    expect(mine!.body).toContain('`app/legacy.py` line 1: `app.old`')
    expect(mine!.body).toContain('- `app/moved_from.py` (renamed): still imported in 1 place')
    expect(mine!.body).toContain('`app/legacy.py` line 2: `app.moved_from`')
    expect(headlineAffected(result.summary)).toBe(FIXTURE_AFFECTED)
    expect(result.summary).toContain(mine!.html_url)
    // The token's only appearance is the command that asks the runner to mask it (the runner does not print it).
    expect(result.stdout.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN)
  })

  test('pages through more than 100 comments to find its own', async () => {
    const stranger = user('someone-else', 99)
    for (let i = 0; i < 150; i++) gh.addComment(PR, stranger, `comment ${i}`)
    await runInProcess(prEvent(), run)
    const first = ours()[0]!
    for (let i = 0; i < 60; i++) gh.addComment(PR, stranger, `later ${i}`)
    setFiles([diffEntry('app/service.py', 'modified')])

    const result = await runInProcess(prEvent(), run)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]!.id).toBe(first.id)
    expect(headlineAffected(ours()[0]!.body!)).toBe(2)
    expect(result.outputs['comment-url']).toBe(first.html_url)
    expect(gh.writes().map((r) => r.method)).toEqual(['POST', 'PATCH'])
  })

  test('is left as it is when the body did not change: no update call', async () => {
    await runInProcess(prEvent(), run)
    const before = gh.writes().length
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    expect(gh.writes()).toHaveLength(before)
    expect(ours()).toHaveLength(1)
    expect(result.outputs['comment-url']).toBe(ours()[0]!.html_url)
  })

  test('keeps the oldest of two marked comments left by racing runs and deletes the newer', async () => {
    const oldest = gh.addComment(PR, ACTIONS_BOT_USER, `${MARKER}\nfirst run`)
    gh.addComment(PR, user('someone-else', 99), 'in between')
    const newer = gh.addComment(PR, ACTIONS_BOT_USER, `${MARKER}\nsecond run`)

    const result = await runInProcess(prEvent(), run)

    expect(ours().map((c) => c.id)).toEqual([oldest.id])
    expect(headlineAffected(ours()[0]!.body!)).toBe(FIXTURE_AFFECTED)
    expect(gh.writes().map((r) => `${r.method} ${r.path.split('/').pop()}`)).toEqual([`DELETE ${newer.id}`, `PATCH ${oldest.id}`])
    expect(result.outputs['comment-url']).toBe(oldest.html_url)
  })

  test('keeps a comment per working-directory apart', async () => {
    gh.addComment(PR, ACTIONS_BOT_USER, '<!-- blast-radius:app -->\nanother folder’s report')
    await runInProcess(prEvent(), run)
    expect(ours()).toHaveLength(2)
    expect(ours()[0]!.body).toBe('<!-- blast-radius:app -->\nanother folder’s report')
  })

  test('is matched by the token’s own login when the token can name it (GET /user)', async () => {
    const me = user('release-bot', 5)
    gh.tokenUser = me
    gh.addComment(PR, ACTIONS_BOT_USER, `${MARKER}\nwritten by another identity`)
    await runInProcess(prEvent(), run)
    const mine = comments().filter((c) => c.user?.login === 'release-bot')
    expect(mine).toHaveLength(1)
    expect(comments().find((c) => c.user?.login === 'github-actions[bot]')!.body).toBe(`${MARKER}\nwritten by another identity`)
  })

  test('a refused write (403, a fork’s token) leaves the job green with the report in the summary', async () => {
    gh.refuseWrites = true
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    expect(comments()).toHaveLength(0)
    expect(gh.writes().map((r) => r.method)).toEqual(['POST'])
    expect(
      result.warnings.some(
        (w) => w.includes('Resource not accessible by integration') && w.includes('docs/action.md#pull-requests-from-forks'),
      ),
    ).toBe(true)
    // No artifact service outside a runner: the upload is skipped with a warning, not a failure.
    expect(result.warnings.some((w) => w.includes('artifact blast-radius-report was not uploaded'))).toBe(true)
    expect(headlineAffected(result.summary)).toBe(FIXTURE_AFFECTED)
    expect(result.summary).toContain('may not comment')
    expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
    expect(result.outputs['comment-url']).toBe('')
  })

  test('comment-mode never makes no comment call; on-impact skips a change that affects nothing', async () => {
    const never = await runInProcess({ ...prEvent(), inputs: { 'comment-mode': 'never' } }, run)
    expect(never.exitCode).toBe(0)
    expect(gh.requests.filter((r) => r.path.includes('/comments'))).toHaveLength(0)
    expect(never.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))

    setFiles([diffEntry('app/api.py', 'modified')])
    const quiet = await runInProcess({ ...prEvent(), inputs: { 'comment-mode': 'on-impact' } }, run)
    expect(quiet.outputs['affected-count']).toBe('0')
    expect(comments()).toHaveLength(0)

    setFiles([diffEntry('app/core.py', 'modified')])
    await runInProcess({ ...prEvent(), inputs: { 'comment-mode': 'on-impact' } }, run)
    expect(ours()).toHaveLength(1)
    // Once a comment exists, on-impact keeps it current even when the impact drops to nothing.
    setFiles([diffEntry('app/api.py', 'modified')])
    await runInProcess({ ...prEvent(), inputs: { 'comment-mode': 'on-impact' } }, run)
    expect(headlineAffected(ours()[0]!.body!)).toBe(0)
  })
})
