import { context } from '@actions/github'
import { accessSync, constants } from 'node:fs'
import { tmpdir } from 'node:os'

/** What the runner tells a JavaScript action: the event and the run, as @actions/github's context reads them. */
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

type Context = typeof context

/**
 * The runner's context, read now. @actions/github builds its `context` once, when first imported; a
 * process that sets the runner's environment afterwards (the tests, GitHub's local-action, which
 * gives its own `context`) needs one read at the time of the run, from the same class.
 */
function currentContext(): Context {
  const path = process.env.GITHUB_EVENT_PATH
  if (path) {
    // The context only prints a missing event file and reads on; a run without its event cannot be right.
    try {
      accessSync(path, constants.R_OK)
    } catch (error) {
      throw new RunnerEnvError(`GITHUB_EVENT_PATH: cannot read ${path}: ${(error as Error).message}`)
    }
  }
  try {
    return new (context.constructor as new () => Context)()
  } catch (error) {
    throw new RunnerEnvError(`GITHUB_EVENT_PATH: ${path} is not JSON: ${(error as Error).message}`)
  }
}

export function readRunnerEnv(env: NodeJS.ProcessEnv = process.env): RunnerEnv {
  const ctx = currentContext()
  // Checked, not trusted: the event file may hold any JSON.
  const payload: unknown = ctx.payload
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new RunnerEnvError(`GITHUB_EVENT_PATH: ${env.GITHUB_EVENT_PATH} does not hold an event object`)
  }
  const { owner, repo } = repositoryOf(ctx)
  return {
    eventName: text(ctx.eventName),
    payload: payload as Record<string, unknown>,
    owner,
    repo,
    sha: text(ctx.sha),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    apiUrl: ctx.apiUrl.replace(/\/+$/, '') || 'https://api.github.com',
    serverUrl: ctx.serverUrl.replace(/\/+$/, '') || 'https://github.com',
    runId: Number.isSafeInteger(ctx.runId) ? String(ctx.runId) : '',
    // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/<file>@<ref>
    workflowFile: env.GITHUB_WORKFLOW_REF?.match(/\/\.github\/workflows\/([^@/]+)@/)?.[1],
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    hasArtifactService: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
  }
}

/** context.repo, or empty names where it throws: a run outside a runner has no GITHUB_REPOSITORY, and a payload may lack its repository. */
function repositoryOf(ctx: Context): { owner: string; repo: string } {
  try {
    const { owner, repo } = ctx.repo
    return { owner: typeof owner === 'string' ? owner : '', repo: typeof repo === 'string' ? repo : '' }
  } catch {
    return { owner: '', repo: '' }
  }
}

/** The context's fields are typed as strings but are undefined where the runner sets no variable. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
