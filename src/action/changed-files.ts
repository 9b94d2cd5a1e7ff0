import type { ChangedFile, ChangeStatus } from '../core/model.js'
import { patchHunks } from '../git/hunks.js'
import { diffNameStatus } from './git.js'
import { collectPages, isListedFile } from './github-answer.js'
import type { GitHub } from './octokit.js'
import type { PullRequestRef } from './pull-request.js'
import { messageOf } from './message-of.js'

/** pulls.listFiles gives at most this many files, however many pages are asked for. */
export const LIST_FILES_CAP = 3000
/** The pages that cap takes at 100 a page, and one more: GitHub's own end of the list. */
const MAX_FILE_PAGES = LIST_FILES_CAP / 100 + 1

export interface ChangeList {
  /** Paths relative to the repository root, as GitHub and git name them. */
  readonly files: readonly ChangedFile[]
  readonly source: 'api' | 'git'
  /** Set when the list is known to miss files: the report must say so. */
  readonly truncated?: string
  /** Set when the list is complete but came from elsewhere than asked: the report says so. */
  readonly note?: string
}

const API_STATUSES = new Set<string>(['added', 'modified', 'removed', 'renamed', 'copied', 'changed'])
const FULL_HISTORY = 'check out with fetch-depth: 0'

/**
 * The PR's changed files from the API, all pages; past GitHub's cap (or without a token to ask it)
 * from the checkout's git history; a visible note where neither can tell.
 */
export async function prChangedFiles(
  github: GitHub | undefined,
  repo: { owner: string; repo: string },
  pr: PullRequestRef,
  gitDir: string,
): Promise<ChangeList> {
  if (!github) {
    return fromCheckout(
      gitDir,
      pr.baseSha,
      pr.headSha,
      `without a github-token the changed files of #${pr.number} come from git, and the checkout does not hold both its base and head (${FULL_HISTORY}): none are known`,
    )
  }
  let listed
  try {
    // Named one by one: the query string carries per_page and page only, whatever else the caller holds.
    const pages = github.paginate.iterator(github.rest.pulls.listFiles, {
      owner: repo.owner,
      repo: repo.repo,
      pull_number: pr.number,
      per_page: 100,
    })
    listed = await collectPages(pages, `the changed files of #${pr.number}`, isListedFile, MAX_FILE_PAGES)
  } catch (error) {
    // The PR gone (404), GitHub down after the retries, no answer or a malformed one: the checkout can still tell.
    const why = `GitHub did not list the changed files of #${pr.number} (${messageOf(error)})`
    const fromGit = await fromCheckout(
      gitDir,
      pr.baseSha,
      pr.headSha,
      `${why}, and the checkout does not hold both its base and head (${FULL_HISTORY}): none are known`,
    )
    return fromGit.truncated ? fromGit : { ...fromGit, note: `${why}; they come from the checkout's git history.` }
  }
  const files: ChangedFile[] = listed
    .filter((f) => API_STATUSES.has(f.status))
    .map((f) => ({
      path: f.filename,
      status: f.status as ChangeStatus,
      ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
      ...hunksOf(f),
    }))
  if (listed.length < LIST_FILES_CAP && (pr.changedFiles ?? 0) <= listed.length) return { files, source: 'api' }

  const fromGit = await diffNameStatus(gitDir, pr.baseSha, pr.headSha)
  if (fromGit) return { files: fromGit, source: 'git' }
  const count = pr.changedFiles && pr.changedFiles > listed.length ? `${pr.changedFiles}` : `more than ${listed.length}`
  return {
    files,
    source: 'api',
    truncated:
      `GitHub lists only the first ${listed.length} of ${count} changed files, and the checkout does not hold both ` +
      `the base and the head commit to list the rest (${FULL_HISTORY}). Files past the first ${listed.length} are not analysed.`,
  }
}

/** The changed files of a push that no pull request covers: the pushed range, from the checkout. */
export async function pushChangedFiles(gitDir: string, before: string | undefined, after: string): Promise<ChangeList> {
  if (!before) return { files: [], source: 'git', truncated: 'the push names no earlier commit, so no changed files are known' }
  return fromCheckout(
    gitDir,
    before,
    after,
    `the checkout does not hold the pushed range ${before.slice(0, 7)}..${after.slice(0, 7)} (${FULL_HISTORY}), so no changed files are known`,
  )
}

async function fromCheckout(gitDir: string, base: string, head: string, unknown: string): Promise<ChangeList> {
  const files = await diffNameStatus(gitDir, base, head)
  return files ? { files, source: 'git' } : { files: [], source: 'git', truncated: unknown }
}

/** The changed lines of a listed file, from its `patch` (GitHub leaves it out of large and binary diffs: then none are known). */
function hunksOf(file: object): Pick<ChangedFile, 'hunks'> {
  const patch = (file as { patch?: unknown }).patch
  return typeof patch === 'string' && patch ? { hunks: patchHunks(patch) } : {}
}
