import * as core from '@actions/core'
import { gateFailure, type Risk } from '../report/risk.js'
import type { ActionContext } from './action-context.js'

/** The gate (`fail-on`): fails the step with why, once everything else is written. */
export function failOnRisk(ctx: ActionContext, risk: Risk): void {
  const failure = gateFailure(risk, ctx.inputs.failOn)
  if (failure) core.setFailed(`Blast radius gate: ${failure}. The report and the outputs are written first.`)
}
