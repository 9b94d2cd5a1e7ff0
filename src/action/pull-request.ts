import { isObjectId } from '../git/run-git.js'
import { integerAt, stringAt } from './json-fields.js'

/** The few facts about a pull request the action needs, from a webhook payload or a REST answer alike. */
export interface PullRequestRef {
  readonly number: number
  readonly headSha: string
  readonly baseSha: string
  /** GitHub's count of changed files, when the source gives it: it shows whether listFiles stopped at its cap. */
  readonly changedFiles?: number
  /** The head branch lives in another repository: its runs get a read-only token. */
  readonly fromFork: boolean
}

/** A commit id as git names it: 40 hex digits (SHA-1) or 64 (SHA-256). Anything else may be an option to git. */
export function isCommitSha(value: unknown): value is string {
  return typeof value === 'string' && isObjectId(value)
}

/**
 * Reads a pull request object (REST `pull-request`, `pull-request-simple`, or a payload's
 * `pull_request`); undefined when it lacks a number or commit ids, for the caller to say whose answer
 * was malformed.
 */
export function toPullRequestRef(raw: unknown): PullRequestRef | undefined {
  const number = integerAt(raw, 'number')
  const headSha = stringAt(raw, 'head', 'sha')
  const baseSha = stringAt(raw, 'base', 'sha')
  if (number === undefined || number < 1 || !isCommitSha(headSha) || !isCommitSha(baseSha)) return undefined
  const headRepo = stringAt(raw, 'head', 'repo', 'full_name')
  const baseRepo = stringAt(raw, 'base', 'repo', 'full_name')
  const changedFiles = integerAt(raw, 'changed_files')
  return {
    number,
    headSha,
    baseSha,
    ...(changedFiles !== undefined && { changedFiles }),
    // A deleted fork has no head.repo: its branch still came from elsewhere.
    fromFork: headRepo === undefined || headRepo !== baseRepo,
  }
}

/** An entry of a list of pull requests (a commit's, a branch's): what choosing one needs. */
export function isListedPullRequest(item: unknown): item is { number: number; state: string; head: { sha: string } } {
  return integerAt(item, 'number') !== undefined && stringAt(item, 'state') !== undefined && stringAt(item, 'head', 'sha') !== undefined
}
