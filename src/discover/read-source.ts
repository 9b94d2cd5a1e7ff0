import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { dirname, join, sep } from 'node:path'
import type { RepoPath } from '../core/repo-path.js'

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024

/** A file's bytes; or why it is not read; or `gone` for a file git lists that was deleted since (not a gap). */
export type ReadResult = { readonly bytes: Uint8Array } | { readonly skipped: string } | { readonly gone: true }

/**
 * Reads one file of the repository, refusing anything that is not a regular file inside it: the last
 * component is opened with O_NOFOLLOW, and a folder on the way that is a link out of the repository is
 * caught by comparing real paths (memoised per folder, since a repository has far fewer folders than
 * files).
 */
export class SourceReader {
  private readonly realDirs = new Map<string, Promise<boolean>>()
  private rootReal: Promise<string>

  constructor(
    private readonly repoDir: string,
    private readonly maxBytes = DEFAULT_MAX_FILE_BYTES,
  ) {
    this.rootReal = realpath(repoDir)
  }

  async read(path: RepoPath): Promise<ReadResult> {
    const full = join(this.repoDir, path)
    if (!(await this.folderInside(dirname(full)))) return { skipped: 'inside a link that leaves the repository (not followed)' }
    let handle
    try {
      handle = await open(full, constants.O_RDONLY | constants.O_NOFOLLOW)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ELOOP') return { skipped: 'symbolic link (not followed)' }
      if (code === 'ENOENT') return { gone: true }
      return { skipped: `not readable (${code ?? 'error'})` }
    }
    try {
      const stat = await handle.stat()
      if (!stat.isFile()) return { skipped: 'not a regular file' }
      if (stat.size > this.maxBytes) return { skipped: `larger than ${formatSize(this.maxBytes)}` }
      const bytes = await handle.readFile()
      if (bytes.includes(0)) return { skipped: 'not text (holds a NUL byte)' }
      return { bytes }
    } catch (error) {
      return { skipped: `not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` }
    } finally {
      await handle.close()
    }
  }

  private folderInside(dir: string): Promise<boolean> {
    let known = this.realDirs.get(dir)
    if (!known) {
      known = Promise.all([realpath(dir), this.rootReal]).then(
        ([real, root]) => real === root || real.startsWith(root + sep),
        () => false,
      )
      this.realDirs.set(dir, known)
    }
    return known
  }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`
  return `${bytes} bytes`
}
