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

/** Reads a pull request object (REST `pull-request`, `pull-request-simple`, or a payload's `pull_request`). */
export function toPullRequestRef(raw: unknown): PullRequestRef {
  const number = integerAt(raw, 'number')
  const headSha = stringAt(raw, 'head', 'sha')
  const baseSha = stringAt(raw, 'base', 'sha')
  if (number === undefined || !headSha || !baseSha) throw new Error('a pull request without number, head.sha or base.sha')
  const headRepo = stringAt(raw, 'head', 'repo', 'full_name')
  const baseRepo = stringAt(raw, 'base', 'repo', 'full_name')
  return {
    number,
    headSha,
    baseSha,
    changedFiles: integerAt(raw, 'changed_files'),
    // A deleted fork has no head.repo: its branch still came from elsewhere.
    fromFork: headRepo === undefined || headRepo !== baseRepo,
  }
}
