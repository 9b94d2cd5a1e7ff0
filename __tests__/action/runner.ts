// Runs the action the way a runner does: an event file, GITHUB_* variables, INPUT_* inputs, and
// files for outputs and the job summary, read back afterwards. In process (the TypeScript run()) or
// as a child process (a bundle).
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { GitHubStandIn } from './github-stand-in.js'
import { tempDir } from './fixtures.js'

export interface RunResult {
  readonly exitCode: number
  readonly stdout: string
  readonly outputs: Record<string, string>
  /** GITHUB_OUTPUT as the action wrote it, to check its delimiters. */
  readonly outputFile: string
  readonly summary: string
  readonly warnings: string[]
  readonly notices: string[]
}

export interface RunSpec {
  readonly eventName: string
  readonly payload: unknown
  readonly workspace: string
  readonly standIn: GitHubStandIn
  readonly sha?: string
  readonly inputs?: Record<string, string>
  readonly extraEnv?: Record<string, string>
}

/** One folder per test process: @actions/core keeps the job summary's path once it has read it. */
const runnerDir = tempDir('runner')
const summaryFile = join(runnerDir, 'step-summary.md')
const outputFile = join(runnerDir, 'output.txt')
/** The runs' RUNNER_TEMP, to look at what a run left there. */
export const runnerTemp = join(runnerDir, 'temp')

/** The environment the runner gives a JavaScript action step. */
export function runnerEnv(spec: RunSpec): Record<string, string> {
  const eventFile = join(runnerDir, 'event.json')
  writeFileSync(eventFile, JSON.stringify(spec.payload))
  writeFileSync(summaryFile, '')
  writeFileSync(outputFile, '')
  mkdirSync(runnerTemp, { recursive: true })
  const inputs: Record<string, string> = { 'github-token': spec.standIn.token, ...spec.inputs }
  return {
    GITHUB_EVENT_NAME: spec.eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: `${spec.standIn.owner}/${spec.standIn.repo}`,
    GITHUB_SHA: spec.sha ?? '',
    GITHUB_WORKSPACE: spec.workspace,
    GITHUB_API_URL: spec.standIn.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runnerTemp,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...spec.extraEnv,
  }
}

function result(exitCode: number, stdout: string): RunResult {
  const commands = (name: string) => [...stdout.matchAll(new RegExp(`^::${name}(?: [^:]*)?::(.*)$`, 'gm'))].map((m) => m[1]!)
  const written = readFileSync(outputFile, 'utf8')
  return {
    exitCode,
    stdout,
    outputs: parseOutputs(written),
    outputFile: written,
    summary: readFileSync(summaryFile, 'utf8'),
    warnings: commands('warning'),
    notices: commands('notice'),
  }
}

/** GITHUB_OUTPUT's format: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<]+)<<(.+)$/)
    if (!m) continue
    const value: string[] = []
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i]!)
    outputs[m[1]!] = value.join('\n')
  }
  return outputs
}

/**
 * Calls `run` in this process with the runner's environment in place of the test's, catching what
 * @actions/core writes to stdout (its workflow commands); the environment is restored afterwards.
 */
export async function runInProcess(spec: RunSpec, run: () => Promise<void>): Promise<RunResult> {
  const saved = { ...process.env }
  for (const key of Object.keys(process.env)) if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(key)) delete process.env[key]
  Object.assign(process.env, runnerEnv(spec))
  const write = process.stdout.write
  let stdout = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  }) as typeof process.stdout.write
  process.exitCode = 0
  try {
    await run()
  } finally {
    process.stdout.write = write
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
  const exitCode = Number(process.exitCode ?? 0)
  process.exitCode = 0
  return result(exitCode, stdout)
}

const execFileAsync = promisify(execFile)

/** Runs a bundled action as the runner does: `node <bundle>` with only the runner's environment (and PATH for git). */
export async function runBundle(spec: RunSpec, bundle: string): Promise<RunResult> {
  try {
    const { stdout } = await execFileAsync(process.execPath, [bundle], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...runnerEnv(spec) },
      cwd: spec.workspace,
    })
    return result(0, stdout)
  } catch (error) {
    const failed = error as { code?: number; stdout?: string }
    if (typeof failed.code !== 'number') throw error
    return result(failed.code, failed.stdout ?? '')
  }
}
