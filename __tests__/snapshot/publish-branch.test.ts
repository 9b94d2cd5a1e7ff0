import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { publishToBranch } from '../../src/snapshot/publish-branch.js'
import { GitDataStandIn } from './git-data-stand-in.js'

const TOKEN = 'ghs_standin'
let github: GitDataStandIn
let octokit: Octokit
let files: string[]

beforeAll(async () => {
  github = await new GitDataStandIn('octo', 'shop', TOKEN).start()
  octokit = new Octokit({ auth: TOKEN, baseUrl: github.url })
  const dir = await mkdtemp(join(tmpdir(), 'blast-radius-publish-'))
  files = [join(dir, 'snapshot.png'), join(dir, 'snapshot.html')]
  await writeFile(files[0]!, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]))
  await writeFile(files[1]!, '<!doctype html><title>viewer</title>')
})
afterAll(() => github.stop())

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 13, minute, 7, 450))

describe('publishToBranch (git data API)', () => {
  it('creates the branch with the snapshot under pr-<n>/<time>/, and links by commit', async () => {
    const outcome = await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'blast-radius-snapshots', prNumber: 7, files, now: at(0) })
    const onBranch = github.filesOn('blast-radius-snapshots')
    expect([...onBranch.keys()].sort()).toEqual([
      '.nojekyll',
      'README.md',
      'pr-7/2026-11-25T13-00-07Z/snapshot.html',
      'pr-7/2026-11-25T13-00-07Z/snapshot.png',
    ])
    expect(onBranch.get('pr-7/2026-11-25T13-00-07Z/snapshot.png')).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]))
    expect(onBranch.get('pr-7/2026-11-25T13-00-07Z/snapshot.html')!.toString()).toBe('<!doctype html><title>viewer</title>')
    const head = github.refs.get('refs/heads/blast-radius-snapshots')!
    expect(outcome).toEqual({
      kind: 'published',
      links: {
        png: `https://github.com/octo/shop/raw/${head}/pr-7/2026-11-25T13-00-07Z/snapshot.png`,
        html: `https://github.com/octo/shop/blob/${head}/pr-7/2026-11-25T13-00-07Z/snapshot.html`,
        inlineImage: true,
      },
    })
    // No git push: only REST calls to the git data endpoints.
    expect(github.requests.every((r) => r.path.startsWith('/repos/octo/shop/git/'))).toBe(true)
  })

  it('keeps the newest 5 per pull request and leaves other pull requests alone', async () => {
    await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'blast-radius-snapshots', prNumber: 8, files, now: at(1) })
    for (let minute = 2; minute <= 7; minute++) {
      const outcome = await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'blast-radius-snapshots', prNumber: 7, files, now: at(minute) })
      expect(outcome.kind).toBe('published')
    }
    const folders = (pr: number) => [...new Set([...github.filesOn('blast-radius-snapshots').keys()].filter((p) => p.startsWith(`pr-${pr}/`)).map((p) => p.split('/')[1]))]
    expect(folders(7)).toEqual(['2026-11-25T13-03-07Z', '2026-11-25T13-04-07Z', '2026-11-25T13-05-07Z', '2026-11-25T13-06-07Z', '2026-11-25T13-07-07Z'])
    expect(folders(8)).toEqual(['2026-11-25T13-01-07Z'])
    // History keeps every commit: each one's parent is the one before.
    const head = github.refs.get('refs/heads/blast-radius-snapshots')!
    let depth = 0
    for (let c: string | undefined = head; c; c = github.commits.get(c)!.parents[0]) depth++
    expect(depth).toBe(8)
  })

  it('sanitizes the folder label and links the viewer through GitHub Pages when given', async () => {
    const outcome = await publishToBranch(octokit, {
      owner: 'octo',
      repo: 'shop',
      branch: 'blast-radius-snapshots',
      prNumber: 9,
      files,
      label: 'run #12/../../etc',
      now: at(9),
      pagesUrl: 'https://octo.github.io/shop/',
    })
    expect(outcome).toMatchObject({ kind: 'published', links: { html: 'https://octo.github.io/shop/pr-9/2026-11-25T13-09-07Z-run-12-.-.-etc/snapshot.html' } })
    expect([...github.filesOn('blast-radius-snapshots').keys()].filter((p) => p.startsWith('pr-9/'))).toEqual([
      'pr-9/2026-11-25T13-09-07Z-run-12-.-.-etc/snapshot.html',
      'pr-9/2026-11-25T13-09-07Z-run-12-.-.-etc/snapshot.png',
    ])
  })

  it('tries again when another run moved the branch in between', async () => {
    github.raceRefUpdates = 1
    const outcome = await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'blast-radius-snapshots', prNumber: 10, files, now: at(10) })
    expect(outcome.kind).toBe('published')
    expect(github.filesOn('blast-radius-snapshots').has('pr-10/2026-11-25T13-10-07Z/snapshot.png')).toBe(true)
  })

  it('reports, without throwing, a token that may not write, and a bad branch name', async () => {
    github.refuseWrites = true
    try {
      const outcome = await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'blast-radius-snapshots', prNumber: 7, files })
      expect(outcome.kind).toBe('failed')
      expect(outcome.kind === 'failed' && outcome.reason).toMatch(/^could not commit the snapshot to branch blast-radius-snapshots: HTTP 403: .*contents: write/)
    } finally {
      github.refuseWrites = false
    }
    const bad = await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'bad..name', prNumber: 7, files })
    expect(bad).toEqual({ kind: 'failed', reason: '"bad..name" is not a valid branch name for the snapshots' })
  })
})
