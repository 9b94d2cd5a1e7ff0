import { GitError, runGit } from './run-git.js'

/** What `diff` compares: a base commit, and a head commit or the working tree. */
export interface GitRange {
  readonly base: string
  /** The head commit; undefined for the working tree (tracked changes, and untracked files as added). */
  readonly head?: string
  /** The folder analysed, relative to the top of the work tree ('' at the top). */
  readonly prefix: string
}

/** Branches tried, in order, when the remote's HEAD is not known. */
const DEFAULT_BRANCHES = ['main', 'master', 'origin/main', 'origin/master']

/**
 * The merge-base of `base` (default: the default branch) and `head` (default: HEAD), as a pull request
 * compares them, and `head` itself when given. Throws GitError with a message for the user.
 */
export async function resolveRange(dir: string, refs: { base?: string; head?: string }): Promise<GitRange> {
  if ((await runGit(dir, ['rev-parse', '--is-inside-work-tree']).catch(() => '')).trim() !== 'true') {
    throw new GitError('diff needs a git work tree (--repo is not inside one)')
  }
  const prefix = (await runGit(dir, ['rev-parse', '--show-prefix'])).trim().replace(/\/$/u, '')
  const head = refs.head === undefined ? undefined : await commitOf(dir, refs.head, '--head')
  const baseRef = refs.base ?? (await defaultBranch(dir))
  const baseCommit = await commitOf(dir, baseRef, '--base')
  let base: string
  try {
    base = (await runGit(dir, ['merge-base', '--end-of-options', baseCommit, head ?? 'HEAD'])).trim()
  } catch {
    throw new GitError(`${baseRef} and ${refs.head ?? 'HEAD'} have no common history: pass --base`)
  }
  return { base, ...(head !== undefined && { head }), prefix }
}

async function commitOf(dir: string, ref: string, option: string): Promise<string> {
  if (ref.startsWith('-')) throw new GitError(`${option}: not a ref: ${ref}`)
  try {
    return (await runGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim()
  } catch {
    throw new GitError(`${option}: no commit named ${ref}`)
  }
}

async function defaultBranch(dir: string): Promise<string> {
  const remoteHead = await runGit(dir, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).catch(() => '')
  if (remoteHead.trim()) return remoteHead.trim()
  for (const branch of DEFAULT_BRANCHES) {
    if (
      await runGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${branch}^{commit}`]).then(
        () => true,
        () => false,
      )
    )
      return branch
  }
  throw new GitError('cannot tell the default branch (no origin/HEAD, main or master): pass --base REF')
}
