import { runGitBytes } from '../git/run-git.js'

/**
 * The tracked files whose working tree git writes as the blob holds it: no `working-tree-encoding`
 * attribute, or one unset. Any other file's bytes on disk are not the blob's, so its blob id is no key
 * for what is read (a pull request can set the attribute, and the facts cache is shared with the base
 * branch). `ls-files -m` does not report them: it compares after converting back.
 */
const AS_STORED = ['--', ':(attr:!working-tree-encoding)', ':(attr:-working-tree-encoding)']

/** git's four lists of a work tree, as bytes (`ls-files -z`); `asStored` undefined when git could not answer it. */
export interface GitListOutputs {
  readonly stage: Buffer
  readonly asStored: Buffer | undefined
  readonly untracked: Buffer
  readonly modified: Buffer
}

/** The lists of one folder, asked for: they come undefined when the folder is not inside a work tree (git refuses it). */
export interface GitLists {
  readonly repoDir: string
  readonly outputs: Promise<GitListOutputs | undefined>
}

/**
 * Starts git on the four lists discovery reads, all at once: each tracked file with its blob id, the
 * same for the files as stored (AS_STORED), the new files git does not ignore, the files edited since
 * they were staged. Its own module, with nothing but git behind it, so that the CLI can start them before
 * it loads the rest of its code: git then lists while Node compiles. Never rejects.
 */
export function startGitLists(repoDir: string): GitLists {
  const outputs = Promise.all([
    runGitBytes(repoDir, ['ls-files', '-s', '-z']),
    // No answer: no blob id is trusted.
    runGitBytes(repoDir, ['ls-files', '-s', '-z', ...AS_STORED]).catch(() => undefined),
    runGitBytes(repoDir, ['ls-files', '-o', '--exclude-standard', '-z']),
    runGitBytes(repoDir, ['ls-files', '-m', '-z']),
  ]).then(
    ([stage, asStored, untracked, modified]) => ({ stage, asStored, untracked, modified }),
    () => undefined,
  )
  return { repoDir, outputs }
}
