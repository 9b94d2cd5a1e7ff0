import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { run } from '../../src/main.js'
import { ArtifactStandIn } from '../snapshot/artifact-stand-in.js'
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

function prEvent(inputs: Record<string, string>, visibility: 'public' | 'private' | 'unknown' = 'public'): RunSpec {
  const payload = pullRequestPayload(gh.pulls.get(PR))
  if (visibility === 'unknown') delete payload.repository.private
  else payload.repository.private = visibility === 'private'
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
    const png = files.find((f) => f.startsWith(`pr-${PR}/`) && f.endsWith('.png') && !f.endsWith('-2x.png'))!
    const html = files.find((f) => f.startsWith(`pr-${PR}/`) && f.endsWith('.html'))!
    expect(gitData.filesOn('radius-pictures').get(png)!.subarray(1, 4).toString()).toBe('PNG')
    expect(result.outputs['snapshot-url']).toContain(html)
    // The comment shows the 2x card (at 800 px); the 1x one stays on the branch beside it.
    const body = gh.comments.get(PR)![0]!.body!
    expect(body).toContain(png.replace(/\.png$/, '-2x.png'))
  })

  test('a public repository shows the 2x card inline at 800 px, linked to the viewer on GitHub Pages', async () => {
    const result = await runInProcess(prEvent({ snapshot: 'branch' }), run)
    expect(result.exitCode).toBe(0)
    const files = [...gitData.filesOn('blast-radius-snapshots').keys()].filter((f) => f.startsWith(`pr-${PR}/`))
    expect(files.map((f) => f.replace(/^pr-\d+\/[^/]+\//, '')).sort()).toEqual(['snapshot-2x.png', 'snapshot.html', 'snapshot.png'])
    const retina = files.find((f) => f.endsWith('-2x.png'))!
    const html = files.find((f) => f.endsWith('.html'))!
    const body = gh.comments.get(PR)![0]!.body!
    const pages = `https://${OWNER.toLowerCase()}.github.io/${REPO}/${html}`
    expect(body).toMatch(
      new RegExp(
        `<a href="${pages}"><img src="https://github.com/${OWNER}/${REPO}/raw/[0-9a-f]{40}/${retina}" width="800" alt="[^"]+"></a>`,
      ),
    )
    expect(body).toContain(`[Open the interactive 3D view](${pages})`)
    expect(result.outputs['snapshot-url']).toBe(pages)
  })

  test.each(['private', 'unknown'] as const)('a %s repository gets links and no inline image', async (visibility) => {
    const result = await runInProcess(prEvent({ snapshot: 'branch' }, visibility), run)
    expect(result.exitCode).toBe(0)
    const body = gh.comments.get(PR)![0]!.body!
    expect(body).not.toMatch(/<img|!\[/)
    expect(body).toMatch(/\[The 3D snapshot \(PNG\)\]\(https:\/\/github\.com\/[^)]+\/snapshot\.png\)/)
    // No Pages address is guessed for it: the viewer is a file to download, and the comment says so.
    expect(body).toMatch(/\[Download the interactive 3D view\]\(https:\/\/github\.com\/[^)]+\/blob\/[^)]+\/snapshot\.html\) \(an HTML file/)
    expect(body).not.toContain('github.io')
  })

  test('with pages-url a private repository links the viewer as a page', async () => {
    await runInProcess(prEvent({ snapshot: 'branch', 'pages-url': 'https://pages.example.com/shop/' }, 'private'), run)
    const body = gh.comments.get(PR)![0]!.body!
    expect(body).toMatch(
      /\[Open the interactive 3D view of the blast radius\]\(https:\/\/pages\.example\.com\/shop\/pr-21\/[^)]+\/snapshot\.html\)/,
    )
    expect(body).not.toMatch(/<img|!\[/)
  })

  test('a re-run on the same head with the same report writes nothing: no commit, no comment edit', async () => {
    await runInProcess(prEvent({ snapshot: 'branch' }), run)
    const head = gitData.refs.get('refs/heads/blast-radius-snapshots')
    const body = gh.comments.get(PR)![0]!.body!
    gh.requests.length = 0
    gitData.requests.length = 0
    const again = await runInProcess({ ...prEvent({ snapshot: 'branch' }), extraEnv: { GITHUB_RUN_ID: '778' } }, run)
    expect(again.exitCode).toBe(0)
    expect(gitData.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(gh.writes()).toEqual([])
    expect(gitData.refs.get('refs/heads/blast-radius-snapshots')).toBe(head)
    expect(gh.comments.get(PR)![0]!.body).toBe(body)
  })

  test('snapshot: artifact links the still and the viewer, each its own artifact', async () => {
    const service = await new ArtifactStandIn().start()
    try {
      const spec = prEvent({})
      const result = await runInProcess(
        {
          ...spec,
          extraEnv: { ...spec.extraEnv, ACTIONS_RUNTIME_TOKEN: ArtifactStandIn.runtimeToken(), ACTIONS_RESULTS_URL: `${service.url}/` },
        },
        run,
      )
      expect(result.exitCode).toBe(0)
      expect(service.artifacts.map((a) => a.name)).toEqual(['blast-radius-snapshot-_root.png', 'blast-radius-snapshot-_root.html'])
      const page = (n: number) => `https://github.com/${OWNER}/${REPO}/actions/runs/777/artifacts/${n}`
      const body = gh.comments.get(PR)![0]!.body!
      expect(body).toContain(`[The 3D snapshot (PNG)](${page(9000)}) · [Open the interactive 3D view of the blast radius](${page(9001)})`)
      expect(result.outputs['snapshot-url']).toBe(page(9001))
    } finally {
      await service.stop()
    }
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
