// Shared test fixtures: webhook payloads from @octokit/webhooks-examples (bent only where they must
// point at the fixture repository), pull request objects, and small git repositories on disk.
import type { components } from '@octokit/openapi-types'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

type PullRequest = components['schemas']['pull-request']
interface Definition {
  readonly name: string
  readonly examples: Record<string, unknown>[]
}

const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as Definition[]

/** A real example payload of the event (its activity type, or the first that `pick` accepts), as a fresh copy to adapt. */
export function examplePayload(name: string, pick?: string | ((example: Record<string, any>) => boolean)): Record<string, any> {
  const definition = definitions.find((d) => d.name === name)
  const accepts = typeof pick === 'string' ? (e: Record<string, unknown>) => e.action === pick : (pick ?? (() => true))
  const example = definition?.examples.find(accepts)
  if (!example) throw new Error(`@octokit/webhooks-examples has no such ${name} example`)
  return structuredClone(example)
}

/** The examples' repository: the one the payloads name, so the env and the payload agree. */
export const OWNER = 'Codertocat'
export const REPO = 'Hello-World'

/** A REST pull request, built from the example payload's pull_request (the same object GitHub serves). */
export function pullRequest(options: {
  number: number
  headSha: string
  baseSha: string
  changedFiles: number
  fork?: boolean
}): PullRequest {
  const pr = examplePayload('pull_request', 'opened').pull_request
  pr.number = options.number
  pr.html_url = `https://github.com/${OWNER}/${REPO}/pull/${options.number}`
  pr.head.sha = options.headSha
  pr.base.sha = options.baseSha
  pr.changed_files = options.changedFiles
  if (options.fork) {
    pr.head.repo = { ...pr.head.repo, full_name: `contributor/${REPO}`, owner: { ...pr.head.repo.owner, login: 'contributor' } }
    pr.head.user = { ...pr.head.user, login: 'contributor' }
    pr.head.label = `contributor:${pr.head.ref}`
  }
  return pr as PullRequest
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }).trim()
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `blast-radius-${prefix}-`))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** The fixture project before the pull request. */
export const BASE_FILES: Record<string, string> = {
  'app/__init__.py': '',
  'app/core.py': 'def f():\n    return 1\n',
  'app/service.py': 'from app.core import f\n',
  'app/api.py': 'from app import service\n',
  'app/old.py': 'def thing():\n    return 2\n',
  'app/moved_from.py': 'def g():\n    return 3\n',
  'app/legacy.py': 'from app.old import thing\nfrom app.moved_from import g\n',
  'tests/test_service.py': 'from app.service import f\n',
  'README.md': '# fixture\n',
}

export interface FixtureRepo {
  readonly dir: string
  readonly base: string
  readonly head: string
}

/**
 * A git repository with two commits. The head commit modifies app/core.py and README.md, removes
 * app/old.py and renames app/moved_from.py to app/moved_to.py, and adds `extraFiles`; it stays checked out.
 */
export function fixtureRepo(extraFiles: Record<string, string> = {}): FixtureRepo {
  const dir = tempDir('repo')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.name', 'Fixture')
  git(dir, 'config', 'user.email', 'fixture@example.com')
  writeFiles(dir, BASE_FILES)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  const base = git(dir, 'rev-parse', 'HEAD')
  writeFiles(dir, { 'app/core.py': 'def f():\n    return 10\n', 'README.md': '# fixture, changed\n', ...extraFiles })
  git(dir, 'rm', '-q', 'app/old.py')
  git(dir, 'mv', 'app/moved_from.py', 'app/moved_to.py')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'head')
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') }
}

/**
 * The fixture PR's blast radius: app/core.py reaches service.py, api.py and tests/test_service.py, and
 * app/legacy.py still imports the removed app/old.py and the renamed app/moved_from.py, so it breaks too.
 */
export const FIXTURE_AFFECTED = 4

/** How many files the report's headline says are affected ("## Blast radius: … → N files (…)"). */
export function headlineAffected(markdown: string): number {
  const found = markdown.match(/^## Blast radius: .* → ([\d,]+) files? /m)
  return found ? Number(found[1]!.replaceAll(',', '')) : Number.NaN
}

/** A pull_request payload: the example of that activity, carrying `pr` as GitHub would send it. */
export function pullRequestPayload(pr: PullRequest | undefined, action = 'synchronize'): Record<string, any> {
  const payload = examplePayload('pull_request', action)
  payload.number = pr?.number
  payload.pull_request = pr
  return payload
}
