import * as core from '@actions/core'
import { GitHubAnswerError } from './action/github-answer.js'
import { InputError, readInputs } from './action/inputs.js'
import { messageOf } from './action/message-of.js'
import { runAction } from './action/run-action.js'
import { RunnerEnvError, readRunnerEnv } from './action/runner-env.js'
import { httpStatus } from './core/http-status.js'

/** The action's entry: analyse the pull request and publish the report. */
export async function run(): Promise<void> {
  try {
    await runAction(readRunnerEnv(), readInputs())
  } catch (error) {
    if (error instanceof InputError || error instanceof RunnerEnvError || error instanceof GitHubAnswerError)
      core.setFailed(messageOf(error))
    // GitHub's own refusal or failure is news for the user, not a bug of ours: its message, no stack. Octokit
    // gives status 500 to an answer that never came or could not be read: that is said as such.
    else if (httpStatus(error) !== undefined)
      core.setFailed(`${answered(error) ? `GitHub answered ${httpStatus(error)}` : 'No usable answer from GitHub'}: ${messageOf(error)}`)
    else core.setFailed(`blast-radius: internal error: ${(error as Error).stack ?? String(error)}`)
  }
}

/** Whether a failed request had an answer from GitHub (Octokit's RequestError carries it), rather than none. */
function answered(error: unknown): boolean {
  return typeof (error as { response?: unknown }).response === 'object'
}
