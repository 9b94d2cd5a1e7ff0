import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runFolder } from '../../src/action/report-file.js'
import { run as runAction } from '../../src/main.js'
import { ArtifactStandIn } from '../snapshot/artifact-stand-in.js'
import { GitDataStandIn } from '../snapshot/git-data-stand-in.js'
import { diffEntry, type GitHubStandIn } from './github-stand-in.js'
import { OWNER, pullRequest, pullRequestPayload, REPO, type FixtureRepo } from './fixtures.js'
import { fixtureHooks } from './hooks.js'
import { runInProcess, runnerTemp, type RunSpec } from './runner.js'

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
    const result = await runInProcess(prEvent({ snapshot: 'branch', 'snapshot-branch': 'radius-pictures' }), runAction)
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
    const result = await runInProcess(prEvent({ snapshot: 'branch' }), runAction)
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
    const result = await runInProcess(prEvent({ snapshot: 'branch' }, visibility), runAction)
    expect(result.exitCode).toBe(0)
    const body = gh.comments.get(PR)![0]!.body!
    expect(body).not.toMatch(/<img|!\[/)
    expect(body).toMatch(/\[The 3D snapshot \(PNG\)\]\(https:\/\/github\.com\/[^)]+\/snapshot\.png\)/)
    // No Pages address is guessed for it: the viewer is a file to download, and the comment says so.
    expect(body).toMatch(/\[Download the interactive 3D view\]\(https:\/\/github\.com\/[^)]+\/blob\/[^)]+\/snapshot\.html\) \(an HTML file/)
    expect(body).not.toContain('github.io')
  })

  test('with pages-url a private repository links the viewer as a page', async () => {
    await runInProcess(prEvent({ snapshot: 'branch', 'pages-url': 'https://pages.example.com/shop/' }, 'private'), runAction)
    const body = gh.comments.get(PR)![0]!.body!
    expect(body).toMatch(
      /\[Open the interactive 3D view of the blast radius\]\(https:\/\/pages\.example\.com\/shop\/pr-21\/[^)]+\/snapshot\.html\)/,
    )
    expect(body).not.toMatch(/<img|!\[/)
  })

  test('a re-run on the same head with the same report writes nothing: no commit, no comment edit', async () => {
    await runInProcess(prEvent({ snapshot: 'branch' }), runAction)
    const head = gitData.refs.get('refs/heads/blast-radius-snapshots')
    const body = gh.comments.get(PR)![0]!.body!
    gh.requests.length = 0
    gitData.requests.length = 0
    const again = await runInProcess({ ...prEvent({ snapshot: 'branch' }), extraEnv: { GITHUB_RUN_ID: '778' } }, runAction)
    expect(again.exitCode).toBe(0)
    expect(gitData.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(gh.writes()).toEqual([])
    expect(gitData.refs.get('refs/heads/blast-radius-snapshots')).toBe(head)
    expect(gh.comments.get(PR)![0]!.body).toBe(body)
  })

  describe('snapshot: artifact', () => {
    const services: ArtifactStandIn[] = []
    afterEach(async () => {
      for (const service of services.splice(0)) await service.stop()
    })
    /** One run with its own results service (ids from `firstId`), which the GitHub stand-in then knows as that run's. */
    const artifactRun = async (run: number, firstId: number, visibility: 'public' | 'private' = 'public') => {
      const service = await new ArtifactStandIn(firstId).start()
      services.push(service)
      gh.artifactServices.push({ service, run })
      const spec = prEvent({}, visibility)
      const env = {
        GITHUB_RUN_ID: String(run),
        ACTIONS_RUNTIME_TOKEN: ArtifactStandIn.runtimeToken(),
        ACTIONS_RESULTS_URL: `${service.url}/`,
      }
      return { service, result: await runInProcess({ ...spec, extraEnv: env }, runAction) }
    }
    const page = (run: number, id: number) => `https://github.com/${OWNER}/${REPO}/actions/runs/${run}/artifacts/${id}`
    const links = (run: number, id: number) =>
      `[The 3D snapshot (PNG)](${page(run, id)}) · [Open the interactive 3D view of the blast radius](${page(run, id + 1)})`

    test.each(['public', 'private'] as const)('a %s repository: two artifacts, both linked, no inline image', async (visibility) => {
      const { service, result } = await artifactRun(777, 9000, visibility)
      expect(result.exitCode).toBe(0)
      expect(service.artifacts.map((a) => a.name)).toEqual(['blast-radius-snapshot-_root.png', 'blast-radius-snapshot-_root.html'])
      const body = gh.comments.get(PR)![0]!.body!
      expect(body).toContain(links(777, 9000))
      expect(body).not.toMatch(/<img|!\[/)
      // The artifacts are remembered in a line that renders as nothing and is no HTML comment: marker and fingerprint stay the only two.
      expect(body).toContain(`\n\n[blast-radius-snapshot-artifacts]: # (${page(777, 9000)} ${page(777, 9001)})\n`)
      expect(body.match(/<!--/g)).toHaveLength(2)
      expect(result.outputs['snapshot-url']).toBe(page(777, 9001))
    })

    test('a re-run on the same head with the same bytes uploads nothing and makes no API write', async () => {
      await artifactRun(777, 9000)
      const body = gh.comments.get(PR)![0]!.body!
      gh.requests.length = 0
      const { service, result } = await artifactRun(778, 9100)
      expect(result.exitCode).toBe(0)
      expect(service.artifacts).toEqual([])
      expect(gh.writes()).toEqual([])
      // Both earlier artifacts were checked (digest and expiry), and are still the ones linked.
      expect(gh.requests.filter((r) => r.path.includes('/actions/artifacts/')).map((r) => r.path.replace(/.*\//, ''))).toEqual([
        '9000',
        '9001',
      ])
      expect(gh.comments.get(PR)![0]!.body).toBe(body)
      expect(result.outputs['snapshot-url']).toBe(page(777, 9001))
    })

    test.each([
      ['has expired', () => void (gh.artifactServices[0]!.service.artifacts[1]!.expired = true)],
      ['has other bytes', () => void (gh.artifactServices[0]!.service.artifacts[0]!.digest = `sha256:${'0'.repeat(64)}`)],
      [
        'may not be read (no actions: read)',
        () => {
          gh.intercept = (r) =>
            r.path.includes('/actions/artifacts/') ? { status: 403, message: 'Resource not accessible by integration' } : undefined
        },
      ],
    ])('when an earlier artifact %s, the snapshot is uploaded anew and the comment links the new ones', async (_, change) => {
      await artifactRun(777, 9000)
      change()
      const { service, result } = await artifactRun(778, 9100)
      expect(result.exitCode).toBe(0)
      expect(service.artifacts).toHaveLength(2)
      expect(gh.comments.get(PR)![0]!.body).toContain(links(778, 9100))
    })
  })

  test('a refused snapshot commit is a warning; the comment still goes out', async () => {
    gitData.refuseWrites = true
    const result = await runInProcess(prEvent({ snapshot: 'branch' }), runAction)
    expect(result.exitCode).toBe(0)
    expect(result.warnings.some((w) => w.startsWith('Snapshot: could not commit the snapshot to branch blast-radius-snapshots'))).toBe(true)
    expect(result.outputs['snapshot-url']).toBe('')
    expect(gh.comments.get(PR)).toHaveLength(1)
  })

  test('a snapshot that cannot be written is a warning and a line in the comment; the comment still goes out', async () => {
    // A file where the snapshot's folder goes: writing it fails while the comment in view is looked up.
    const folder = join(runFolder(runnerTemp, '.'), 'snapshot')
    rmSync(folder, { recursive: true, force: true })
    mkdirSync(dirname(folder), { recursive: true })
    writeFileSync(folder, 'not a folder')
    try {
      const result = await runInProcess(prEvent({ snapshot: 'branch' }), runAction)
      expect(result.exitCode).toBe(0)
      expect(result.warnings.some((w) => w.startsWith('Snapshot: could not render the snapshot: '))).toBe(true)
      expect(result.outputs['snapshot-url']).toBe('')
      expect(gitData.requests).toHaveLength(0)
      expect(gh.comments.get(PR)![0]!.body).toContain('No 3D snapshot: could not render the snapshot')
    } finally {
      rmSync(folder, { force: true })
    }
  })

  test('snapshot: none renders nothing and links nothing', async () => {
    const result = await runInProcess(prEvent({ snapshot: 'none' }), runAction)
    expect(result.outputs['snapshot-url']).toBe('')
    expect(gitData.requests).toHaveLength(0)
    expect(result.warnings).toEqual([])
  })
})
