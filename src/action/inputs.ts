import * as core from '@actions/core'
import { parseSize } from '../core/parse-size.js'
import { InvalidPathError, toRepoFolder, toRepoPath } from '../core/repo-path.js'
import { parseFailOn, parseRiskThresholds, type FailOn, type RiskThresholds } from '../report/risk.js'
import type { Precision } from '../change/analyze-change.js'

export const COMMENT_MODES = ['always', 'on-impact', 'on-change', 'never'] as const
export type CommentMode = (typeof COMMENT_MODES)[number]
export const SNAPSHOT_MODES = ['artifact', 'branch', 'none'] as const
const PRECISIONS: readonly Precision[] = ['files', 'names']
export type SnapshotMode = (typeof SNAPSHOT_MODES)[number]

export interface ActionInputs {
  /** Empty when the workflow passes none: the run then reports to the job summary only. */
  readonly token: string
  readonly prNumber?: number
  /** Normalised: '.' for the workspace itself, else a relative path with '/' and no trailing slash. */
  readonly workingDirectory: string
  readonly commentMode: CommentMode
  /** A report that says something new is posted as a new comment, and the one it replaces is minimised as outdated. */
  readonly hideOutdated: boolean
  readonly snapshot: SnapshotMode
  readonly snapshotBranch: string
  readonly include: readonly string[]
  readonly exclude: readonly string[]
  /** Where `snapshot-branch` is served with GitHub Pages, for a viewer link that opens in the browser. */
  readonly pagesUrl?: string
  /** Files larger than this are skipped and listed. */
  readonly maxFileBytes: number
  /** `python-paths`: folders (relative to working-directory; '' for it) on every Python file's path, after .blast-radius.yml's. */
  readonly pythonPaths: readonly string[]
  /** `precision`: which radius drives the figures (issue 17); the other is shown beside it. */
  readonly precision: Precision
  /** `declarations`: the declarations file instead of .blast-radius.yml, relative to working-directory. */
  readonly declarations?: string
  /** The lowest risk level that fails the step, after the comment, summary and outputs are written. */
  readonly failOn: FailOn
  readonly riskThresholds: RiskThresholds
  /** Ask the CODEOWNERS owners of the change for a review. */
  readonly requestReviewers: boolean
}

/** A pull request number as a person writes it, and one Number() keeps exact (from 2^53 on it rounds to another). */
export function isPrNumber(raw: string): boolean {
  return /^[1-9]\d*$/.test(raw) && Number.isSafeInteger(Number(raw))
}

/** A misconfigured input: the message names the input and what it accepts. */
export class InputError extends Error {}

/**
 * The inputs of action.yml with the same defaults applied here, so an empty input (as outside a
 * runner, or `with: comment-mode: ''`) behaves like an absent one.
 */
export function readInputs(get: (name: string) => string = (name) => core.getInput(name)): ActionInputs {
  const value = (name: string, fallback: string) => get(name).trim() || fallback
  const prNumber = value('pr-number', '')
  if (prNumber && !isPrNumber(prNumber)) {
    throw new InputError(`pr-number: expected a pull request number, got '${prNumber}'`)
  }
  return {
    token: value('github-token', ''),
    prNumber: prNumber ? Number(prNumber) : undefined,
    workingDirectory: normaliseFolder(value('working-directory', '.')),
    commentMode: oneOf('comment-mode', value('comment-mode', 'always'), COMMENT_MODES),
    hideOutdated: bool('hide-outdated', value('hide-outdated', 'false')),
    snapshot: oneOf('snapshot', value('snapshot', 'artifact'), SNAPSHOT_MODES),
    snapshotBranch: value('snapshot-branch', 'blast-radius-snapshots'),
    include: lines(get('include')),
    exclude: lines(get('exclude')),
    pagesUrl: httpsUrl('pages-url', value('pages-url', '')),
    maxFileBytes: size('max-file-size', value('max-file-size', '2MB')),
    pythonPaths: lines(get('python-paths')).map((line) => folderInside('python-paths', line)),
    precision: oneOf('precision', value('precision', 'files'), PRECISIONS),
    ...(value('declarations', '') && { declarations: fileInside('declarations', value('declarations', '')) }),
    failOn: parsed('fail-on', value('fail-on', 'never'), parseFailOn),
    riskThresholds: parsed('risk-thresholds', value('risk-thresholds', '10,50,250'), parseRiskThresholds),
    requestReviewers: bool('request-reviewers', value('request-reviewers', 'false')),
  }
}

/** A value the report's own parser reads; its RangeError becomes an InputError that names the input once. */
function parsed<T>(name: string, raw: string, parse: (text: string) => T): T {
  try {
    return parse(raw)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    throw new InputError(`${name}: ${error.message.replace(/^[a-z -]+: /, '')}`)
  }
}

/** `true` or `false`, as YAML 1.2's core schema spells them (GitHub's own boolean inputs). */
function bool(name: string, raw: string): boolean {
  if (/^(true|True|TRUE)$/.test(raw)) return true
  if (/^(false|False|FALSE)$/.test(raw)) return false
  throw new InputError(`${name}: expected true or false, got '${raw}'`)
}

function httpsUrl(name: string, raw: string): string | undefined {
  if (!raw) return undefined
  if (!/^https?:\/\/[^\s"'<>]+$/.test(raw)) throw new InputError(`${name}: expected an http(s) URL, got '${raw}'`)
  return raw
}

function size(name: string, raw: string): number {
  try {
    return parseSize(raw)
  } catch {
    throw new InputError(`${name}: expected a size such as 2MB, 500KB or a number of bytes, got '${raw}'`)
  }
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(raw)) return raw as T
  throw new InputError(`${name}: expected one of ${allowed.join(', ')}, got '${raw}'`)
}

function lines(raw: string): string[] {
  return raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
}

/** The folder as a workspace-relative path ('.' for the workspace); one that is absolute or climbs out is refused. */
function normaliseFolder(raw: string): string {
  if (!raw.startsWith('/') && raw.split(/[\\/]/).every((part) => part === '' || part === '.')) return '.'
  return insideOrRefused('working-directory', raw, 'a folder inside the workspace', toRepoPath)
}

/** A folder inside the analysed one ('' for itself): one that is absolute or climbs out is refused. */
function folderInside(name: string, raw: string): string {
  return insideOrRefused(name, raw, 'a folder inside working-directory', toRepoFolder)
}

/** A file inside the analysed folder: one that is absolute or climbs out is refused. */
function fileInside(name: string, raw: string): string {
  return insideOrRefused(name, raw, 'a file inside working-directory', toRepoPath)
}

/** `raw` as `convert` reads it; a path that is absolute or climbs out is the input's error, saying what was expected. */
function insideOrRefused(name: string, raw: string, expected: string, convert: (raw: string) => string): string {
  try {
    return convert(raw)
  } catch (error) {
    if (error instanceof InvalidPathError) throw new InputError(`${name}: expected ${expected}, got '${raw}'`)
    throw error
  }
}

/**
 * The working directory as one file-name-safe word, for the files, artifacts and cache keys of one
 * analysed folder. Two folders never share one: `_` is written `_1` and `/` is written `__`, so `a/b`
 * is `a__b` and `a__b` is `a_1_1b`; and the workspace itself is `_root`, which no folder's word can be
 * (after `_` comes `_` or `1`).
 */
export function folderSlug(workingDirectory: string): string {
  return workingDirectory === '.' ? '_root' : workingDirectory.replaceAll('_', '_1').replaceAll('/', '__')
}
