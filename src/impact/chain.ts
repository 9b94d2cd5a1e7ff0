import type { RepoPath } from '../core/repo-path.js'
import type { AffectedFile } from './blast-radius.js'

/**
 * The import chain from an affected file back to a changed file, following `via` links: each file
 * imports the next, and the last is the changed file. `byPath` holds the whole union radius.
 */
export function chainOf(file: AffectedFile, byPath: ReadonlyMap<RepoPath, AffectedFile>): RepoPath[] {
  const chain: RepoPath[] = [file.path]
  let next: AffectedFile | undefined = file
  while (next) {
    chain.push(next.via)
    next = byPath.get(next.via)
  }
  return chain
}
