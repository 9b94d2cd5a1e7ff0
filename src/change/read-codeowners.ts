import { toRepoPath, type RepoPath } from '../core/repo-path.js'
import { workingTreeText } from '../discover/working-tree-text.js'

/** The places GitHub looks for a CODEOWNERS file, in its order: the first one found is the one used. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

/** A CODEOWNERS file as read from the repository; the report parses it. */
export interface CodeownersFile {
  readonly path: string
  readonly text: string
}

/** The CODEOWNERS file GitHub would use for the repository at `rootDir` (read the safe way), if any. */
export function readCodeowners(rootDir: string): CodeownersFile | undefined {
  return codeownersIn(workingTreeText(rootDir))
}

/** The CODEOWNERS file GitHub would use, among the files `readText` reads (a working tree, or a commit read from git's objects). */
export function codeownersIn(readText: (path: RepoPath) => string | undefined): CodeownersFile | undefined {
  for (const path of CODEOWNERS_PATHS) {
    const text = readText(toRepoPath(path))
    if (text !== undefined) return { path, text }
  }
  return undefined
}
