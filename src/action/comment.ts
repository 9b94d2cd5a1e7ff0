import * as core from '@actions/core'
import { httpStatus } from '../core/http-status.js'
import { figuresChanged, parseFigures } from '../report/trend.js'
import { fingerprintLine } from './fingerprint.js'
import { collectPages, GitHubAnswerError, isComment, type ListedComment } from './github-answer.js'
import type { CommentMode } from './inputs.js'
import { isPermissionRefusal, type GitHub } from './octokit.js'
import { at, stringAt } from './json-fields.js'
import { messageOf } from './message-of.js'

/** 10,000 comments: far more than a pull request holds; past it the list is taken for a loop. */
const MAX_COMMENT_PAGES = 100
/** A create that failed is tried this often, listing in between (see createOnce). */
const CREATE_ATTEMPTS = 4

export interface IssueRef {
  readonly owner: string
  readonly repo: string
  readonly number: number
}

export type CommentOutcome =
  | {
      readonly kind: 'created' | 'updated' | 'unchanged'
      readonly url: string
      readonly duplicatesDeleted: number
      /** hide-outdated: what became of the comment the new one replaced. */
      readonly replaced?: Minimised
    }
  | { readonly kind: 'skipped'; readonly reason: string }
  /** The token may not write here (a fork's read-only token): the caller falls back to the job summary. */
  | { readonly kind: 'refused'; readonly message: string }
  /** GitHub failed or refused the comment for another reason (5xx after retries, a timeout, 422): the run says so. */
  | { readonly kind: 'failed'; readonly status?: number; readonly message: string }

/** The replaced comment, minimised as outdated, or left in view with GitHub's reason. */
export type Minimised = { readonly url: string } & ({ readonly hidden: true } | { readonly hidden: false; readonly message: string })

/** The comment a report makes. */
export interface RenderedComment {
  /** The whole body, starting with the marker. */
  readonly body: string
  /** The report's fingerprint: an earlier comment that carries the same one says the same. */
  readonly fingerprint: string
}

export interface CommentRequest {
  /** The hidden first line of the body (commentMarker of src/report) that finds the comment again. */
  readonly marker: string
  /** The report, given the body of the comment found (undefined when there is none), whose figures its trend line compares with. */
  readonly render: (previousBody: string | undefined) => RenderedComment | Promise<RenderedComment>
  readonly mode: CommentMode
  /** A new report is a new comment, and the one in view is minimised (`hide-outdated`), instead of an edit. */
  readonly hideOutdated?: boolean
  /** Something is affected, or a removed module is still imported: what on-impact waits for. */
  readonly hasImpact: boolean
}

/** Oldest first: GitHub's creation time, then its id (two comments can share a second). */
function byAge(a: ListedComment, b: ListedComment): number {
  return a.created_at.localeCompare(b.created_at) || a.id - b.id
}

/**
 * One comment per PR and folder: found by its marker, the first line of the body, among the token's
 * own comments on every page, updated in place (no call when the report is the same), created when
 * missing. When two runs raced and each created one, the oldest stays and the others are deleted.
 * With hide-outdated the newest marked comment is the one in view (the older ones were minimised when
 * it replaced them): a new report is a new comment, and the one it replaces is minimised.
 * Never throws for GitHub's answers: a refusal or a failure is an outcome the caller reports.
 */
export async function upsertComment(github: GitHub, issue: IssueRef, options: CommentRequest): Promise<CommentOutcome> {
  if (options.mode === 'never') return { kind: 'skipped', reason: 'comment-mode is never' }
  const target = { owner: issue.owner, repo: issue.repo }
  try {
    // Who the token writes as, when it may say (GET /user); else learnt from the first comment it writes.
    let self = await tokenIdentity(github)
    const listOurs = async () => {
      const pages = github.paginate.iterator(github.rest.issues.listComments, { ...target, issue_number: issue.number, per_page: 100 })
      const listed = await collectPages(pages, `the comments on #${issue.number}`, isComment, MAX_COMMENT_PAGES)
      // A marker quoted inside another comment is not ours; nor is a person's comment that starts with it.
      const author = (c: ListedComment) => (self === undefined ? c.user?.type === 'Bot' : c.user?.login === self)
      return listed.filter((c) => c.body?.startsWith(options.marker) && author(c)).sort(byAge)
    }
    let ours = await listOurs()
    const shown = options.hideOutdated ? ours.at(-1) : ours[0]
    const rendered = await options.render(shown?.body ?? undefined)
    if (!rendered.body.startsWith(options.marker)) throw new Error('the comment body must start with its marker')
    const stamp = fingerprintLine(rendered.fingerprint)
    const body = `${rendered.body.trimEnd()}\n${stamp}\n`
    const create = () => createOnce(github, { ...target, issue_number: issue.number, body }, listOurs)
    const sameReport = (kept: ListedComment) =>
      kept.body?.includes(stamp) === true || (options.mode === 'on-change' && !changedFigures(kept.body ?? '', body))
    if (shown && options.hideOutdated && sameReport(shown)) return { kind: 'unchanged', url: shown.html_url, duplicatesDeleted: 0 }
    let created: ListedComment | undefined
    if (!shown || options.hideOutdated) {
      if (options.mode === 'on-impact' && !options.hasImpact && !shown)
        return { kind: 'skipped', reason: 'comment-mode is on-impact and nothing is affected' }
      created = await create()
      self = created.user?.login ?? self
      // A page that shifted while it was read (a comment deleted in front of ours), or a racing run,
      // can hide an older marked comment: listing again finds it, and the oldest stays. With
      // hide-outdated only the comments after the one replaced are this push's: the older are history.
      ours = (await listOurs()).filter((c) => !shown || byAge(shown, c) < 0)
      if (!ours.some((c) => c.id === created!.id)) ours.push(created)
    }
    const [kept, ...others] = ours as [ListedComment, ...ListedComment[]]
    // Without a known identity, every bot's marked comment was a candidate: only the kept one's author's are duplicates.
    const extra = others.filter((c) => c.user?.login === kept.user?.login)
    for (const duplicate of extra) await deleteIfPresent(github, { ...target, comment_id: duplicate.id })
    const replaced = shown && options.hideOutdated ? { replaced: await minimiseOutdated(github, shown) } : {}
    const counts = { duplicatesDeleted: extra.length, ...replaced }
    if (kept.id === created?.id) return { kind: 'created', url: created.html_url, ...counts }
    if (sameReport(kept)) return { kind: 'unchanged', url: kept.html_url, ...counts }
    try {
      const { data } = await github.rest.issues.updateComment({ ...target, comment_id: kept.id, body })
      return { kind: 'updated', url: data.html_url, ...counts }
    } catch (error) {
      // Deleted by a person between the list and the update: the report is written anew.
      if (httpStatus(error) !== 404) throw error
      return { kind: 'created', url: (await create()).html_url, ...counts }
    }
  } catch (error) {
    if (isPermissionRefusal(error)) return { kind: 'refused', message: messageOf(error) }
    return { kind: 'failed', status: httpStatus(error), message: messageOf(error) }
  }
}

/**
 * What GitHub's GraphQL answer said, when it answered with `errors` (HTTP 200): each one's type
 * (FORBIDDEN, NOT_FOUND) and message. Read from the error Octokit throws (GraphqlResponseError) by its
 * fields, since the class is a dependency of Octokit's, not of this action.
 */
function graphqlErrors(error: unknown): string | undefined {
  const errors = at(error, 'errors')
  if (!Array.isArray(errors) || errors.length === 0) return undefined
  const said = errors.map((e) => [stringAt(e, 'type'), stringAt(e, 'message') ?? 'no message'].filter(Boolean).join(': '))
  return `GitHub's GraphQL API answered ${said.join('; ')}`
}

/** GitHub's GraphQL mutation that hides a comment behind "This comment was marked as outdated", as sticky-comment actions use it. */
const MINIMIZE_COMMENT = `mutation ($subjectId: ID!) {
  minimizeComment(input: { subjectId: $subjectId, classifier: OUTDATED }) { minimizedComment { isMinimized } }
}`

/**
 * Minimises the comment a new report replaced. The new one is already posted, so a refusal (a token
 * without the permission GraphQL checks answers FORBIDDEN) leaves two in view, and says why; it never
 * fails the run.
 */
async function minimiseOutdated(github: GitHub, comment: ListedComment): Promise<Minimised> {
  const url = comment.html_url
  if (!comment.node_id) return { url, hidden: false, message: "GitHub's comment list gave no node_id to name it by" }
  try {
    await github.graphql(MINIMIZE_COMMENT, { subjectId: comment.node_id })
    return { url, hidden: true }
  } catch (error) {
    const status = httpStatus(error)
    return { url, hidden: false, message: graphqlErrors(error) ?? `${status ? `HTTP ${status}: ` : ''}${messageOf(error)}` }
  }
}

/**
 * Writes the comment once. A create can fail after GitHub stored it (a 502 or a time-out on the way
 * back): retrying blindly writes it again, so each failed try is followed by a listing, and a marked
 * comment found there is the one written.
 */
async function createOnce(
  github: GitHub,
  comment: { owner: string; repo: string; issue_number: number; body: string },
  listOurs: () => Promise<ListedComment[]>,
): Promise<ListedComment> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await github.rest.issues.createComment({ ...comment, request: { retries: 0 } })
      if (!isComment(data)) throw new GitHubAnswerError(`GitHub's answer to the new comment on #${comment.issue_number} is malformed`)
      return data
    } catch (error) {
      const status = httpStatus(error)
      if (attempt === CREATE_ATTEMPTS || (status !== undefined && status < 500)) throw error
      const written = (await listOurs())[0]
      if (written) return written
    }
  }
}

/** `comment-mode: on-change`: whether the new body's figures differ from the kept comment's (a body without figures counts as changed). */
function changedFigures(keptBody: string, body: string): boolean {
  const now = parseFigures(body)
  return !now || figuresChanged(parseFigures(keptBody), now)
}

/** hide-outdated, in the log: the replaced comment hidden, or a warning that says why it is still in view. */
export function tellReplaced(outcome: CommentOutcome): void {
  const replaced = 'replaced' in outcome ? outcome.replaced : undefined
  if (!replaced) return
  if (replaced.hidden) core.info(`hide-outdated: the previous comment is minimised as outdated (${replaced.url})`)
  else
    core.warning(
      `hide-outdated: the previous comment (${replaced.url}) could not be minimised, so both are in view: ${replaced.message}. ` +
        'The new report is posted; minimising needs a token that may write to the pull request (pull-requests: write).',
    )
}

/** What a failed comment tells the log and the job summary: what GitHub said, and that the report is not lost. */
export function commentFailure(number: number, outcome: Extract<CommentOutcome, { kind: 'failed' }>): string {
  const status = outcome.status === undefined ? '' : ` (HTTP ${outcome.status})`
  const refused = outcome.status === 422 ? 'GitHub refused the comment' : 'GitHub failed to take the comment'
  return `${refused} on #${number}${status}: ${outcome.message}. The report is in this job's summary and outputs; re-run the job to post it.`
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
 * The login the token writes as, when it may ask GET /user (a personal or app user token). The
 * workflow's GITHUB_TOKEN and an App's installation token may not (403 "Resource not accessible by
 * integration"): they write as a bot whose login (github-actions[bot], <app-slug>[bot]) is learnt
 * from the first comment written.
 */
async function tokenIdentity(github: GitHub): Promise<string | undefined> {
  try {
    return (await github.rest.users.getAuthenticated()).data.login
  } catch (error) {
    const status = httpStatus(error)
    if (status === 401 || status === 403 || status === 404) return undefined
    throw error
  }
}
