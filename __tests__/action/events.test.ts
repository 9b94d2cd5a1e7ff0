import { describe, expect, test } from '@jest/globals'
import { run } from '../../src/main.js'
import { diffEntry, type GitHubStandIn } from './github-stand-in.js'
import {
  examplePayload,
  git,
  OWNER,
  pullRequest,
  pullRequestPayload,
  removeDir,
  REPO,
  tempDir,
  type FixtureRepo,
  FIXTURE_AFFECTED,
} from './fixtures.js'
import { fixtureHooks } from './hooks.js'
import { runInProcess } from './runner.js'

const TOKEN = 'ghs_eventsToken'
const PR = 12

let repo: FixtureRepo
let gh: GitHubStandIn

fixtureHooks(TOKEN, (standIn, fixture) => {
  ;[gh, repo] = [standIn, fixture]
  gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 2 }))
  gh.files.set(PR, [diffEntry('app/core.py', 'modified'), diffEntry('app/old.py', 'removed')])
})

const comments = () => gh.comments.get(PR) ?? []

function pushPayload() {
  const payload = examplePayload('push', (e) => String(e.ref).startsWith('refs/heads/'))
  payload.before = repo.base
  payload.after = repo.head
  return payload
}

describe('events', () => {
  test('workflow_dispatch with pr-number analyses that PR, and says when the checkout is not its head', async () => {
    const clone = tempDir('dispatch')
    git(clone, 'clone', '-q', repo.dir, '.')
    git(clone, 'checkout', '-q', repo.base)
    try {
      const payload = examplePayload('workflow_dispatch')
      const result = await runInProcess(
        { eventName: 'workflow_dispatch', payload, workspace: clone, standIn: gh, sha: repo.base, inputs: { 'pr-number': String(PR) } },
        run,
      )
      expect(result.exitCode).toBe(0)
      expect(gh.requests.some((r) => r.method === 'GET' && r.path === `/repos/${OWNER}/${REPO}/pulls/${PR}`)).toBe(true)
      const note = `The checked-out commit ${repo.base.slice(0, 7)} is not the head of #${PR} (${repo.head.slice(0, 7)})`
      expect(result.warnings.some((w) => w.startsWith(note))).toBe(true)
      expect(comments()).toHaveLength(1)
      // The report writes notes as plain text (its `#` escaped as an entity).
      expect(comments()[0]!.body).toMatch(
        new RegExp(`> The checked-out commit ${repo.base.slice(0, 7)} is not the head of .*${repo.head.slice(0, 7)}`),
      )
      expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
    } finally {
      removeDir(clone)
    }
  })

  test('workflow_dispatch on the PR head says nothing about the checkout', async () => {
    const result = await runInProcess(
      {
        eventName: 'workflow_dispatch',
        payload: examplePayload('workflow_dispatch'),
        workspace: repo.dir,
        standIn: gh,
        sha: repo.base,
        inputs: { 'pr-number': String(PR) },
      },
      run,
    )
    expect(result.warnings.filter((w) => w.includes('checked-out'))).toEqual([])
    expect(comments()[0]!.body).not.toContain('checked-out commit')
  })

  test('workflow_dispatch with the number of no pull request fails with a message', async () => {
    const result = await runInProcess(
      {
        eventName: 'workflow_dispatch',
        payload: examplePayload('workflow_dispatch'),
        workspace: repo.dir,
        standIn: gh,
        inputs: { 'pr-number': '404' },
      },
      run,
    )
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(`::error::pr-number: ${OWNER}/${REPO} has no pull request #404`)
  })

  test('workflow_dispatch without pr-number is a notice, a summary and a success', async () => {
    const result = await runInProcess(
      { eventName: 'workflow_dispatch', payload: examplePayload('workflow_dispatch'), workspace: repo.dir, standIn: gh },
      run,
    )
    expect(result.exitCode).toBe(0)
    expect(result.notices.join('\n')).toContain('needs the pr-number input')
    expect(result.summary).toContain('needs the pr-number input')
    expect(gh.requests).toHaveLength(0)
  })

  test('a push to an open PR’s branch comments on that PR', async () => {
    gh.commitPulls.set(repo.head, [PR])
    const result = await runInProcess({ eventName: 'push', payload: pushPayload(), workspace: repo.dir, standIn: gh, sha: repo.head }, run)
    expect(result.exitCode).toBe(0)
    expect(gh.requests.some((r) => r.path === `/repos/${OWNER}/${REPO}/commits/${repo.head}/pulls`)).toBe(true)
    expect(comments()).toHaveLength(1)
    expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
    expect(result.outputs['comment-url']).toBe(comments()[0]!.html_url)
  })

  test('a push no open PR covers reports the pushed range in the job summary only', async () => {
    const closed = pullRequest({ number: 3, headSha: repo.head, baseSha: repo.base, changedFiles: 2 })
    closed.state = 'closed'
    gh.pulls.set(3, closed)
    gh.commitPulls.set(repo.head, [3])
    const result = await runInProcess({ eventName: 'push', payload: pushPayload(), workspace: repo.dir, standIn: gh, sha: repo.head }, run)
    expect(result.exitCode).toBe(0)
    expect(gh.writes()).toEqual([])
    expect(gh.requests.some((r) => r.path.includes('/comments'))).toBe(false)
    // The range base..head from git: core.py changed (3 affected), old.py removed and moved_from.py renamed.
    expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
    expect(result.outputs['changed-count']).toBe('2')
    expect(result.outputs['comment-url']).toBe('')
    expect(result.summary).toContain('No open pull request has this commit as its head')
    expect(result.summary).toContain('`app/legacy.py` line 1: `app.old`')
  })

  test('an event that names no PR is a notice, a summary and a success', async () => {
    const result = await runInProcess(
      { eventName: 'issues', payload: examplePayload('issues', 'opened'), workspace: repo.dir, standIn: gh },
      run,
    )
    expect(result.exitCode).toBe(0)
    expect(result.notices).toHaveLength(1)
    expect(result.notices[0]).toContain('the issues event names no pull request')
    expect(result.summary).toContain('Nothing to report')
    expect(result.outputs['affected-count']).toBe('0')
  })

  test('a pull_request activity that does not change code is a notice, not an analysis', async () => {
    const payload = examplePayload('pull_request', 'labeled')
    const result = await runInProcess({ eventName: 'pull_request', payload, workspace: repo.dir, standIn: gh }, run)
    expect(result.exitCode).toBe(0)
    expect(result.notices[0]).toContain("pull_request 'labeled' does not change the code")
    expect(gh.requests).toHaveLength(0)
  })

  test('pull_request_target uses the payload’s PR; a base checkout is called out', async () => {
    const payload = pullRequestPayload(gh.pulls.get(PR), 'opened')
    const clone = tempDir('target')
    git(clone, 'clone', '-q', repo.dir, '.')
    git(clone, 'checkout', '-q', repo.base)
    try {
      const result = await runInProcess({ eventName: 'pull_request_target', payload, workspace: clone, standIn: gh, sha: repo.base }, run)
      expect(result.exitCode).toBe(0)
      expect(result.warnings.some((w) => w.includes('is not the head of #12'))).toBe(true)
      expect(comments()).toHaveLength(1)
    } finally {
      removeDir(clone)
    }
  })

  test('without a token the PR is analysed from the payload and git, into the job summary', async () => {
    const payload = pullRequestPayload(gh.pulls.get(PR), 'opened')
    const result = await runInProcess(
      { eventName: 'pull_request', payload, workspace: repo.dir, standIn: gh, sha: repo.head, inputs: { 'github-token': '' } },
      run,
    )
    expect(result.exitCode).toBe(0)
    expect(gh.requests).toHaveLength(0)
    expect(result.warnings[0]).toBe('No github-token: the report goes to the job summary only.')
    expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
    expect(result.outputs['comment-url']).toBe('')
  })

  test('without a token or the history, the summary says that no changed files are known', async () => {
    const shallow = tempDir('notoken')
    git(shallow, 'clone', '-q', '--depth', '1', `file://${repo.dir}`, '.')
    try {
      const payload = pullRequestPayload(gh.pulls.get(PR), 'opened')
      const result = await runInProcess(
        { eventName: 'pull_request', payload, workspace: shallow, standIn: gh, sha: repo.head, inputs: { 'github-token': '' } },
        run,
      )
      expect(result.exitCode).toBe(0)
      expect(result.summary).toContain('without a github-token the changed files of')
      expect(result.summary).toContain('none are known')
      expect(result.outputs['changed-count']).toBe('0')
    } finally {
      removeDir(shallow)
    }
  })

  test('a bad input fails the step with a message that names it', async () => {
    const payload = pullRequestPayload(gh.pulls.get(PR), 'opened')
    const result = await runInProcess(
      { eventName: 'pull_request', payload, workspace: repo.dir, standIn: gh, inputs: { 'comment-mode': 'sometimes' } },
      run,
    )
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain("::error::comment-mode: expected one of always, on-impact, on-change, never, got 'sometimes'")
    expect(gh.requests).toHaveLength(0)
  })

  test('a working-directory that is not there fails with a message, not a stack', async () => {
    const payload = pullRequestPayload(gh.pulls.get(PR), 'opened')
    const result = await runInProcess(
      { eventName: 'pull_request', payload, workspace: repo.dir, standIn: gh, inputs: { 'working-directory': 'services/api' } },
      run,
    )
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain("::error::working-directory: 'services/api' is not a folder in the workspace")
  })

  test('a workflow_dispatch pr-number above 2^53 is refused, not rounded to another pull request', async () => {
    const payload = { ...examplePayload('workflow_dispatch'), inputs: { 'pr-number': '9007199254740993' } }
    const result = await runInProcess({ eventName: 'workflow_dispatch', payload, workspace: repo.dir, standIn: gh }, run)
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain("::error::pr-number (workflow_dispatch input): expected a pull request number, got '9007199254740993'")
    expect(gh.requests).toHaveLength(0)
  })

  test('a push whose before or after is not a commit id (an option for git) is refused before git runs', async () => {
    for (const hostile of [{ before: '--output=/tmp/owned' }, { after: '--output=/tmp/owned' }]) {
      const payload = { ...pushPayload(), ...hostile }
      const result = await runInProcess({ eventName: 'push', payload, workspace: repo.dir, standIn: gh, sha: repo.head }, run)
      expect(result.exitCode).toBe(1)
      expect(result.stdout).toMatch(/::error::the push event names an? (earlier|pushed) commit that is not a commit id/)
      expect(gh.requests).toHaveLength(0)
    }
  })
})
