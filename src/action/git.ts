import type { ChangedFile } from '../core/model.js'
import { parseNameStatus } from '../git/changed-files.js'
import { runGit } from '../git/run-git.js'

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
 * renames detected), repository-relative, read from the checkout. Undefined when it cannot answer.
 */
export async function diffNameStatus(dir: string, base: string, head: string): Promise<ChangedFile[] | undefined> {
  const out = await gitOrNothing(dir, ['diff', '--name-status', '-M', '-z', '--no-ext-diff', '--no-color', `${base}...${head}`, '--'])
  return out === undefined ? undefined : parseNameStatus(out)
}
