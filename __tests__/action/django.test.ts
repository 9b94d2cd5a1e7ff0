import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { run } from '../../src/main.js'
import { diffEntry, GitHubStandIn } from './github-stand-in.js'
import { OWNER, pullRequest, pullRequestPayload, REPO } from './fixtures.js'
import { runInProcess } from './runner.js'

// The action on a real repository: Django 4.2.28 (not a git checkout) with dispatcher.py changed.
// Runs where DJANGO_DIR is set, as `npm run check-django` sets it.
const DJANGO = process.env.DJANGO_DIR
const suite = DJANGO ? describe : describe.skip
const PR = 16000

suite('the action on Django 4.2.28, dispatcher.py changed', () => {
  let gh: GitHubStandIn
  beforeAll(async () => {
    gh = await new GitHubStandIn(OWNER, REPO, 'ghs_django').start()
    gh.pulls.set(PR, pullRequest({ number: PR, headSha: 'd'.repeat(40), baseSha: 'b'.repeat(40), changedFiles: 1 }))
    gh.files.set(PR, [diffEntry('django/dispatch/dispatcher.py', 'modified')])
  })
  afterAll(() => gh.stop())

  test('comments with the radius the engine computes, and says the checkout could not be confirmed', async () => {
    const result = await runInProcess(
      {
        eventName: 'pull_request',
        payload: pullRequestPayload(gh.pulls.get(PR)),
        workspace: DJANGO!,
        standIn: gh,
        inputs: { snapshot: 'none' },
      },
      run,
    )
    expect(result.exitCode).toBe(0)
    const impact = JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8'))
    // 2,280 by the reference rules, one more from a file whose syntax error tree-sitter reads past, and
    // tests/test_sqlite.py, whose DEFAULT_AUTO_FIELD setting names django.db.models (a `string` edge).
    expect(impact.affected.total).toBe(2282)
    expect(result.outputs['affected-count']).toBe('2282')
    expect(result.outputs['affected-files']!.split('\n')).toHaveLength(2282)
    expect(result.outputs['affected-tests']!.split('\n')).toHaveLength(789)
    const body = gh.comments.get(PR)![0]!.body!
    expect(body).toContain('→ 2,282 files')
    expect(body).toContain('is not a git checkout')
  })
})
