import * as core from '@actions/core'
import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { ChangeAnalysis } from '../change/analyze-change.js'
import { analyzeRepository } from '../change/analyze-repository.js'
import { readCodeowners } from '../change/read-codeowners.js'
import { VERSION } from '../core/version.js'
import type { ReportInput } from '../report/report-input.js'
import { repoUrl, type ActionContext } from './action-context.js'
import type { ChangeList } from './changed-files.js'
import { restoreFactsCache, saveFactsCache } from './facts-cache.js'
import { workTreeRoot } from './git.js'
import { InputError } from './inputs.js'
import { writeImpactJson } from './report-file.js'
import { folderInRepo, scopeChanges } from './scope.js'

/** What one analysed folder gives every kind of run: the analysis, the impact JSON, and what the reader must know. */
export interface FolderAnalysis {
  readonly dir: string
  /** The analysed folder inside the repository ('' for its root): links and CODEOWNERS name paths from the root. */
  readonly folder: string
  readonly analysis: ChangeAnalysis
  readonly reportJson: string
  readonly notes: readonly string[]
  /** The change list misses files: the report's risk cannot be "low". */
  readonly changesIncomplete: boolean
  /**
   * The facts cache's save, under way while the snapshot, the comment and the summary are made (none
   * of them needs it): awaited as the run ends. It never rejects (a cache problem is a line in the log).
   */
  readonly cacheSaved: Promise<void>
}

/** The analysed folder, checked to be a folder inside the workspace (through any symlink). */
export async function analysisDir(ctx: ActionContext): Promise<string> {
  const { workspace } = ctx.env
  const { workingDirectory } = ctx.inputs
  const dir = resolve(workspace, workingDirectory)
  if (
    !(await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    throw new InputError(
      `working-directory: '${workingDirectory}' is not a folder in the workspace ${workspace} (did a checkout step run?)`,
    )
  }
  // The checked-out code may make the folder a symlink to elsewhere on the runner: only the workspace is read.
  const [real, realWorkspace] = await Promise.all([realpath(dir), realpath(workspace)])
  if (real !== realWorkspace && !real.startsWith(realWorkspace + sep)) {
    throw new InputError(
      `working-directory: '${workingDirectory}' leads out of the workspace (a symlink to ${real}); only files in the workspace are read`,
    )
  }
  return dir
}

/** Builds the graph of the folder and analyses the changes that fall inside it; the notes gain what the reader must know. */
export async function analyseFolder(
  ctx: ActionContext,
  dir: string,
  changes: ChangeList,
  given: readonly string[],
): Promise<FolderAnalysis> {
  const { env, inputs } = ctx
  const notes = [...given]
  const root = (await workTreeRoot(dir)) ?? env.workspace
  const folder = folderInRepo(root, dir)
  const scoped = scopeChanges(changes.files, folder)
  for (const note of [changes.truncated, changes.note]) {
    if (note === undefined) continue
    core.warning(note)
    notes.push(note)
  }
  if (changes.source === 'git' && !changes.truncated) core.info(`Changed files listed by git: ${changes.files.length}`)
  if (scoped.outside) {
    notes.push(
      `${scoped.outside} changed file${scoped.outside === 1 ? ' lies' : 's lie'} outside ${folder} and ${scoped.outside === 1 ? 'is' : 'are'} not analysed.`,
    )
  }
  const factsCache = await restoreFactsCache(env.runnerTemp, inputs.workingDirectory, env.sha)
  const analysis = await analyzeRepository(dir, scoped.inside, {
    include: inputs.include,
    exclude: inputs.exclude,
    maxFileBytes: inputs.maxFileBytes,
    ...(inputs.pythonPaths.length && { settings: { 'python-paths': { values: inputs.pythonPaths, from: 'the python-paths input' } } }),
    precision: inputs.precision,
    ...(inputs.declarations !== undefined && { declaredFile: inputs.declarations }),
    // GitHub reads CODEOWNERS at the repository's root, whatever folder is analysed.
    codeowners: readCodeowners(await codeownersRoot(root, env.workspace)) ?? null,
    cacheDir: factsCache.dir,
    onProgress: (m) => {
      core.info(m)
    },
    onWarning: (m) => {
      core.warning(m)
    },
  })
  const cacheSaved = saveFactsCache(factsCache)
  const { stats } = analysis.graph
  core.info(`Graph: ${stats.files} files, ${stats.edges} edges in ${stats.ms} ms`)
  const reportJson = await writeImpactJson(env.runnerTemp, inputs.workingDirectory, analysis.impact)
  return { dir, folder, analysis, reportJson, notes, changesIncomplete: changes.truncated !== undefined, cacheSaved }
}

/** Where CODEOWNERS is read: the repository's root when it lies in the workspace (nothing outside it is read), else the workspace. */
async function codeownersRoot(root: string, workspace: string): Promise<string> {
  const [realRoot, realWorkspace] = await Promise.all([realpath(root), realpath(workspace)])
  const up = relative(realWorkspace, realRoot)
  return up === '' || (!up.startsWith('..') && !isAbsolute(up)) ? root : workspace
}

/** The part of the report's input every kind of run shares. */
export function reportBasics(ctx: ActionContext, folder: FolderAnalysis, extraNotes: readonly string[]): ReportInput {
  return {
    analysis: folder.analysis,
    workingDirectory: ctx.inputs.workingDirectory,
    pathPrefix: folder.folder,
    thresholds: ctx.inputs.riskThresholds,
    version: VERSION,
    analysisMs: performance.now() - ctx.started,
    now: new Date(),
    repoUrl: repoUrl(ctx),
    notes: [...folder.notes, ...extraNotes],
    changesIncomplete: folder.changesIncomplete,
  }
}
