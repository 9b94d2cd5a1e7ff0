import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { run } from '../../src/main.js'
import { GitDataStandIn } from '../snapshot/git-data-stand-in.js'
import { diffEntry, type GitHubStandIn } from './github-stand-in.js'
import { OWNER, pullRequest, pullRequestPayload, REPO, type FixtureRepo } from './fixtures.js'
import { fixtureHooks } from './hooks.js'
import { runInProcess, type RunSpec } from './runner.js'

const TOKEN = 'ghs_snapshotToken'
const PR = 21

let repo: FixtureRepo
let gh: GitHubStandIn
let gitData: GitDataStandIn

fixtureHooks(TOKEN, (standIn, fixture) => {
  ;[gh, repo] = [standIn, fixture]
  gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 1 }))
  gh.files.set(PR, [diffEntry('app/core.py', 'modified')])
})
// Octokit has one base URL: the GitHub stand-in passes the git data routes on to the snapshot tests' stand-in.
beforeEach(async () => {
  gitData = await new GitDataStandIn(OWNER, REPO, TOKEN).start()
  gh.forwardTo = gitData
})
afterEach(() => gitData.stop())

function prEvent(inputs: Record<string, string>): RunSpec {
  const payload = pullRequestPayload(gh.pulls.get(PR))
  return {
    eventName: 'pull_request',
    payload,
    workspace: repo.dir,
    standIn: gh,
    sha: repo.head,
    inputs,
    extraEnv: { GITHUB_RUN_ID: '777' },
  }
}

describe('the snapshot', () => {
  test('snapshot: branch commits the still and the viewer, links them in the comment and the output', async () => {
    const result = await runInProcess(prEvent({ snapshot: 'branch', 'snapshot-branch': 'radius-pictures' }), run)
    expect(result.exitCode).toBe(0)
    const files = [...gitData.filesOn('radius-pictures').keys()]
    const png = files.find((f) => f.startsWith(`pr-${PR}/`) && f.endsWith('.png'))!
    const html = files.find((f) => f.startsWith(`pr-${PR}/`) && f.endsWith('.html'))!
    expect(gitData.filesOn('radius-pictures').get(png)!.subarray(1, 4).toString()).toBe('PNG')
    expect(result.outputs['snapshot-url']).toContain(html)
    const body = gh.comments.get(PR)![0]!.body!
    expect(body).toContain(png)
  })

  test('a refused snapshot commit is a warning; the comment still goes out', async () => {
    gitData.refuseWrites = true
    const result = await runInProcess(prEvent({ snapshot: 'branch' }), run)
    expect(result.exitCode).toBe(0)
    expect(result.warnings.some((w) => w.startsWith('Snapshot: could not commit the snapshot to branch blast-radius-snapshots'))).toBe(true)
    expect(result.outputs['snapshot-url']).toBe('')
    expect(gh.comments.get(PR)).toHaveLength(1)
  })

  test('snapshot: none renders nothing and links nothing', async () => {
    const result = await runInProcess(prEvent({ snapshot: 'none' }), run)
    expect(result.outputs['snapshot-url']).toBe('')
    expect(gitData.requests).toHaveLength(0)
    expect(result.warnings).toEqual([])
  })
})
