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

/** New bytes for the viewer: a snapshot that differs from the one before, so it is committed. */
const changeViewer = (n: number) => writeFile(files[1]!, `<!doctype html><title>viewer ${n}</title>`)

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 13, minute, 7, 450))

describe('publishToBranch (git data API)', () => {
  it('creates the branch with the snapshot under pr-<n>/<time>/, and links by commit', async () => {
    const outcome = await publishToBranch(octokit, {
      owner: 'octo',
      repo: 'shop',
      branch: 'blast-radius-snapshots',
      prNumber: 7,
      files,
      now: at(0),
      isPublic: true,
    })
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
        // A page, not a source view: GitHub Pages' address for the repository, serving the snapshot branch.
        html: 'https://octo.github.io/shop/pr-7/2026-11-25T13-00-07Z/snapshot.html',
        inlineImage: true,
      },
    })
    // No git push: only REST calls to the git data endpoints.
    expect(github.requests.every((r) => r.path.startsWith('/repos/octo/shop/git/'))).toBe(true)
  })

  it('writes nothing when the bytes equal the newest snapshot of the pull request, and links that one', async () => {
    const head = github.refs.get('refs/heads/blast-radius-snapshots')!
    const before = github.requests.length
    const outcome = await publishToBranch(octokit, {
      owner: 'octo',
      repo: 'shop',
      branch: 'blast-radius-snapshots',
      prNumber: 7,
      files,
      now: at(30),
      isPublic: true,
    })
    expect(outcome).toEqual({
      kind: 'published',
      unchanged: true,
      links: {
        png: `https://github.com/octo/shop/raw/${head}/pr-7/2026-11-25T13-00-07Z/snapshot.png`,
        html: 'https://octo.github.io/shop/pr-7/2026-11-25T13-00-07Z/snapshot.html',
        inlineImage: true,
      },
    })
    expect(github.refs.get('refs/heads/blast-radius-snapshots')).toBe(head)
    expect(github.requests.slice(before).map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'GET', 'GET'])
  })

  it('links the image, without inlining it, on a private repository; links the 2x card when there is one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blast-radius-publish-2x-'))
    const withRetina = [...files, join(dir, 'snapshot-2x.png')]
    await writeFile(withRetina[2]!, Buffer.from([0x89, 0x50, 0x4e, 0x47, 2, 2]))
    const outcome = await publishToBranch(octokit, {
      owner: 'octo',
      repo: 'shop',
      branch: 'blast-radius-snapshots',
      prNumber: 11,
      files: withRetina,
      isPublic: false,
      now: at(31),
    })
    const head = github.refs.get('refs/heads/blast-radius-snapshots')!
    expect(outcome).toMatchObject({
      kind: 'published',
      links: { inlineImage: false, png2x: `https://github.com/octo/shop/raw/${head}/pr-11/2026-11-25T13-31-07Z/snapshot-2x.png` },
    })
  })

  it('keeps the newest 5 per pull request and leaves other pull requests alone', async () => {
    await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'blast-radius-snapshots', prNumber: 8, files, now: at(1) })
    for (let minute = 2; minute <= 7; minute++) {
      await changeViewer(minute)
      const outcome = await publishToBranch(octokit, {
        owner: 'octo',
        repo: 'shop',
        branch: 'blast-radius-snapshots',
        prNumber: 7,
        files,
        now: at(minute),
      })
      expect(outcome.kind).toBe('published')
    }
    const folders = (pr: number) => [
      ...new Set([...github.filesOn('blast-radius-snapshots').keys()].filter((p) => p.startsWith(`pr-${pr}/`)).map((p) => p.split('/')[1])),
    ]
    expect(folders(7)).toEqual([
      '2026-11-25T13-03-07Z',
      '2026-11-25T13-04-07Z',
      '2026-11-25T13-05-07Z',
      '2026-11-25T13-06-07Z',
      '2026-11-25T13-07-07Z',
    ])
    expect(folders(8)).toEqual(['2026-11-25T13-01-07Z'])
    // History keeps every commit: each one's parent is the one before.
    const head = github.refs.get('refs/heads/blast-radius-snapshots')!
    let depth = 0
    for (let c: string | undefined = head; c; c = github.commits.get(c)!.parents[0]) depth++
    expect(depth).toBe(9) // with the commit for pull request 11
  })

  it('sanitizes the folder label and links the viewer through GitHub Pages when given', async () => {
    await changeViewer(9)
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
    expect(outcome).toMatchObject({
      kind: 'published',
      links: { html: 'https://octo.github.io/shop/pr-9/2026-11-25T13-09-07Z-run-12-.-.-etc/snapshot.html' },
    })
    expect([...github.filesOn('blast-radius-snapshots').keys()].filter((p) => p.startsWith('pr-9/'))).toEqual([
      'pr-9/2026-11-25T13-09-07Z-run-12-.-.-etc/snapshot.html',
      'pr-9/2026-11-25T13-09-07Z-run-12-.-.-etc/snapshot.png',
    ])
  })

  it('tries again when another run moved the branch in between', async () => {
    github.raceRefUpdates = 1
    const outcome = await publishToBranch(octokit, {
      owner: 'octo',
      repo: 'shop',
      branch: 'blast-radius-snapshots',
      prNumber: 10,
      files,
      now: at(10),
    })
    expect(outcome.kind).toBe('published')
    expect(github.filesOn('blast-radius-snapshots').has('pr-10/2026-11-25T13-10-07Z/snapshot.png')).toBe(true)
  })

  it('reports, without throwing, a token that may not write, and a bad branch name', async () => {
    github.refuseWrites = true
    await changeViewer(99)
    try {
      const outcome = await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'blast-radius-snapshots', prNumber: 7, files })
      expect(outcome.kind).toBe('failed')
      expect(outcome.kind === 'failed' && outcome.reason).toMatch(
        /^could not commit the snapshot to branch blast-radius-snapshots: HTTP 403: .*contents: write/,
      )
    } finally {
      github.refuseWrites = false
    }
    const bad = await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'bad..name', prNumber: 7, files })
    expect(bad).toEqual({ kind: 'failed', reason: '"bad..name" is not a valid branch name for the snapshots' })
  })
})
