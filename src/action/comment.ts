import { fingerprintLine } from './fingerprint.js'
import type { CommentMode } from './inputs.js'
import { httpStatus, type GitHub } from './octokit.js'

/** The login GitHub gives comments written with the workflow's own GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]'

export interface IssueRef {
  readonly owner: string
  readonly repo: string
  readonly number: number
}

export type CommentOutcome =
  | { readonly kind: 'created' | 'updated' | 'unchanged'; readonly url: string; readonly duplicatesDeleted: number }
  | { readonly kind: 'skipped'; readonly reason: string }
  /** The token may not write here (a fork's read-only token): the caller falls back to the job summary. */
  | { readonly kind: 'refused'; readonly message: string }

interface ListedComment {
  readonly id: number
  readonly body?: string
  readonly html_url: string
  readonly created_at: string
  readonly user: { readonly login: string } | null
}

export interface CommentRequest {
  /** The hidden first line of the body (commentMarker of src/report) that finds the comment again. */
  readonly marker: string
  /** The whole body, starting with the marker. */
  readonly body: string
  /** The report's fingerprint: an earlier comment that carries the same one says the same. */
  readonly fingerprint: string
  readonly mode: CommentMode
  /** Something is affected, or a removed module is still imported: what on-impact waits for. */
  readonly hasImpact: boolean
}

/**
 * One comment per PR and folder: found by its marker among the token's own comments on every page,
 * updated in place (no call when the report is the same), created when missing. When two runs raced
 * and each created one, the oldest stays and the others are deleted.
 */
export async function upsertComment(github: GitHub, issue: IssueRef, options: CommentRequest): Promise<CommentOutcome> {
  if (options.mode === 'never') return { kind: 'skipped', reason: 'comment-mode is never' }
  if (!options.body.startsWith(options.marker)) throw new Error('the comment body must start with its marker')
  const stamp = fingerprintLine(options.fingerprint)
  const body = `${options.body.trimEnd()}\n${stamp}\n`
  const target = { owner: issue.owner, repo: issue.repo }
  try {
    const self = await tokenIdentity(github)
    const listed: ListedComment[] = await github.paginate(github.rest.issues.listComments, {
      ...target,
      issue_number: issue.number,
      per_page: 100,
    })
    const ours = listed
      .filter((c) => c.user?.login === self && c.body?.includes(options.marker))
      .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id)
    const [kept, ...extra] = ours
    if (!kept && options.mode === 'on-impact' && !options.hasImpact) {
      return { kind: 'skipped', reason: 'comment-mode is on-impact and nothing is affected' }
    }
    for (const duplicate of extra) await deleteIfPresent(github, { ...target, comment_id: duplicate.id })
    if (!kept) {
      const { data } = await github.rest.issues.createComment({ ...target, issue_number: issue.number, body })
      return { kind: 'created', url: data.html_url, duplicatesDeleted: extra.length }
    }
    if (kept.body?.includes(stamp)) return { kind: 'unchanged', url: kept.html_url, duplicatesDeleted: extra.length }
    const { data } = await github.rest.issues.updateComment({ ...target, comment_id: kept.id, body })
    return { kind: 'updated', url: data.html_url, duplicatesDeleted: extra.length }
  } catch (error) {
    if (httpStatus(error) === 403) return { kind: 'refused', message: (error as Error).message }
    throw error
  }
}

/** Another run may have deleted the same duplicate a moment earlier; that is the wanted end state. */
async function deleteIfPresent(github: GitHub, ref: { owner: string; repo: string; comment_id: number }): Promise<void> {
  try {
    await github.rest.issues.deleteComment(ref)
  } catch (error) {
    if (httpStatus(error) !== 404) throw error
  }
}

/**
 * The login the token writes as. A personal or app user token can ask GET /user; the workflow's
 * GITHUB_TOKEN may not (403 "Resource not accessible by integration") and writes as github-actions[bot].
 */
async function tokenIdentity(github: GitHub): Promise<string> {
  try {
    return (await github.rest.users.getAuthenticated()).data.login
  } catch (error) {
    const status = httpStatus(error)
    if (status === 401 || status === 403 || status === 404) return ACTIONS_BOT
    throw error
  }
}
