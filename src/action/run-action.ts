import * as core from '@actions/core'
import { realpath, stat } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import type { ChangeAnalysis } from '../change/analyze-change.js'
import { analyzeRepository } from '../change/analyze-repository.js'
import { commentMarker, renderComment } from '../report/comment.js'
import type { ReportInput } from '../report/report-input.js'
import { reportFacts, type ReportFacts } from '../report/report-facts.js'
import { mdText } from '../format/escape.js'
import { renderSummary } from '../report/summary.js'
import { VERSION } from '../core/version.js'
import { prChangedFiles, pushChangedFiles, type ChangeList } from './changed-files.js'
import { checkCheckout } from './checkout-check.js'
import { restoreFactsCache, saveFactsCache } from './facts-cache.js'
import { commentFailure, upsertComment, type CommentOutcome } from './comment.js'
import { reportFingerprint } from './fingerprint.js'
import { forkArtifactName, FORK_REPORT_SCHEMA, uploadForkReport } from './fork-report.js'
import { workTreeRoot } from './git.js'
import { InputError, type ActionInputs } from './inputs.js'
import { createGitHub, type GitHub } from './octokit.js'
import { countOutputs, setOutputs } from './outputs.js'
import { postForkReport } from './post-fork-report.js'
import type { PullRequestRef } from './pull-request.js'
import { writeImpactJson } from './report-file.js'
import type { RunnerEnv } from './runner-env.js'
import { folderInRepo, scopeChanges } from './scope.js'
import { publishSnapshot } from './snapshot.js'
import { writeSummary } from './summary.js'
import { resolveTarget, type Target } from './target.js'

/** Where the docs explain the two-workflow pattern for pull requests from forks. */
export const FORK_PATTERN_DOC = 'docs/action.md#pull-requests-from-forks'

/** One run of the action: decide what to report on, analyse, and publish where this run may write. */
export async function runAction(env: RunnerEnv, inputs: ActionInputs): Promise<void> {
  const started = performance.now()
  const github = inputs.token ? createGitHub(inputs.token, env.apiUrl) : undefined
  if (!github) core.warning('No github-token: the report goes to the job summary only.')
  const target = await resolveTarget(env, inputs, github)
  switch (target.kind) {
    case 'nothing':
      core.notice(`Blast radius: ${target.reason}`)
      await writeSummary(`### Blast radius\n\nNothing to report: ${target.reason}.\n`)
      setOutputs(undefined, {})
      return
    case 'fork-report':
      return postForkReport(env, inputs, github, target)
    case 'push':
      return reportOnPush(env, inputs, github, target, started)
    case 'pull-request':
      return reportOnPullRequest(env, inputs, github, target, started)
  }
}

/** A push no open PR covers: the pushed range, in the job summary only. */
async function reportOnPush(env: RunnerEnv, inputs: ActionInputs, github: GitHub | undefined, target: Extract<Target, { kind: 'push' }>, started: number): Promise<void> {
  const dir = await analysisDir(env, inputs)
  const { analysis, reportJson, notes } = await analyse(env, inputs, dir, await pushChangedFiles(dir, target.before, target.after), [
    target.note ?? 'No open pull request has this commit as its head: this report of the pushed range is in the job summary only.',
  ])
  if (target.note) core.warning(target.note)
  const snapshot = await publishSnapshot(env, inputs, github, analysis, undefined)
  const input = { ...reportBasics(env, inputs, analysis, [...notes, ...snapshot.notes], started), headSha: target.after, snapshot: snapshot.links }
  await writeSummary(renderSummary(reportFacts(input)))
  setOutputs(countOutputs(analysis), { reportJson, snapshotUrl: snapshot.url })
}

/** A pull request: the comment where the token may write, the job summary always. */
async function reportOnPullRequest(
  env: RunnerEnv,
  inputs: ActionInputs,
  github: GitHub | undefined,
  target: Extract<Target, { kind: 'pull-request' }>,
  started: number,
): Promise<void> {
  const { pr } = target
  const dir = await analysisDir(env, inputs)
  const checkout = await checkCheckout(dir, pr, target.accepted)
  const changes = await prChangedFiles(github, env, pr, dir)
  const { analysis, reportJson, notes } = await analyse(env, inputs, dir, changes, checkout.note ? [checkout.note] : [])
  const snapshot = await publishSnapshot(env, inputs, github, analysis, pr.number)
  const input: ReportInput = {
    ...reportBasics(env, inputs, analysis, [...notes, ...snapshot.notes], started),
    headSha: checkout.head ?? pr.headSha,
    snapshot: snapshot.links,
    rerun: { prNumber: pr.number, ...(env.workflowFile && { workflowUrl: `${repoUrl(env)}/actions/workflows/${env.workflowFile}` }) },
  }
  // Computed once: the comment, its fingerprint, the summary and the fork report all say these facts.
  const facts = reportFacts(input)
  const body = renderComment(facts)
  const fingerprint = reportFingerprint(facts)
  const outcome = github ? await comment(github, env, inputs, pr, { facts, body, fingerprint }) : undefined
  await writeSummary(renderSummary(facts) + summaryTail(outcome))
  if (outcome?.kind === 'refused') await leaveForkReport(env, inputs, pr, { facts, body, fingerprint })
  setOutputs(countOutputs(analysis), { reportJson, commentUrl: outcome && 'url' in outcome ? outcome.url : undefined, snapshotUrl: snapshot.url })
  // Last, after the summary and the outputs: later `if: always()` steps still have the report.
  if (outcome?.kind === 'failed') core.setFailed(commentFailure(pr.number, outcome))
}

async function analysisDir(env: RunnerEnv, inputs: ActionInputs): Promise<string> {
  const dir = resolve(env.workspace, inputs.workingDirectory)
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) {
    throw new InputError(`working-directory: '${inputs.workingDirectory}' is not a folder in the workspace ${env.workspace} (did a checkout step run?)`)
  }
  // The checked-out code may make the folder a symlink to elsewhere on the runner: only the workspace is read.
  const [real, workspace] = await Promise.all([realpath(dir), realpath(env.workspace)])
  if (real !== workspace && !real.startsWith(workspace + sep)) {
    throw new InputError(`working-directory: '${inputs.workingDirectory}' leads out of the workspace (a symlink to ${real}); only files in the workspace are read`)
  }
  return dir
}

function repoUrl(env: RunnerEnv): string {
  return `${env.serverUrl}/${env.owner}/${env.repo}`
}

/** The part of the report's input every kind of run shares. */
function reportBasics(env: RunnerEnv, inputs: ActionInputs, analysis: ChangeAnalysis, notes: readonly string[], started: number): ReportInput {
  return {
    analysis,
    workingDirectory: inputs.workingDirectory,
    version: VERSION,
    analysisMs: performance.now() - started,
    now: new Date(),
    repoUrl: repoUrl(env),
    notes,
  }
}

/** Builds the graph of the folder and analyses the changes that fall inside it; the notes gain what the reader must know. */
async function analyse(
  env: RunnerEnv,
  inputs: ActionInputs,
  dir: string,
  changes: ChangeList,
  given: readonly string[],
): Promise<{ analysis: ChangeAnalysis; reportJson: string; notes: string[] }> {
  const notes = [...given]
  const folder = folderInRepo((await workTreeRoot(dir)) ?? env.workspace, dir)
  const scoped = scopeChanges(changes.files, folder)
  if (changes.truncated) {
    core.warning(changes.truncated)
    notes.push(changes.truncated)
  }
  if (changes.note) {
    core.warning(changes.note)
    notes.push(changes.note)
  }
  if (changes.source === 'git' && !changes.truncated) core.info(`Changed files listed by git: ${changes.files.length}`)
  if (scoped.outside) {
    notes.push(`${scoped.outside} changed file${scoped.outside === 1 ? ' lies' : 's lie'} outside ${folder} and ${scoped.outside === 1 ? 'is' : 'are'} not analysed.`)
  }
  const factsCache = await restoreFactsCache(env.runnerTemp, inputs.workingDirectory, env.sha)
  const analysis = await analyzeRepository(dir, scoped.inside, {
    include: inputs.include,
    exclude: inputs.exclude,
    maxFileBytes: inputs.maxFileBytes,
    cacheDir: factsCache.dir,
    onProgress: (m) => core.info(m),
    onWarning: (m) => core.warning(m),
  })
  await saveFactsCache(factsCache)
  const { stats } = analysis.graph
  core.info(`Graph: ${stats.files} files, ${stats.edges} edges in ${stats.ms} ms`)
  const reportJson = await writeImpactJson(env.runnerTemp, inputs.workingDirectory, analysis.impact)
  return { analysis, reportJson, notes }
}

function hasImpact(analysis: ChangeAnalysis): boolean {
  return analysis.impact.affected.total > 0 || analysis.gone.some((g) => g.stillImportedBy.length > 0)
}

/** One run's report, rendered once. */
interface RenderedReport {
  readonly facts: ReportFacts
  readonly body: string
  readonly fingerprint: string
}

async function comment(github: GitHub, env: RunnerEnv, inputs: ActionInputs, pr: PullRequestRef, report: RenderedReport): Promise<CommentOutcome> {
  const outcome = await upsertComment(
    github,
    { owner: env.owner, repo: env.repo, number: pr.number },
    {
      marker: commentMarker(inputs.workingDirectory),
      body: report.body,
      fingerprint: report.fingerprint,
      mode: inputs.commentMode,
      hasImpact: hasImpact(report.facts.input.analysis),
    },
  )
  if (outcome.kind === 'refused') {
    const why = pr.fromFork
      ? `Pull requests from forks get a read-only token: the two-workflow pattern in ${FORK_PATTERN_DOC} posts the report as a comment.`
      : `Give the job \`permissions: pull-requests: write\` (a fork's pull request needs the two-workflow pattern in ${FORK_PATTERN_DOC}).`
    core.warning(`The token may not comment on #${pr.number} (${outcome.message}); the report is in the job summary. ${why}`)
  } else if (outcome.kind === 'skipped') {
    core.info(`No comment: ${outcome.reason}`)
  } else if (outcome.kind !== 'failed') {
    // A failure is said once, by setFailed at the end of the run.
    core.info(`Comment ${outcome.kind}: ${outcome.url}${outcome.duplicatesDeleted ? ` (${outcome.duplicatesDeleted} duplicate deleted)` : ''}`)
  }
  return outcome
}

function summaryTail(outcome: CommentOutcome | undefined): string {
  if (outcome && 'url' in outcome) return `\n[The pull request comment](${outcome.url})\n`
  if (outcome?.kind === 'refused') return `\nThis run may not comment on the pull request: see ${FORK_PATTERN_DOC}.\n`
  if (outcome?.kind === 'failed') return `\n**The pull request comment could not be written**: ${mdText(outcome.message)}${outcome.status ? ` (HTTP ${outcome.status})` : ''}.\n`
  return ''
}

/** The first half of the fork pattern: leave the report where a workflow_run run with a writing token finds it. */
async function leaveForkReport(env: RunnerEnv, inputs: ActionInputs, pr: PullRequestRef, report: RenderedReport): Promise<void> {
  const name = forkArtifactName(inputs.workingDirectory)
  if (!env.hasArtifactService) {
    core.warning(`No artifact service in this run (ACTIONS_RUNTIME_TOKEN is not set): the report artifact ${name} was not uploaded.`)
    return
  }
  try {
    await uploadForkReport(env.runnerTemp, {
      schema: FORK_REPORT_SCHEMA,
      headSha: pr.headSha,
      workingDirectory: inputs.workingDirectory,
      body: report.body,
      fingerprint: report.fingerprint,
      outputs: countOutputs(report.facts.input.analysis),
    })
    core.info(`Report uploaded as the artifact ${name} for the workflow_run run to post.`)
  } catch (error) {
    // The report is already in the job summary: a failed upload loses the comment, not the result.
    core.warning(`The report artifact ${name} could not be uploaded: ${(error as Error).message}`)
  }
}
