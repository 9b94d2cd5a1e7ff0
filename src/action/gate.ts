import * as core from '@actions/core'
import type { ReportFacts } from '../report/report-facts.js'
import { gateFailure } from '../report/risk.js'
import type { ActionContext } from './action-context.js'

/** The gate (`fail-on`): fails the step with why, once everything else is written. */
export function failOnRisk(ctx: ActionContext, facts: ReportFacts): void {
  const failure = gateFailure(facts.risk, ctx.inputs.failOn)
  if (failure) core.setFailed(`Blast radius gate: ${failure}. The report and the outputs are written first.`)
}
