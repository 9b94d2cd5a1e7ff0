import type { ActionInputs } from './inputs.js'
import { createGitHub, type GitHub } from './octokit.js'
import type { RunnerEnv } from './runner-env.js'

/** What every part of one run shares: where it runs, what it was asked, and the REST client when there is a token. */
export interface ActionContext {
  readonly env: RunnerEnv
  readonly inputs: ActionInputs
  /** Absent without a github-token: the run then reports to the job summary only. */
  readonly github: GitHub | undefined
  /** performance.now() at the start, for the report's footer. */
  readonly started: number
}

export function createActionContext(env: RunnerEnv, inputs: ActionInputs): ActionContext {
  return { env, inputs, github: inputs.token ? createGitHub(inputs.token, env.apiUrl) : undefined, started: performance.now() }
}

/** The repository's names, and nothing else: request parameters must not carry the rest of the context. */
export function repoOf(ctx: ActionContext): { owner: string; repo: string } {
  return { owner: ctx.env.owner, repo: ctx.env.repo }
}

/** The repository's web address, for links in the report. */
export function repoUrl(ctx: ActionContext): string {
  return `${ctx.env.serverUrl}/${ctx.env.owner}/${ctx.env.repo}`
}
