// The action under GitHub's own debugger, @github/local-action: it runs src/main.ts with tsx and puts
// its own stand-ins in place of @actions/core, /github, /artifact and /cache, which lack parts of the
// real packages (no ArtifactNotFoundError, no cache.isFeatureAvailable). The action must run there,
// as it must run wherever those packages are replaced.
import { describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { diffEntry, type GitHubStandIn } from './github-stand-in.js'
import { headlineAffected, pullRequest, pullRequestPayload, removeDir, tempDir, type FixtureRepo } from './fixtures.js'
import { fixtureHooks } from './hooks.js'
import { runnerEnv } from './runner.js'

const TOKEN = 'ghs_localActionToken'
const PR = 52
const root = fileURLToPath(new URL('../..', import.meta.url))
const localAction = join(root, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js')

let repo: FixtureRepo
let gh: GitHubStandIn

fixtureHooks(TOKEN, (standIn, fixture) => {
  ;[gh, repo] = [standIn, fixture]
  gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 1 }))
  gh.files.set(PR, [diffEntry('app/core.py', 'modified')])
})

describe('@github/local-action', () => {
  test('runs the action: the comment is posted, the outputs set, and its cache stand-in is no failure', async () => {
    const scratch = tempDir('local-action')
    try {
      await runUnderLocalAction(scratch)
    } finally {
      removeDir(scratch)
    }
    // tsx compiles the whole action first: a busy machine may take minutes, which says nothing of the action.
  }, 600_000)
})

/** Runs the action under local-action as its README shows, with `scratch` for its files, and checks what it did. */
async function runUnderLocalAction(scratch: string): Promise<void> {
  const cacheDir = join(scratch, 'cache')
  mkdirSync(cacheDir)
  const runner = runnerEnv({
    eventName: 'pull_request',
    payload: pullRequestPayload(gh.pulls.get(PR)),
    workspace: repo.dir,
    standIn: gh,
    sha: repo.head,
    inputs: { snapshot: 'none' },
  })
  // local-action starts its runner through a shell, which drops variables whose names hold a `-`
  // (INPUT_GITHUB-TOKEN): inputs go in its dotenv file, as its documentation has them.
  const isInput = ([name]: [string, string]) => name.startsWith('INPUT_')
  writeFileSync(
    join(scratch, 'inputs.env'),
    Object.entries(runner)
      .filter(isInput)
      .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
      .join('\n'),
  )
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...Object.fromEntries(Object.entries(runner).filter((entry) => !isInput(entry))),
    // Where local-action's cache stand-in keeps its entries.
    LOCAL_ACTION_WORKSPACE: scratch,
    LOCAL_ACTION_CACHE_PATH: cacheDir,
  }
  const { stdout } = await promisify(execFile)(process.execPath, [localAction, 'run', root, 'src/main.ts', join(scratch, 'inputs.env')], {
    env,
    cwd: root,
    maxBuffer: 1 << 26,
  })
  expect(stdout).toContain('Running Action')
  expect(stdout).not.toMatch(/SyntaxError|internal error|::error::/)
  expect(stdout).toMatch(/Facts cache: not restored \(/)
  expect(stdout).toContain('::set-output name=affected-count::3')
  const comments = gh.comments.get(PR) ?? []
  expect(comments).toHaveLength(1)
  expect(headlineAffected(comments[0]!.body!)).toBe(3)
}
