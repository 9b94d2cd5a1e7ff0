import * as core from '@actions/core'
import { InputError, readInputs } from './action/inputs.js'
import { runAction } from './action/run-action.js'
import { readRunnerEnv, RunnerEnvError } from './action/runner-env.js'

/** The action's entry: analyse the pull request and publish the report. */
export async function run(): Promise<void> {
  try {
    await runAction(readRunnerEnv(), readInputs())
  } catch (error) {
    if (error instanceof InputError || error instanceof RunnerEnvError) core.setFailed(error.message)
    else core.setFailed(`blast-radius: internal error: ${(error as Error).stack ?? String(error)}`)
  }
}
