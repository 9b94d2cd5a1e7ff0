import type { RepoPath } from '../core/repo-path.js'
import { runGitBytes, runGitBytesSync } from '../git/run-git.js'
import { sizeVerdict, textVerdict, type FileReader, type ReadResult } from './read-source.js'
import type { CommitDiscovery } from './discover.js'

/**
 * Reads a commit's files from git's object store by blob id, so that nothing is checked out: the
 * files a build needs are fetched in one `git cat-file --batch` (prefetch), and a file asked for
 * later (a configuration file resolution reads) with one `git cat-file blob`. The bytes are the
 * commit's own, before any checkout conversion (line endings, `working-tree-encoding`): the content
 * git hashes, and the one its blob id names in the facts cache.
 */
export class GitTreeReader implements FileReader {
  private readonly blobs = new Map<RepoPath, string>()
  private readonly fetched = new Map<string, Buffer>()

  constructor(
    private readonly repoDir: string,
    private readonly tree: CommitDiscovery,
    private readonly maxBytes: number,
  ) {
    for (const file of tree.files) if (file.blob) this.blobs.set(file.path, file.blob)
  }

  async prefetch(paths: readonly RepoPath[]): Promise<void> {
    const wanted = new Set<string>()
    for (const path of paths) {
      const blob = this.blobs.get(path)
      if (blob && !this.fetched.has(blob) && !sizeVerdict(this.tree.sizes.get(path) ?? 0, this.maxBytes)) wanted.add(blob)
    }
    if (!wanted.size) return
    const out = await runGitBytes(this.repoDir, ['cat-file', '--batch'], Buffer.from([...wanted].join('\n') + '\n'))
    // "<id> blob <size>\n<bytes>\n" per object, in the order asked; "<id> missing\n" for one the
    // store lacks (a partial clone), which `read` then reports as not readable.
    for (let at = 0; at < out.length;) {
      let eol = out.indexOf(0x0a, at)
      if (eol < 0) eol = out.length
      const [id, type, size] = out.subarray(at, eol).toString('latin1').split(' ')
      if (type !== 'blob') {
        at = eol + 1
        continue
      }
      const start = eol + 1
      this.fetched.set(id!, out.subarray(start, start + Number(size)))
      at = start + Number(size) + 1
    }
  }

  read(path: RepoPath): ReadResult {
    const blob = this.blobs.get(path)
    if (blob === undefined) return { gone: true }
    const tooLarge = sizeVerdict(this.tree.sizes.get(path) ?? 0, this.maxBytes)
    if (tooLarge) return { skipped: tooLarge }
    let bytes = this.fetched.get(blob)
    if (!bytes) {
      try {
        bytes = runGitBytesSync(this.repoDir, ['cat-file', 'blob', blob])
      } catch (error) {
        return { skipped: `not readable (${(error as Error).message})` }
      }
    }
    return textVerdict(bytes)
  }
}
