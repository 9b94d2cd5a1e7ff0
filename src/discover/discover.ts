import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import picomatch from 'picomatch'
import { byCodePoint, toRepoPath, type RepoPath } from '../core/repo-path.js'
import type { Skipped, SourceFile } from '../core/model.js'
import { nulFields, spellName } from '../git/names.js'
import { runGit, runGitBytes } from '../git/run-git.js'

/** Folders that hold other people's code or build output, never the repository's own modules. */
const EXCLUDED_FOLDERS = new Set(['node_modules', 'venv', '.venv', 'site-packages', '__pycache__', '.tox', '.git'])

export interface DiscoverOptions {
  /** Globs (repository-relative) a file must match to be analysed; empty means all. */
  readonly include?: readonly string[]
  readonly exclude?: readonly string[]
}

export interface Discovery {
  readonly files: SourceFile[]
  readonly skipped: Skipped[]
  /** 'git' when the folder is in a git work tree (tracked files, and new ones git does not ignore), else 'walk'. */
  readonly source: 'git' | 'walk'
}

/**
 * Lists the repository's files (any language), sorted, with links and vendored folders left out.
 * `onListed` is told how many names git listed as soon as it has, before the rest of the work.
 */
export async function discoverFiles(
  repoDir: string,
  options: DiscoverOptions = {},
  onListed?: (names: number) => void,
): Promise<Discovery> {
  const listed = (await listTracked(repoDir, onListed)) ?? { ...walk(repoDir), source: 'walk' as const }
  return { files: selected(listed.files, options), skipped: listed.skipped, source: listed.source }
}

/** The files the include and exclude globs keep, in code-point order. */
function selected(files: readonly SourceFile[], { include = [], exclude = [] }: DiscoverOptions): SourceFile[] {
  const included = include.length ? picomatch(include as string[], { dot: true }) : () => true
  const excluded = exclude.length ? picomatch(exclude as string[], { dot: true }) : () => false
  return files.filter((f) => included(f.path) && !excluded(f.path)).sort((a, b) => byCodePoint(a.path, b.path))
}

function inExcludedFolder(path: string): boolean {
  const parts = path.split('/')
  for (let i = 0; i < parts.length - 1; i++) if (EXCLUDED_FOLDERS.has(parts[i]!)) return true
  return false
}

/**
 * git's own list, with each tracked file's blob id, plus the new files git does not ignore (so that a
 * local working tree's added modules count); undefined when the folder is not inside a work tree.
 * Read as bytes: a name is bytes to git, and one that is not UTF-8 cannot be named, so it is skipped.
 */
async function listTracked(repoDir: string, onListed?: (names: number) => void): Promise<(Discovery & { source: 'git' }) | undefined> {
  let stdout: Buffer
  let untracked: Buffer
  let modified: Buffer
  try {
    const inside = await runGit(repoDir, ['rev-parse', '--is-inside-work-tree'])
    if (inside.trim() !== 'true') return undefined
    ;[stdout, untracked, modified] = await Promise.all([
      runGitBytes(repoDir, ['ls-files', '-s', '-z']),
      runGitBytes(repoDir, ['ls-files', '-o', '--exclude-standard', '-z']),
      runGitBytes(repoDir, ['ls-files', '-m', '-z']),
    ])
  } catch {
    return undefined
  }
  onListed?.(nulCount(stdout) + nulCount(untracked))
  // A file edited since it was staged no longer has the content its blob id names; nor has one git
  // re-encodes on checkout, which `ls-files -m` does not report (it compares after converting back).
  const edited = new Set([...nulFields(modified).map((name) => name.toString('latin1')), ...(await reencoded(repoDir, stdout))])
  const listed = gitEntries(
    nulFields(stdout).map((entry) => {
      // "<mode> <blob> <stage>\t<path>"; paths are relative to repoDir as git prints them.
      const tab = entry.indexOf(0x09)
      const [mode, blob] = entry.subarray(0, tab).toString('latin1').split(' ')
      const raw = entry.subarray(tab + 1)
      return { mode: mode!, blob: edited.has(raw.toString('latin1')) ? undefined : blob, raw }
    }),
  )
  const { files, skipped } = listed
  for (const raw of nulFields(untracked)) listed.add(raw)
  return { files, skipped, source: 'git' }
}

/** How many NUL-terminated names git's `-z` output holds. */
function nulCount(out: Buffer): number {
  let count = 0
  for (let at = out.indexOf(0); at >= 0; at = out.indexOf(0, at + 1)) count++
  return count
}

/** A file as git lists it: its mode, its blob id (where it names the content to read), its name in bytes. */
interface GitEntry {
  readonly mode: string
  readonly blob?: string
  readonly raw: Buffer
  /** The blob's size, where git's list gives it. */
  readonly size?: number
}

/**
 * Files and skipped entries from git's list, the same for the index and for a commit's tree: links and
 * submodules are skipped, a file in a merge conflict (listed once per stage) counts once, and names
 * are spelled and filtered as everywhere else. `add` takes more names, of files with no blob id.
 */
function gitEntries(entries: readonly GitEntry[]) {
  const files: SourceFile[] = []
  const skipped: Skipped[] = []
  const sizes = new Map<RepoPath, number>()
  const seen = new Set<string>()
  const add = (raw: Buffer, blob?: string, size?: number) => {
    const named = nameOf(raw)
    if ('skipped' in named) {
      if (!inExcludedFolder(named.skipped.path)) skipped.push(named.skipped)
    } else if (!inExcludedFolder(named.path)) {
      files.push(blob ? { path: named.path, blob } : { path: named.path })
      if (size !== undefined) sizes.set(named.path, size)
    }
  }
  for (const { mode, blob, raw, size } of entries) {
    const key = raw.toString('latin1')
    if (seen.has(key)) continue
    seen.add(key)
    if (mode === '120000' || mode === '160000') {
      const named = nameOf(raw)
      const path = 'skipped' in named ? named.skipped.path : named.path
      if (!inExcludedFolder(path))
        skipped.push({ path, reason: mode === '120000' ? 'symbolic link (not followed)' : 'git submodule (not analysed)' })
    } else add(raw, blob, size)
  }
  return { files, skipped, sizes, add }
}

/** A commit's files below `repoDir`, as git's object store holds them, with each blob's size (for the size limit without reading it). */
export interface CommitDiscovery extends Discovery {
  readonly sizes: ReadonlyMap<RepoPath, number>
}

/**
 * The files of `commit` in the folder `repoDir` (a folder of a git work tree), listed from git's
 * objects: nothing is checked out, and only the blobs a build reads are ever fetched (GitTreeReader).
 * Throws GitError when git cannot list the commit.
 */
export async function discoverCommit(repoDir: string, commit: string, options: DiscoverOptions = {}): Promise<CommitDiscovery> {
  // `ls-tree` in a subfolder lists that folder, with paths relative to it, as `ls-files` does.
  const out = await runGitBytes(repoDir, ['ls-tree', '-r', '-z', '--long', '--end-of-options', commit])
  const listed = gitEntries(
    nulFields(out).map((entry) => {
      // "<mode> <type> <object> <size>\t<path>", the size padded with spaces ("-" for a submodule).
      const tab = entry.indexOf(0x09)
      const [mode, , blob, size] = entry.subarray(0, tab).toString('latin1').split(/ +/)
      return { mode: mode!, blob, raw: entry.subarray(tab + 1), size: Number(size) }
    }),
  )
  return { files: selected(listed.files, options), skipped: listed.skipped, source: 'git', sizes: listed.sizes }
}

/**
 * The tracked files whose `working-tree-encoding` attribute has git write them in another encoding
 * than the commit holds: their bytes on disk are not the blob's, so the blob id is no key for what is
 * read (a pull request can set the attribute, and the facts cache is shared with the base branch).
 */
async function reencoded(repoDir: string, lsFiles: Buffer): Promise<string[]> {
  const paths = nulFields(lsFiles).map((entry) => entry.subarray(entry.indexOf(0x09) + 1))
  if (!paths.length) return []
  const input = Buffer.concat(paths.flatMap((path) => [path, Buffer.from([0])]))
  let out: string[]
  try {
    out = (await runGitBytes(repoDir, ['check-attr', '-z', '--stdin', 'working-tree-encoding'], input)).toString('latin1').split('\0')
  } catch {
    return paths.map((path) => path.toString('latin1')) // no answer: no blob id is trusted
  }
  // "<path> NUL <attribute> NUL <value> NUL" per path; the value is `unspecified` or `unset` when no encoding applies.
  const found: string[] = []
  for (let i = 0; i + 2 < out.length; i += 3) if (out[i + 2] !== 'unspecified' && out[i + 2] !== 'unset') found.push(out[i]!)
  return found
}

/**
 * A file name as the graph can hold it, or why it cannot: one that is not UTF-8 would come out of any
 * decoding as another name (no file has it), and one that is no path inside the repository has no
 * place in the graph. Such a file is skipped under its spelling (`spellName`), never dropped.
 */
function nameOf(raw: Uint8Array): { path: RepoPath } | { skipped: Skipped } {
  const { name, utf8 } = spellName(raw)
  if (!utf8) return { skipped: { path: name, reason: 'file name is not UTF-8 (cannot be named)' } }
  try {
    return { path: toRepoPath(name) }
  } catch (error) {
    return { skipped: { path: name, reason: `not a path inside the repository (${(error as Error).message})` } }
  }
}

/**
 * Outside git: every file below the folder, except in folders whose name starts with a dot.
 * Synchronous, like the reads: one directory listing is one fast system call. Names are read as bytes,
 * as git's are.
 */
function walk(repoDir: string): { files: SourceFile[]; skipped: Skipped[] } {
  const files: SourceFile[] = []
  const skipped: Skipped[] = []
  const pending: string[] = ['']
  while (pending.length) {
    const rel = pending.pop()!
    let entries
    try {
      entries = readdirSync(join(repoDir, rel), { withFileTypes: true, encoding: 'buffer' })
    } catch (error) {
      skipped.push({ path: rel || '.', reason: `folder not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` })
      continue
    }
    const prefix = Buffer.from(rel ? `${rel}/` : '')
    for (const entry of entries) {
      const folder = entry.isDirectory()
      if (folder && (entry.name[0] === 0x2e || EXCLUDED_FOLDERS.has(entry.name.toString('latin1')))) continue
      if (!folder && !entry.isFile() && !entry.isSymbolicLink()) continue
      const named = nameOf(Buffer.concat([prefix, entry.name]))
      if ('skipped' in named) skipped.push(named.skipped)
      else if (entry.isSymbolicLink()) skipped.push({ path: named.path, reason: 'symbolic link (not followed)' })
      else if (folder) pending.push(named.path)
      else files.push({ path: named.path })
    }
  }
  return { files, skipped }
}

export type { RepoPath }
