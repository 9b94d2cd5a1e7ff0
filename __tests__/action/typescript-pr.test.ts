import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from '../../src/main.js'
import { TsOracle } from '../javascript-resolution/ts-oracle.js'
import { diffEntry, GitHubStandIn } from './github-stand-in.js'
import { git, headlineAffected, OWNER, pullRequest, pullRequestPayload, removeDir, REPO, tempDir } from './fixtures.js'
import { runInProcess, type RunResult } from './runner.js'

// The action on a TypeScript pull request: examples/ts-workspace (two workspace packages, a `paths` alias,
// a dynamic import, type-only imports, a jest.mock) as a git repository whose head commit changes
// packages/core/src/money.ts and removes packages/web/src/format.ts, which cart.ts still imports through
// the alias `@web/format`. The expected radius is TypeScript's own: edges by ts.resolveModuleName on the
// base tree, every file that reaches one of the two by them.
const EXAMPLE = fileURLToPath(new URL('../../examples/ts-workspace', import.meta.url))
const CHANGED = 'packages/core/src/money.ts'
const REMOVED = 'packages/web/src/format.ts'
const PR = 13

/** Every file that reaches `sources` by the import edges TypeScript's resolver gives on that tree. */
function reachedByTypeScript(dir: string, files: string[], sources: string[]): string[] {
  const links = new Map([
    ['node_modules/@demo/core', 'packages/core'],
    ['node_modules/@demo/web', 'packages/web'],
  ])
  const oracle = new TsOracle(dir, files, links)
  const importers = new Map<string, Set<string>>()
  for (const file of files.filter((f) => f.endsWith('.ts'))) {
    for (const imported of oracle.importsOf(file)) {
      const answer = oracle.expected(file, imported)
      if (answer.kind === 'file' && answer.path !== file) importers.set(answer.path, (importers.get(answer.path) ?? new Set()).add(file))
    }
  }
  const reached = new Set(sources)
  for (const path of reached) for (const importer of importers.get(path) ?? []) reached.add(importer)
  return [...reached].filter((p) => !sources.includes(p)).sort()
}

describe('the action on a TypeScript pull request', () => {
  let dir: string
  let head: string
  let expected: string[]
  let gh: GitHubStandIn
  let result: RunResult

  beforeAll(async () => {
    dir = tempDir('ts-pr')
    cpSync(EXAMPLE, dir, { recursive: true })
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'config', 'user.name', 'Fixture')
    git(dir, 'config', 'user.email', 'fixture@example.com')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'base')
    const base = git(dir, 'rev-parse', 'HEAD')
    expected = reachedByTypeScript(dir, git(dir, 'ls-files').split('\n'), [CHANGED, REMOVED])
    writeFileSync(join(dir, CHANGED), `${readFileSync(join(dir, CHANGED), 'utf8')}\nexport const zero = money(0)\n`)
    git(dir, 'rm', '-q', REMOVED)
    git(dir, 'commit', '-q', '-am', 'head')
    head = git(dir, 'rev-parse', 'HEAD')

    gh = await new GitHubStandIn(OWNER, REPO, 'ghs_typescript').start()
    gh.pulls.set(PR, pullRequest({ number: PR, headSha: head, baseSha: base, changedFiles: 2 }))
    gh.files.set(PR, [diffEntry(CHANGED, 'modified'), diffEntry(REMOVED, 'removed')])
    result = await runInProcess(
      {
        eventName: 'pull_request',
        payload: pullRequestPayload(gh.pulls.get(PR)),
        workspace: dir,
        standIn: gh,
        sha: head,
        inputs: { snapshot: 'none' },
      },
      run,
    )
  })
  afterAll(async () => {
    await gh.stop()
    removeDir(dir)
  })

  test('the judge reaches every package of the example: the workspace link, the alias and the type-only imports count', () => {
    expect(expected).toEqual([
      'packages/core/src/index.ts',
      'packages/core/src/price.ts',
      'packages/web/src/cart.test.ts',
      'packages/web/src/cart.ts',
      'packages/web/src/payment.ts',
    ])
  })

  test('outputs: the radius TypeScript’s resolver gives, and the test in it', () => {
    expect(result.exitCode).toBe(0)
    expect(result.outputs['changed-count']).toBe('1')
    expect(result.outputs['affected-count']).toBe(String(expected.length))
    expect(result.outputs['affected-files']!.split('\n').sort()).toEqual(expected)
    expect(result.outputs['affected-tests']).toBe('packages/web/src/cart.test.ts')
  })

  test('the comment: headline, the removed file still imported through the alias, the graph by language', () => {
    const comments = gh.comments.get(PR) ?? []
    expect(comments).toHaveLength(1)
    const body = comments[0]!.body!
    // Six TypeScript files are left in the head commit.
    expect(headlineAffected(body)).toBe(expected.length)
    expect(body).toContain(`→ ${expected.length} files (83.3% of 6)`)
    expect(body).toContain('still imported in 1 place, which will fail to import:')
    expect(body).toContain('- `packages/web/src/cart.ts` line 2: `@web/format`')
    // The dynamic import of payment.ts and the type-only imports are lazy or type edges: not at import time.
    expect(body).toContain('**At import time**: 3 (60.0%) load the change when they are imported; 2 only through lazy or type imports')
    // The broken import is the repository's own: said among the removals, not taken for a third-party package,
    // and not counted again as a gap of the graph (its importer is in the radius).
    expect(body).toContain(
      '**Risk: high**: 5 files in the blast radius (levels start at 10, 50, 250); 1 import still names a removed file.',
    )
    expect(body).not.toContain('looks local')
    expect(body).toContain('- The graph read 6 files and 9 imports between them.')
    expect(body).not.toContain('a language the graph does not read')
  })
})
