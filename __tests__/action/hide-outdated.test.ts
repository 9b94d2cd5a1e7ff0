// Issue 15 item 7, `hide-outdated`: a new report is a new comment and the one it replaces is
// minimised through GitHub's GraphQL API (minimizeComment, classifier OUTDATED), by the real Octokit
// over HTTP against the stand-in, which parses and executes the mutation as a GraphQL server does.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { run } from '../../src/main.js'
import { diffEntry, GitHubStandIn, type DiffEntry } from './github-stand-in.js'
import { fixtureRepo, git, OWNER, pullRequest, pullRequestPayload, removeDir, REPO, writeFiles, type FixtureRepo } from './fixtures.js'
import { runInProcess, type RunSpec } from './runner.js'

const TOKEN = 'ghs_hideOutdated'
const PR = 7
const FILES = [diffEntry('app/core.py', 'modified')]

let repo: FixtureRepo
let gh: GitHubStandIn

beforeEach(async () => {
  repo = fixtureRepo()
  gh = await new GitHubStandIn(OWNER, REPO, TOKEN).start()
  setPull(repo.head, FILES)
})
afterEach(async () => {
  await gh.stop()
  removeDir(repo.dir)
})

function setPull(headSha: string, files: DiffEntry[]): void {
  gh.pulls.set(PR, pullRequest({ number: PR, headSha, baseSha: repo.base, changedFiles: files.length }))
  gh.files.set(PR, files)
}

function prEvent(inputs: Record<string, string> = {}): RunSpec {
  const pr = gh.pulls.get(PR)!
  return {
    eventName: 'pull_request',
    payload: pullRequestPayload(pr),
    workspace: repo.dir,
    standIn: gh,
    sha: pr.head.sha,
    inputs: { snapshot: 'none', ...inputs },
  }
}

/** A push whose report has other figures: one more file imports the changed one. */
function pushMoreImpact(): void {
  writeFiles(repo.dir, { 'app/extra.py': 'from app import core\n' })
  git(repo.dir, 'add', '-A')
  git(repo.dir, 'commit', '-q', '-m', 'push')
  setPull(git(repo.dir, 'rev-parse', 'HEAD'), [...FILES, diffEntry('app/extra.py', 'added')])
}

const headOf = (body: string) => body.match(/"head":"([0-9a-f]{40})"/)![1]!
const comments = () => gh.comments.get(PR) ?? []
const writes = () => gh.writes().map((w) => `${w.method} ${w.path.replace(`/repos/${OWNER}/${REPO}`, '')}`)

describe('hide-outdated', () => {
  test('a second push posts a new comment and minimises the first as outdated', async () => {
    await runInProcess(prEvent({ 'hide-outdated': 'true' }), run)
    const [first] = comments()
    pushMoreImpact()
    gh.requests.length = 0
    const second = await runInProcess(prEvent({ 'hide-outdated': 'true' }), run)
    expect(second.exitCode).toBe(0)
    expect(second.warnings).toEqual([])
    expect(writes()).toEqual([`POST /issues/${PR}/comments`, 'POST /graphql'])
    expect(comments()).toHaveLength(2)
    const [kept, added] = comments()
    expect(kept!.body).toBe(first!.body)
    expect(gh.minimized).toEqual(new Map([[first!.id, 'OUTDATED']]))
    expect(second.outputs['comment-url']).toBe(added!.html_url)
    expect(added!.body).toContain(`"since":{"head":"${repo.head}"`)
    const mutation = gh.requests.find((r) => r.path === '/graphql')!.body as { query: string; variables: Record<string, unknown> }
    expect(mutation.query).toContain('minimizeComment')
    expect(mutation.variables).toEqual({ subjectId: first!.node_id })
    // A third push replaces the second; the first, hidden already, is left alone.
    writeFiles(repo.dir, { 'app/more.py': 'import app.core\n' })
    git(repo.dir, 'add', '-A')
    git(repo.dir, 'commit', '-q', '-m', 'again')
    setPull(git(repo.dir, 'rev-parse', 'HEAD'), [...gh.files.get(PR)!, diffEntry('app/more.py', 'added')])
    gh.requests.length = 0
    await runInProcess(prEvent({ 'hide-outdated': 'true' }), run)
    expect(writes()).toEqual([`POST /issues/${PR}/comments`, 'POST /graphql'])
    expect([...gh.minimized.keys()]).toEqual([first!.id, added!.id])
    expect(comments()).toHaveLength(3)
    // The trend compares with the comment in view (the newest), not the oldest.
    expect(comments()[2]!.body).toContain(`"since":{"head":"${headOf(added!.body!)}"`)
  })

  test('without it, the same push edits the one comment in place and minimises nothing', async () => {
    await runInProcess(prEvent(), run)
    pushMoreImpact()
    gh.requests.length = 0
    await runInProcess(prEvent(), run)
    expect(writes()).toEqual([`PATCH /issues/comments/${comments()[0]!.id}`])
    expect(comments()).toHaveLength(1)
    expect(gh.minimized.size).toBe(0)
  })

  test('a refused minimise still posts the new report, warns and says why; the step stays green', async () => {
    await runInProcess(prEvent({ 'hide-outdated': 'true' }), run)
    const [first] = comments()
    gh.refuseMinimize = true
    pushMoreImpact()
    const second = await runInProcess(prEvent({ 'hide-outdated': 'true' }), run)
    expect(second.exitCode).toBe(0)
    expect(comments()).toHaveLength(2)
    expect(gh.minimized.size).toBe(0)
    expect(second.warnings).toEqual([
      expect.stringContaining(
        `hide-outdated: the previous comment (${first!.html_url}) could not be minimised, so both are in view: ` +
          "GitHub's GraphQL API answered FORBIDDEN: Resource not accessible by integration.",
      ),
    ])
    expect(second.outputs['comment-url']).toBe(comments()[1]!.html_url)
  })

  test('the same figures under comment-mode on-change, and a re-run on the same head, make no write at all', async () => {
    const inputs = { 'hide-outdated': 'true', 'comment-mode': 'on-change' }
    await runInProcess(prEvent(inputs), run)
    // A push that moves no figure: only the commit changed.
    git(repo.dir, 'commit', '-q', '--allow-empty', '-m', 'empty')
    setPull(git(repo.dir, 'rev-parse', 'HEAD'), FILES)
    gh.requests.length = 0
    const same = await runInProcess(prEvent(inputs), run)
    expect(gh.writes()).toEqual([])
    expect(same.outputs['comment-url']).toBe(comments()[0]!.html_url)
    const again = await runInProcess(prEvent({ 'hide-outdated': 'true' }), run)
    expect(gh.writes()).toHaveLength(2)
    gh.requests.length = 0
    await runInProcess(prEvent({ 'hide-outdated': 'true' }), run)
    expect(gh.writes()).toEqual([])
    expect(again.outputs['comment-url']).toBe(comments()[1]!.html_url)
  })
})

describe("the stand-in's GraphQL endpoint", () => {
  const post = async (body: unknown, token = TOKEN) => {
    const answer = await fetch(`${gh.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { status: answer.status, json: (await answer.json()) as Record<string, unknown> }
  }

  test('answers anything but the mutation, and a bad node id, in GitHub error shape', async () => {
    const comment = gh.addComment(PR, gh.writesAs, 'hello')
    const unknownField = await post({ query: 'mutation { deleteEverything(input: {}) { ok } }' })
    expect(unknownField.status).toBe(200)
    expect(unknownField.json).toEqual({ errors: [expect.objectContaining({ message: expect.stringContaining('deleteEverything') })] })
    expect((unknownField.json.errors as { locations: unknown[] }[])[0]!.locations).toEqual([{ line: 1, column: 12 }])
    const badClassifier = await post({
      query: 'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: STALE}) { clientMutationId } }',
      variables: { id: comment.node_id },
    })
    expect(badClassifier.json.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('STALE') })])
    const missing = await post({
      query: 'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { clientMutationId } }',
      variables: { id: 'IC_nothing' },
    })
    expect(missing.json).toEqual({
      data: { minimizeComment: null },
      errors: [expect.objectContaining({ type: 'NOT_FOUND', path: ['minimizeComment'] })],
    })
    expect(gh.minimized.size).toBe(0)
    expect((await post({ query: '{ node(id: "x") { id } }' }, 'wrong')).status).toBe(401)
    const done = await post({
      query:
        'mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized minimizedReason } } }',
      variables: { id: comment.node_id },
    })
    expect(done.json).toEqual({ data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: 'outdated' } } } })
  })
})
