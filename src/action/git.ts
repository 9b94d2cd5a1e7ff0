import type { ChangedFile } from '../core/model.js'
import { parseNameStatus } from '../git/changed-files.js'
import { isObjectId, runGit } from '../git/run-git.js'

/** git's answer, or undefined when git fails (no repository, a commit the shallow clone lacks): the caller says what that means. */
async function gitOrNothing(dir: string, args: string[]): Promise<string | undefined> {
  return runGit(dir, args).catch(() => undefined)
}

/** The commit checked out in `dir`, when it is a git work tree. */
export async function checkedOutCommit(dir: string): Promise<string | undefined> {
  return (await gitOrNothing(dir, ['rev-parse', 'HEAD']))?.trim() || undefined
}

/** The root of the work tree that holds `dir`: the folder GitHub's paths are relative to. */
export async function workTreeRoot(dir: string): Promise<string | undefined> {
  return (await gitOrNothing(dir, ['rev-parse', '--show-toplevel']))?.trim() || undefined
}

/**
 * The files a pull request changes as GitHub counts them (from the merge base of `base` to `head`,
 * renames detected), repository-relative, read from the checkout. Undefined when it cannot answer, and
 * for anything but two commit ids: they come from an event payload, which a push can fill with options.
 */
export async function diffNameStatus(dir: string, base: string, head: string): Promise<ChangedFile[] | undefined> {
  if (!isObjectId(base) || !isObjectId(head)) return undefined
  const range = `${base}...${head}`
  const out = await gitOrNothing(dir, ['diff', '--name-status', '-M', '-z', '--no-ext-diff', '--no-color', '--end-of-options', range, '--'])
  return out === undefined ? undefined : parseNameStatus(out)
}
