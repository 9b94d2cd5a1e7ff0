import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'
import type { RepoPath } from '../core/repo-path.js'

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024

/** A file's bytes; or why it is not read; or `gone` for a file git lists that was deleted since (not a gap). */
export type ReadResult = { readonly bytes: Uint8Array } | { readonly skipped: string } | { readonly gone: true }

/**
 * Reads one file of the repository, refusing anything that is not a regular file inside it: the last
 * component is opened with O_NOFOLLOW, and a folder on the way that is a link out of the repository is
 * caught by comparing real paths (memoised per folder, since a repository has far fewer folders than
 * files; the native realpath, since Node's own lstats every component: 80 ms on Django). Synchronous
 * on purpose: source files are small and local, and a thread-pool round trip per system call cost
 * more than the reads themselves (measured on Django: 4 calls a file).
 */
export class SourceReader {
  private readonly realDirs = new Map<string, boolean>()
  private readonly rootReal: string

  constructor(
    private readonly repoDir: string,
    private readonly maxBytes = DEFAULT_MAX_FILE_BYTES,
  ) {
    this.rootReal = realpathSync.native(repoDir)
  }

  read(path: RepoPath): ReadResult {
    const full = join(this.repoDir, path)
    if (!this.folderInside(dirname(full))) return { skipped: 'inside a link that leaves the repository (not followed)' }
    let fd: number
    try {
      fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ELOOP') return { skipped: 'symbolic link (not followed)' }
      if (code === 'ENOENT') return { gone: true }
      return { skipped: `not readable (${code ?? 'error'})` }
    }
    try {
      const stat = fstatSync(fd)
      if (!stat.isFile()) return { skipped: 'not a regular file' }
      if (stat.size > this.maxBytes) return { skipped: `larger than ${formatSize(this.maxBytes)}` }
      const bytes = readAll(fd, stat.size)
      if (bytes.includes(0)) return { skipped: 'not text (holds a NUL byte)' }
      return { bytes }
    } catch (error) {
      return { skipped: `not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` }
    } finally {
      closeSync(fd)
    }
  }

  private folderInside(dir: string): boolean {
    let known = this.realDirs.get(dir)
    if (known === undefined) {
      try {
        const real = realpathSync.native(dir)
        known = real === this.rootReal || real.startsWith(this.rootReal + sep)
      } catch {
        known = false
      }
      this.realDirs.set(dir, known)
    }
    return known
  }
}

/**
 * The file as fstat sized it, in as few reads as the system gives (one, nearly always): no extra read
 * to meet the end, since a file that grows while it is read is in motion anyway.
 */
function readAll(fd: number, size: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(size)
  let filled = 0
  while (filled < size) {
    const n = readSync(fd, buffer, filled, size - filled, null)
    if (n === 0) break
    filled += n
  }
  return buffer.subarray(0, filled)
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`
  return `${bytes} bytes`
}
