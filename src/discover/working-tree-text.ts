import type { RepoPath } from '../core/repo-path.js'
import { SourceReader } from './read-source.js'

/**
 * The files of the working tree at `rootDir` as UTF-8 text, read the safe way (inside the repository,
 * no links, the size limit): for settings files read beside the graph (CODEOWNERS, `.blast-radius.yml`),
 * which include and exclude must not hide. Undefined where a file is absent or unreadable.
 */
export function workingTreeText(rootDir: string): (path: RepoPath) => string | undefined {
  let reader: SourceReader | undefined
  const decoder = new TextDecoder('utf-8')
  return (path) => {
    try {
      reader ??= new SourceReader(rootDir)
    } catch {
      return undefined
    }
    const read = reader.read(path)
    return 'bytes' in read ? decoder.decode(read.bytes) : undefined
  }
}
