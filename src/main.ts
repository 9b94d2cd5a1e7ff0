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
    if (error instanceof InputError || error instanceof RunnerEnvError || error instanceof GitHubAnswerError) core.setFailed(messageOf(error))
    // GitHub's own refusal or failure is news for the user, not a bug of ours: its message, no stack.
    else if (httpStatus(error) !== undefined) core.setFailed(`GitHub answered ${httpStatus(error)}: ${messageOf(error)}`)
    else core.setFailed(`blast-radius: internal error: ${(error as Error).stack ?? String(error)}`)
  }
}
