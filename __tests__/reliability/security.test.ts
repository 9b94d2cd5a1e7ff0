// The action runs on strangers' pull requests with a token that can write. These tests run it
// end to end (real Octokit over HTTP to the loopback stand-ins) on a repository built to attack it:
// code that would leave a mark if anything ran it, symlinks to a secret outside the workspace,
// file names made to break out of markdown, HTML, the viewer's script and GITHUB_OUTPUT.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { Octokit } from '@octokit/rest'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from '../../src/main.js'
import { publishToBranch } from '../../src/snapshot/publish-branch.js'
import { ArtifactStandIn } from '../snapshot/artifact-stand-in.js'
import { GitDataStandIn } from '../snapshot/git-data-stand-in.js'
import { diffEntry, GitHubStandIn } from '../action/github-stand-in.js'
import { fixtureRepo, OWNER, pullRequest, pullRequestPayload, removeDir, REPO, tempDir, type FixtureRepo } from '../action/fixtures.js'
import { runInProcess, type RunResult, type RunSpec } from '../action/runner.js'
import ts from 'typescript'

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`
const SECRET = `topsecret_${randomBytes(8).toString('hex')}`
const PR = 66
const NEWLINE_NAME = 'app/new\nghadelimiter_5ec1a5e0-0000-4000-8000-000000000000\nline.py'
const SCRIPT_NAME = 'app/evil</script><script>alert(1)<!--/m.py'
const IMG_NAME = 'app/<img src=x onerror=alert(1)>.py'
const ROOT = fileURLToPath(new URL('../../', import.meta.url))

let outside: string
let marker: string
let repo: FixtureRepo
let gh: GitHubStandIn

/** Python that leaves a file behind if anything imports, runs or evaluates it. */
const leavesMark = (what: string) => `open(${JSON.stringify(marker)}, "a").write(${JSON.stringify(what)})\nimport app.core\n`

beforeAll(async () => {
  outside = tempDir('outside')
  marker = join(outside, 'code-was-run')
  // The secret outside the workspace: if any of it were read, its import would be reported by name.
  const secretCode = `import app.core\nimport app.${SECRET}\n`
  writeFileSync(join(outside, `${SECRET}.py`), secretCode)
  writeFileSync(join(outside, 'secret.txt'), secretCode)
  repo = fixtureRepo({
    'conftest.py': leavesMark('conftest'),
    'setup.py': leavesMark('setup'),
    'sitecustomize.py': leavesMark('sitecustomize'),
    'app/__main__.py': leavesMark('main'),
    'noxfile.py': leavesMark('nox'),
    [NEWLINE_NAME]: 'from app.core import f\n',
    [SCRIPT_NAME]: 'import app.core\n',
    [IMG_NAME]: 'import app.core\n',
  })
  symlinkSync(outside, join(repo.dir, 'linked'))
  symlinkSync(join(outside, 'secret.txt'), join(repo.dir, 'app', 'leak.py'))
  symlinkSync(join(outside, `${SECRET}.py`), join(repo.dir, 'app', 'linked_mod.py'))
  gh = await new GitHubStandIn(OWNER, REPO, TOKEN).start()
})
afterAll(async () => {
  await gh.stop()
  removeDir(repo.dir)
  removeDir(outside)
})
/** A fresh GitHub with the pull request: app/core.py changed. */
function freshPullRequest(): void {
  gh.reset()
  gh.pulls.set(PR, pullRequest({ number: PR, headSha: repo.head, baseSha: repo.base, changedFiles: 1 }))
  gh.files.set(PR, [diffEntry('app/core.py', 'modified')])
}
beforeEach(freshPullRequest)

function prEvent(inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): RunSpec {
  return {
    eventName: 'pull_request_target',
    payload: pullRequestPayload(gh.pulls.get(PR)),
    workspace: repo.dir,
    standIn: gh,
    sha: repo.head,
    inputs,
    extraEnv,
  }
}

/** Every file below `dir`, as text (artifacts zipped by the artifact client are unzipped first). */
function filesBelow(dir: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name)
    if (statSync(path).isFile()) found.set(path, readFileSync(path, 'latin1'))
  }
  return found
}

function asText(content: Buffer): string {
  if (content.subarray(0, 2).toString() !== 'PK') return content.toString('latin1')
  const dir = tempDir('unzip')
  try {
    writeFileSync(join(dir, 'a.zip'), content)
    return execFileSync('unzip', ['-p', join(dir, 'a.zip')]).toString('latin1')
  } finally {
    removeDir(dir)
  }
}

/** All a run leaves behind: its log, summary, outputs, files under RUNNER_TEMP, comments, and what the stand-ins received. */
function everythingWritten(result: RunResult, extra: Iterable<string> = []): string[] {
  const runnerTemp = dirname(dirname(dirname(result.outputs['report-json']!)))
  return [
    result.stdout,
    result.summary,
    result.outputFile,
    ...filesBelow(runnerTemp).values(),
    ...(gh.comments.get(PR) ?? []).map((c) => c.body ?? ''),
    ...gh.requests.map((r) => JSON.stringify(r.body ?? '')),
    ...extra,
  ]
}

describe('the repository is data, never code', () => {
  test('no file of the pull request is run, and nothing outside the workspace is read', async () => {
    const result = await runInProcess(prEvent(), run)
    expect(result.exitCode).toBe(0)
    // The files are in the graph (conftest.py and the others import app.core) but none ran.
    const affected = result.outputs['affected-files']!.split('\n')
    for (const file of ['conftest.py', 'setup.py', 'sitecustomize.py', 'app/__main__.py', 'noxfile.py']) expect(affected).toContain(file)
    expect(existsSync(marker)).toBe(false)
    // The links leading out are not followed: not their files' names, not their imports.
    expect(affected.some((f) => f.startsWith('linked/') || f === 'app/leak.py' || f === 'app/linked_mod.py')).toBe(false)
    const written = everythingWritten(result)
    expect(written.length).toBeGreaterThan(5)
    for (const text of written) expect(text).not.toContain(SECRET)
  })

  test('a working-directory that is a symlink out of the workspace, or climbs out, is refused before anything is read', async () => {
    const viaLink = await runInProcess(prEvent({ 'working-directory': 'linked' }), run)
    expect(viaLink.exitCode).toBe(1)
    expect(viaLink.stdout).toContain("::error::working-directory: 'linked' leads out of the workspace")
    const climbing = await runInProcess(prEvent({ 'working-directory': '../outside' }), run)
    expect(climbing.exitCode).toBe(1)
    expect(climbing.stdout).toContain("::error::working-directory: expected a folder inside the workspace, got '../outside'")
    for (const result of [viaLink, climbing]) {
      expect(result.stdout + result.summary + result.outputFile).not.toContain(SECRET)
    }
    expect(gh.writes()).toEqual([])
  })
})

describe('the action’s code starts nothing but git and loads no code at run time', () => {
  /**
   * The calls in `text` that load or run code named at run time: `eval(…)`, `new Function(…)`, a module of
   * `node:vm`, and `import(…)` of anything but a string literal. Read from TypeScript's own tree, so a
   * comment or a string that mentions them (a scanner's documentation does) is not one.
   */
  const codeLoads = (text: string): string[] => {
    const found: string[] = []
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && !ts.isStringLiteral(node.arguments[0]!))
        found.push(`import(${node.arguments[0]!.getText()})`)
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'eval') found.push('eval(…)')
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Function') found.push('new Function(…)')
      if (ts.isStringLiteral(node) && /^(node:)?vm$/.test(node.text)) found.push(`'${node.text}'`)
      ts.forEachChild(node, visit)
    }
    visit(ts.createSourceFile('code.ts', text, ts.ScriptTarget.Latest, true))
    return found
  }
  const sources = () => [...filesBelow(join(ROOT, 'src')).entries()].filter(([path]) => path.endsWith('.ts') && !path.includes('/viewer/'))

  test("child_process only in the one git caller, which starts git with hooks and the file-system monitor off, and the card renderer, which forks the bundle's own script", () => {
    const spawning = new Map(
      sources()
        .filter(([, text]) => text.includes('node:child_process'))
        .map(([path, text]) => [path.slice(ROOT.length), text]),
    )
    expect([...spawning.keys()].sort()).toEqual(['src/git/run-git.ts', 'src/snapshot/render-cards.ts'])
    const git = spawning.get('src/git/run-git.ts')!
    expect(git).toContain("['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null']")
    const programs = [...git.matchAll(/\brun\(\s*([^,]+),/g)].map((m) => m[1])
    expect(programs.length).toBeGreaterThan(0)
    expect(new Set(programs)).toEqual(new Set(["'git'"]))
    // Node itself, on a script that ships beside the bundle (never a path from the repository or the event).
    const renderer = spawning.get('src/snapshot/render-cards.ts')!
    expect(renderer).toMatch(/import \{ fork \} from 'node:child_process'/)
    expect(renderer).toContain("const CHILD = fileURLToPath(new URL('./render-child.js', import.meta.url))")
    expect([...renderer.matchAll(/\bfork\(\s*([^,]+),/g)].map((m) => m[1])).toEqual(['script'])
    expect([...renderer.matchAll(/childRenderer\(([^)]*)\)/g)].map((m) => m[1])).toEqual([
      'CHILD',
      'script: string, answerWithinMs = ANSWER_WITHIN_MS',
    ])
  })

  test('no eval, Function, vm or dynamic import, save the viewer bundler loading esbuild by name when run from source', () => {
    const loads = sources().flatMap(([path, text]) => codeLoads(text).map((load) => `${path.slice(ROOT.length)}: ${load}`))
    expect(loads).toEqual(['src/snapshot/viewer-script.ts: import(tool)'])
    expect(readFileSync(join(ROOT, 'src/snapshot/viewer-script.ts'), 'utf8')).toContain("const tool = 'esbuild'")
  })
})

describe('no injection from file names', () => {
  let result: RunResult
  let comment: string
  beforeAll(async () => {
    freshPullRequest()
    result = await runInProcess(prEvent(), run)
    comment = gh.comments.get(PR)![0]!.body!
  })

  test('GITHUB_OUTPUT: a name with a line break and delimiter-like text stays one quoted line', () => {
    const lines = result.outputs['affected-files']!.split('\n')
    expect(lines).toContain(JSON.stringify(NEWLINE_NAME))
    expect(lines.some((l) => l.startsWith('ghadelimiter_5ec1a5e0'))).toBe(false)
    // Every value ends at its own delimiter, a random one that occurs nowhere in the value.
    const blocks = [...result.outputFile.matchAll(/^([a-z-]+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2$/gm)]
    expect(blocks.map((b) => b[1]).sort()).toEqual([
      'affected-count',
      'affected-files',
      'affected-tests',
      'affected-tests-json',
      'changed-count',
      'comment-url',
      'pytest-args',
      'report-json',
      'risk',
      'snapshot-url',
      'tests-reason',
    ])
    for (const [, , delimiter, value] of blocks) expect(value).not.toContain(delimiter!)
    // The impact JSON has the name verbatim.
    const json = JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8'))
    expect(json.affected.files.map((f: { path: string }) => f.path)).toContain(NEWLINE_NAME)
  })

  test('the comment and the job summary carry no raw tag from a name', () => {
    // The names are there, written as entities.
    expect(comment).toContain('app/evil&#60;/script&#62;&#60;script&#62;')
    for (const markdown of [comment, result.summary]) {
      expect(markdown).not.toMatch(/<(img|script)/i)
      expect(markdown).not.toContain('alert(1)<!--')
      // One HTML comment opener in the comment: the marker (and the fingerprint line).
      expect(markdown.match(/<!--/g)?.length ?? 0).toBeLessThanOrEqual(2)
    }
  })

  test('the viewer page keeps the names inside its data: two script elements, the names verbatim in the JSON', () => {
    const html = readFileSync(join(dirname(result.outputs['report-json']!), 'snapshot', 'snapshot.html'), 'utf8')
    expect(html.match(/<script/gi)).toHaveLength(2)
    expect(html.match(/<\/script/gi)).toHaveLength(2)
    const json = html.match(/<script type="application\/json" id="blast-radius-data">([\s\S]*?)<\/script>/)![1]!
    expect(JSON.parse(json).paths).toEqual(expect.arrayContaining([SCRIPT_NAME, IMG_NAME, NEWLINE_NAME]))
  })

  test('the viewer sets text with textContent: no HTML sink anywhere in its code', () => {
    const dir = join(ROOT, 'src', 'viewer')
    const sources = [...filesBelow(dir).entries()].filter(([path]) => path.endsWith('.ts'))
    expect(sources.length).toBeGreaterThan(3)
    expect(sources.some(([, text]) => text.includes('.textContent ='))).toBe(true)
    for (const [path, text] of sources) {
      expect([
        path,
        text.match(
          /innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc|\beval\(|new Function\(/g,
        ),
      ]).toEqual([path, null])
    }
  })
})

describe('the token', () => {
  test('is masked, and appears in no log, summary, output, file, artifact, comment or snapshot', async () => {
    const artifacts = await new ArtifactStandIn().start()
    const gitData = await new GitDataStandIn(OWNER, REPO, TOKEN).start()
    try {
      // A fork's run (writes refused): the snapshot and the fork report go up as artifacts.
      gh.refuseWrites = true
      const runner = {
        ACTIONS_RUNTIME_TOKEN: ArtifactStandIn.runtimeToken(),
        ACTIONS_RESULTS_URL: `${artifacts.url}/`,
        GITHUB_RUN_ID: '4242',
      }
      const fork = await runInProcess(prEvent({}, runner), run)
      expect(fork.exitCode).toBe(0)
      expect(artifacts.artifacts.map((a) => a.name).sort()).toEqual(expect.arrayContaining(['blast-radius-report']))
      const forkWritten = everythingWritten(
        fork,
        artifacts.artifacts.map((a) => asText(a.content)),
      )

      // A run that may write: the comment, and the snapshot committed to its branch.
      freshPullRequest()
      gh.forwardTo = gitData
      const writer = await runInProcess(prEvent({ snapshot: 'branch' }, { GITHUB_RUN_ID: '4243' }), run)
      expect(writer.exitCode).toBe(0)
      const onBranch = [...gitData.filesOn('blast-radius-snapshots').values()].map((b) => b.toString('latin1'))
      expect(onBranch.length).toBeGreaterThanOrEqual(2)
      const writerWritten = everythingWritten(writer, onBranch)

      for (const result of [fork, writer]) {
        expect(result.stdout).toContain(`::add-mask::${TOKEN}\n`)
        expect(result.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])
      }
      for (const text of [...forkWritten, ...writerWritten]) expect(text.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
      // The one place it goes: the Authorization header of the API requests.
      expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
    } finally {
      await artifacts.stop()
      await gitData.stop()
    }
  })
})

describe('snapshot publishing stays on its own branch', () => {
  let gitData: GitDataStandIn
  let octokit: Octokit
  let files: string[]
  let scratch: string
  beforeEach(async () => {
    gitData = await new GitDataStandIn('octo', 'shop', TOKEN).start()
    const quiet = () => {}
    octokit = new Octokit({ auth: TOKEN, baseUrl: gitData.url, log: { debug: quiet, info: quiet, warn: quiet, error: quiet } })
    scratch = tempDir('publish')
    files = [join(scratch, 'snapshot.png'), join(scratch, 'snapshot.html')]
    writeFileSync(files[0]!, 'png')
    writeFileSync(files[1]!, '<!doctype html>')
  })
  afterEach(async () => {
    await gitData.stop()
    removeDir(scratch)
  })

  test('a snapshot-branch that holds anything but snapshots (the default branch, say) is never written', async () => {
    const { data: blob } = await octokit.rest.git.createBlob({ owner: 'octo', repo: 'shop', content: 'print(1)\n' })
    const { data: tree } = await octokit.rest.git.createTree({
      owner: 'octo',
      repo: 'shop',
      tree: [{ path: 'src/app.py', mode: '100644', type: 'blob', sha: blob.sha }],
    })
    const { data: commit } = await octokit.rest.git.createCommit({
      owner: 'octo',
      repo: 'shop',
      message: 'code',
      tree: tree.sha,
      parents: [],
    })
    await octokit.rest.git.createRef({ owner: 'octo', repo: 'shop', ref: 'refs/heads/main', sha: commit.sha })
    const before = gitData.requests.filter((r) => r.method !== 'GET').length

    const outcome = await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'main', prNumber: 5, files })

    expect(outcome).toEqual({
      kind: 'failed',
      reason: 'branch main holds src, which no snapshot run wrote: the snapshots need a branch of their own',
    })
    expect(gitData.refs.get('refs/heads/main')).toBe(commit.sha)
    // Blobs may be stored (they are unreachable and cost nothing); no tree, commit or ref is written.
    expect(gitData.requests.slice(before).filter((r) => r.method !== 'GET' && !r.path.endsWith('/git/blobs'))).toEqual([])
  })

  test('only pr-<n>/ changes: the README, .nojekyll and other pull requests stay byte for byte', async () => {
    await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'snaps', prNumber: 1, files, label: '../../x' })
    const first = gitData.filesOn('snaps')
    await publishToBranch(octokit, { owner: 'octo', repo: 'shop', branch: 'snaps', prNumber: 2, files, label: '../../../README.md' })
    const second = gitData.filesOn('snaps')
    for (const [path, content] of first) expect(second.get(path)).toEqual(content)
    const added = [...second.keys()].filter((p) => !first.has(p))
    expect(added).toHaveLength(2)
    for (const path of added) expect(path).toMatch(/^pr-2\/[A-Za-z0-9._-]+\/snapshot\.(png|html)$/)
  })
})
