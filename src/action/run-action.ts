import * as core from '@actions/core'
import { createActionContext } from './action-context.js'
import { loadCacheService } from './facts-cache.js'
import type { ActionInputs } from './inputs.js'
import { setOutputs } from './outputs.js'
import { runForkReport } from './run-fork-report.js'
import { runPullRequest } from './run-pull-request.js'
import { runPush } from './run-push.js'
import type { RunnerEnv } from './runner-env.js'
import { writeSummary } from './summary.js'
import { resolveTarget } from './target.js'

/** One run of the action: decide what to report on, and hand it to the run of that kind. */
export async function runAction(env: RunnerEnv, inputs: ActionInputs): Promise<void> {
  const ctx = createActionContext(env, inputs)
  if (!ctx.github) core.warning('No github-token: the report goes to the job summary only.')
  const target = await resolveTarget(ctx)
  switch (target.kind) {
    case 'nothing':
      core.notice(`Blast radius: ${target.reason}`)
      await writeSummary(`### Blast radius\n\nNothing to report: ${target.reason}.\n`)
      setOutputs(undefined, {})
      return
    case 'fork-report':
      return runForkReport(ctx, target)
    case 'push':
      void loadCacheService().catch(() => undefined)
      return runPush(ctx, target)
    case 'pull-request':
      void loadCacheService().catch(() => undefined)
      return runPullRequest(ctx, target)
  }
}
