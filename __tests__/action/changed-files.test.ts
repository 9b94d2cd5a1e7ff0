import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { run } from '../../src/main.js'
import { scopeChanges } from '../../src/action/scope.js'
import { diffEntry, GitHubStandIn, type DiffEntry } from './github-stand-in.js'
import {
  fixtureRepo,
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
import { runInProcess, type RunSpec } from './runner.js'

const TOKEN = 'ghs_filesToken'
const PR = 3001
/** Sorted before `app/`, so GitHub's 3,000-file cut falls before the Python changes. */
const BULK = 3004

let repo: FixtureRepo
let gh: GitHubStandIn
let entries: DiffEntry[]

beforeAll(() => {
  const bulk: Record<string, string> = {}
  for (let i = 0; i < BULK; i++) bulk[`aaa/data-${String(i).padStart(4, '0')}.txt`] = `${i}\n`
  repo = fixtureRepo(bulk)
  entries = [
    diffEntry('README.md', 'modified'),
    ...Object.keys(bulk).map((path) => diffEntry(path, 'added')),
    diffEntry('app/core.py', 'modified'),
    diffEntry('app/moved_to.py', 'renamed', 'app/moved_from.py'),
    diffEntry('app/old.py', 'removed'),
  ]
})
afterAll(() => removeDir(repo.dir))

beforeEach(async () => {
  gh = await new GitHubStandIn(OWNER, REPO, TOKEN).start()
  gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: entries.length }))
  gh.files.set(PR, entries)
})
afterEach(() => gh.stop())

function prEvent(workspace: string): RunSpec {
  const payload = pullRequestPayload(gh.pulls.get(PR))
  return { eventName: 'pull_request', payload, workspace, standIn: gh, sha: repo.head }
}

describe('a PR with more than 3,000 changed files', () => {
  test('reads all 30 pages GitHub gives, then lists the rest with git diff', async () => {
    const result = await runInProcess(prEvent(repo.dir), run)
    expect(result.exitCode).toBe(0)
    const pages = gh.requests.filter((r) => r.path.endsWith(`/pulls/${PR}/files`))
    expect(pages).toHaveLength(30)
    expect(pages.every((r) => r.query.get('per_page') === '100')).toBe(true)
    // app/core.py is file 3,006 of the list: only git can have named it.
    expect(result.outputs['changed-count']).toBe('2')
    expect(result.outputs['affected-count']).toBe(String(FIXTURE_AFFECTED))
    expect(result.summary).toContain('`app/legacy.py` line 1: `app.old`')
    expect(result.summary).not.toContain('not analysed')
  })

  test('says visibly that the list is cut off when the checkout lacks the base commit', async () => {
    const shallow = tempDir('shallow')
    git(shallow, 'clone', '-q', '--depth', '1', `file://${repo.dir}`, '.')
    try {
      const result = await runInProcess(prEvent(shallow), run)
      expect(result.exitCode).toBe(0)
      const note = `GitHub lists only the first 3000 of ${entries.length} changed files`
      expect(result.warnings.some((w) => w.startsWith(note))).toBe(true)
      expect(result.summary).toContain(`> ${note}`)
      expect(result.summary).toContain('fetch-depth: 0')
      expect(gh.comments.get(PR)![0]!.body).toContain(`> ${note}`)
      expect(result.outputs['changed-count']).toBe('0')
    } finally {
      removeDir(shallow)
    }
  })
})

describe('changed files seen from the working directory', () => {
  test('are re-rooted, with renames across its edge as additions or removals', () => {
    const scoped = scopeChanges(
      [
        { path: 'svc/a.py', status: 'modified' },
        { path: 'svc/b.py', status: 'renamed', previousPath: 'svc/old_b.py' },
        { path: 'svc/in.py', status: 'renamed', previousPath: 'elsewhere/in.py' },
        { path: 'elsewhere/out.py', status: 'renamed', previousPath: 'svc/out.py' },
        { path: 'docs/x.md', status: 'added' },
        { path: 'svcx/y.py', status: 'modified' },
      ],
      'svc',
    )
    expect(scoped.inside).toEqual([
      { path: 'a.py', status: 'modified' },
      { path: 'b.py', status: 'renamed', previousPath: 'old_b.py' },
      { path: 'in.py', status: 'added' },
      { path: 'out.py', status: 'removed' },
    ])
    expect(scoped.outside).toBe(2)
  })

  test('are taken as they are at the repository root', () => {
    const files = [{ path: 'a.py', status: 'renamed' as const, previousPath: 'b.py' }]
    expect(scopeChanges(files, '')).toEqual({ inside: files, outside: 0 })
  })
})
