import * as core from '@actions/core'
import { InputError, readInputs } from './action/inputs.js'
import { httpStatus } from './action/octokit.js'
import { runAction } from './action/run-action.js'
import { readRunnerEnv, RunnerEnvError } from './action/runner-env.js'

/** The action's entry: analyse the pull request and publish the report. */
export async function run(): Promise<void> {
  try {
    await runAction(readRunnerEnv(), readInputs())
  } catch (error) {
    if (error instanceof InputError || error instanceof RunnerEnvError) core.setFailed(error.message)
    // GitHub's own refusal or failure is news for the user, not a bug of ours: its message, no stack.
    else if (httpStatus(error) !== undefined) core.setFailed(`GitHub answered ${httpStatus(error)}: ${(error as Error).message}`)
    else core.setFailed(`blast-radius: internal error: ${(error as Error).stack ?? String(error)}`)
  }
}
