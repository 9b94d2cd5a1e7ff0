import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'

/** What the runner tells a JavaScript action through its environment. */
export interface RunnerEnv {
  readonly eventName: string
  /** The webhook payload of the event; `{}` when there is none (a run outside a runner). */
  readonly payload: Readonly<Record<string, unknown>>
  readonly owner: string
  readonly repo: string
  /** GITHUB_SHA: for pull_request the merge commit, for pull_request_target the base branch's tip. */
  readonly sha: string
  readonly workspace: string
  readonly apiUrl: string
  /** The web address of GitHub (or a GitHub Enterprise server), for links in the report. */
  readonly serverUrl: string
  readonly runId: string
  /** The running workflow's file name (blast-radius.yml), for the report's re-run link. */
  readonly workflowFile?: string
  readonly runnerTemp: string
  /** Set only inside a runner that offers the artifact service. */
  readonly hasArtifactService: boolean
}

export class RunnerEnvError extends Error {}

export function readRunnerEnv(env: NodeJS.ProcessEnv = process.env): RunnerEnv {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readPayload(env.GITHUB_EVENT_PATH),
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/<file>@<ref>
    workflowFile: env.GITHUB_WORKFLOW_REF?.match(/\/\.github\/workflows\/([^@/]+)@/)?.[1],
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    hasArtifactService: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
  }
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new RunnerEnvError(`GITHUB_EVENT_PATH: cannot read ${path}: ${(error as Error).message}`)
  }
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch (error) {
    throw new RunnerEnvError(`GITHUB_EVENT_PATH: ${path} is not JSON: ${(error as Error).message}`)
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new RunnerEnvError(`GITHUB_EVENT_PATH: ${path} does not hold an event object`)
  }
  return payload as Record<string, unknown>
}
