import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { join, sep } from 'node:path'
import { dirOf, type RepoPath } from '../core/repo-path.js'

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024

/** A file's bytes; or why it is not read; or `gone` for a file git lists that was deleted since (not a gap). */
export type ReadResult = { readonly bytes: Uint8Array } | { readonly skipped: string } | { readonly gone: true }

/**
 * Where a build reads files: the work tree (SourceReader) or a commit in git's objects (GitTreeReader).
 * A reader with `prefetch` is told, before extraction, every file it will be asked for, so it can
 * fetch them in one go; it then holds their bytes in this thread, and extraction threads are given them.
 */
export interface FileReader {
  read(path: RepoPath): ReadResult
  prefetch?(paths: readonly RepoPath[]): Promise<void>
}

/** Why a file of `size` bytes is not read, or undefined when the limit allows it. */
export function sizeVerdict(size: number, maxBytes: number): string | undefined {
  return size > maxBytes ? `larger than ${formatSize(maxBytes)}` : undefined
}

/** The bytes as a read result: text, or not text when they hold a NUL byte (no source file does). */
export function textVerdict(bytes: Uint8Array): ReadResult {
  return bytes.includes(0) ? { skipped: 'not text (holds a NUL byte)' } : { bytes }
}

/** The two questions the folder check asks the file system; a parameter so that its work can be counted. */
export interface FolderProbe {
  /** Whether the folder entry itself is a symbolic link (lstat: not followed); throws when it is not there. */
  isLink(path: string): boolean
  realpath(path: string): string
}

const NATIVE: FolderProbe = {
  isLink: (path) => lstatSync(path).isSymbolicLink(),
  // The native realpath: Node's own lstats every component.
  realpath: (path) => realpathSync.native(path),
}

/**
 * Reads one file of the repository, refusing anything that is not a regular file inside it: the last
 * component is opened with O_NOFOLLOW (and O_NONBLOCK, so that a FIFO in a file's place answers fstat
 * instead of waiting for a writer), and a folder on the way that is a link out of the repository is
 * caught folder by folder: a folder is inside when its parent is and it is no link, or a link whose
 * real path is inside. One lstat per folder, memoised, since a repository has far fewer folders than
 * files (a real path per folder cost O(depth²) on deep trees). Synchronous on purpose: source files are
 * small and local, and a thread-pool round trip per system call cost more than the reads themselves
 * (measured on Django: 4 calls a file).
 */
export class SourceReader implements FileReader {
  /** Repository-relative folder ('' for the root) → whether it lies inside the repository. */
  private readonly inside = new Map<string, boolean>([['', true]])
  private readonly rootReal: string

  constructor(
    private readonly repoDir: string,
    private readonly maxBytes = DEFAULT_MAX_FILE_BYTES,
    private readonly probe: FolderProbe = NATIVE,
  ) {
    this.rootReal = probe.realpath(repoDir)
  }

  read(path: RepoPath): ReadResult {
    if (!this.folderInside(dirOf(path))) return { skipped: 'inside a link that leaves the repository (not followed)' }
    let fd: number
    try {
      fd = openSync(join(this.repoDir, path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ELOOP') return { skipped: 'symbolic link (not followed)' }
      if (code === 'ENOENT') return { gone: true }
      return { skipped: `not readable (${code ?? 'error'})` }
    }
    try {
      const stat = fstatSync(fd)
      if (!stat.isFile()) return { skipped: 'not a regular file' }
      const tooLarge = sizeVerdict(stat.size, this.maxBytes)
      if (tooLarge) return { skipped: tooLarge }
      return textVerdict(readAll(fd, stat.size))
    } catch (error) {
      return { skipped: `not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` }
    } finally {
      closeSync(fd)
    }
  }

  /** Iterative, not recursive: a tree thousands of folders deep must not need as many stack frames. */
  private folderInside(dir: string): boolean {
    const unknown: string[] = []
    let known = this.inside.get(dir)
    for (let at = dir; known === undefined; known = this.inside.get(at)) {
      unknown.push(at)
      at = dirOf(at)
    }
    // From the outermost unknown folder in: each is inside iff its parent is and it does not lead out.
    for (let k = unknown.length - 1; k >= 0; k--) {
      known = known && this.leadsNowhereOut(unknown[k]!)
      this.inside.set(unknown[k]!, known)
    }
    return known
  }

  private leadsNowhereOut(dir: string): boolean {
    const full = join(this.repoDir, dir)
    let link: boolean
    try {
      link = this.probe.isLink(full)
    } catch (error) {
      // A folder deleted since discovery leads nowhere: its files are then gone, not skipped.
      return (error as NodeJS.ErrnoException).code === 'ENOENT'
    }
    if (!link) return true
    try {
      const real = this.probe.realpath(full)
      return real === this.rootReal || real.startsWith(this.rootReal + sep)
    } catch {
      return false
    }
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
