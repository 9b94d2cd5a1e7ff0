import { toRepoPath } from '../core/repo-path.js'
import { SourceReader } from '../discover/read-source.js'
import type { ResolveContext } from '../languages/adapter.js'

/** The places GitHub looks for a CODEOWNERS file, in its order: the first one found is the one used. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

/** A CODEOWNERS file as read from the repository; the report parses it. */
export interface CodeownersFile {
  readonly path: string
  readonly text: string
}

/** The CODEOWNERS file GitHub would use for the repository at `rootDir` (read the safe way), if any. */
export function readCodeowners(rootDir: string): CodeownersFile | undefined {
  let reader: SourceReader
  try {
    reader = new SourceReader(rootDir)
  } catch {
    return undefined
  }
  for (const path of CODEOWNERS_PATHS) {
    const read = reader.read(toRepoPath(path))
    if ('bytes' in read) return { path, text: new TextDecoder('utf-8').decode(read.bytes) }
  }
  return undefined
}

/** The CODEOWNERS file GitHub would use, among the files a graph was built from (a commit read from git's objects). */
export function codeownersIn(repository: ResolveContext): CodeownersFile | undefined {
  for (const path of CODEOWNERS_PATHS) {
    const text = repository.readText(toRepoPath(path))
    if (text !== undefined) return { path, text }
  }
  return undefined
}
