import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import picomatch from 'picomatch'
import { byCodePoint, toRepoPath, type RepoPath } from '../core/repo-path.js'
import type { Skipped, SourceFile } from '../core/model.js'
import { spelledFields, spellName, type SpelledName } from '../git/names.js'
import { runGitBytes } from '../git/run-git.js'
import { startGitLists, type GitLists } from './git-lists.js'

/** Folders that hold other people's code or build output, never the repository's own modules. */
const EXCLUDED_FOLDERS = new Set(['node_modules', 'venv', '.venv', 'site-packages', '__pycache__', '.tox', '.git'])

export interface DiscoverOptions {
  /** Globs (repository-relative) a file must match to be analysed; empty means all. */
  readonly include?: readonly string[]
  readonly exclude?: readonly string[]
  /** git's lists, when they were started earlier (`startGitLists`); used only for the same folder. */
  readonly gitLists?: GitLists
}

export interface Discovery {
  readonly files: SourceFile[]
  readonly skipped: Skipped[]
  /** 'git' when the folder is in a git work tree (tracked files, and new ones git does not ignore), else 'walk'. */
  readonly source: 'git' | 'walk'
}

/** Lists the repository's files (any language), sorted, with links and vendored folders left out. */
export async function discoverFiles(repoDir: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const listed = (await listTracked(repoDir, options.gitLists)) ?? { ...walk(repoDir), source: 'walk' as const }
  return { files: selected(listed.files, options), skipped: listed.skipped, source: listed.source }
}

/** The files the include and exclude globs keep, in code-point order. */
function selected(files: readonly SourceFile[], { include = [], exclude = [] }: DiscoverOptions): SourceFile[] {
  const included = include.length ? picomatch(include as string[], { dot: true }) : () => true
  const excluded = exclude.length ? picomatch(exclude as string[], { dot: true }) : () => false
  return files.filter((f) => included(f.path) && !excluded(f.path)).sort((a, b) => byCodePoint(a.path, b.path))
}

/** A folder of EXCLUDED_FOLDERS anywhere in a path: one test per path, no split. */
const IN_EXCLUDED_FOLDER = new RegExp(`(?:^|/)(?:${[...EXCLUDED_FOLDERS].map((name) => name.replace(/\./g, '\\.')).join('|')})/`)

function inExcludedFolder(path: string): boolean {
  return IN_EXCLUDED_FOLDER.test(path)
}

/**
 * git's own list, with each tracked file's blob id, plus the new files git does not ignore (so that a
 * local working tree's added modules count); undefined when the folder is not inside a work tree (git
 * then refuses to list it). Read as bytes: a name is bytes to git, and one that is not UTF-8 cannot be
 * named, so it is skipped. The lists are the ones started earlier for this folder, if any.
 */
async function listTracked(repoDir: string, started?: GitLists): Promise<(Discovery & { source: 'git' }) | undefined> {
  const outputs = await (started?.repoDir === repoDir ? started : startGitLists(repoDir)).outputs
  if (!outputs) return undefined
  const { stage, asStored, untracked, modified } = outputs
  const entries = stagedEntries(stage)
  // Nearly always every file is as stored: the two lists are then the same bytes.
  const stored = asStored?.equals(stage) ? undefined : new Set(stagedEntries(asStored ?? Buffer.alloc(0)).map((e) => nameKey(e.name)))
  // A file edited since it was staged no longer has the content its blob id names.
  const edited = new Set(spelledFields(modified).map(nameKey))
  const listed = gitEntries(
    entries.map(({ mode, blob, name }) => {
      const key = nameKey(name)
      return { mode, blob: edited.has(key) || (stored && !stored.has(key)) ? undefined : blob, name }
    }),
  )
  const { files, skipped } = listed
  for (const name of spelledFields(untracked)) listed.add(name)
  return { files, skipped, source: 'git' }
}

/** A name as a key: one that is not UTF-8 is kept apart from UTF-8 text that spells it the same way. */
function nameKey({ name, utf8 }: SpelledName): string {
  return utf8 ? name : `\0${name}`
}

/** `ls-files -s -z`: "<mode> <blob> <stage>\t<path>" per file, paths relative to repoDir as git prints them. */
function stagedEntries(output: Buffer): GitEntry[] {
  return spelledFields(output).map(({ name: entry, utf8 }) => {
    const tab = entry.indexOf('\t')
    const space = entry.indexOf(' ')
    return {
      mode: entry.slice(0, space),
      blob: entry.slice(space + 1, entry.indexOf(' ', space + 1)),
      name: { name: entry.slice(tab + 1), utf8 },
    }
  })
}

/** A file as git lists it: its mode, its blob id (where it names the content to read), its name as spelled. */
interface GitEntry {
  readonly mode: string
  readonly blob?: string
  readonly name: SpelledName
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
  const add = (spelled: SpelledName, blob?: string, size?: number) => {
    const named = nameOf(spelled)
    if ('skipped' in named) {
      if (!inExcludedFolder(named.skipped.path)) skipped.push(named.skipped)
    } else if (!inExcludedFolder(named.path)) {
      files.push(blob ? { path: named.path, blob } : { path: named.path })
      if (size !== undefined) sizes.set(named.path, size)
    }
  }
  let previous: string | undefined
  for (const { mode, blob, name, size } of entries) {
    // git lists by name, then stage: the stages of a file in a merge conflict come one after another.
    const key = nameKey(name)
    if (key === previous) continue
    previous = key
    if (mode === '120000' || mode === '160000') {
      const named = nameOf(name)
      const path = 'skipped' in named ? named.skipped.path : named.path
      if (!inExcludedFolder(path))
        skipped.push({ path, reason: mode === '120000' ? 'symbolic link (not followed)' : 'git submodule (not analysed)' })
    } else add(name, blob, size)
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
    spelledFields(out).map(({ name: entry, utf8 }) => {
      // "<mode> <type> <object> <size>\t<path>", the size padded with spaces ("-" for a submodule).
      const tab = entry.indexOf('\t')
      const [mode, , blob, size] = entry.slice(0, tab).split(/ +/)
      return { mode: mode!, blob, name: { name: entry.slice(tab + 1), utf8 }, size: Number(size) }
    }),
  )
  return { files: selected(listed.files, options), skipped: listed.skipped, source: 'git', sizes: listed.sizes }
}

/**
 * A file name as the graph can hold it, or why it cannot: one that is not UTF-8 would come out of any
 * decoding as another name (no file has it), and one that is no path inside the repository has no
 * place in the graph. Such a file is skipped under its spelling (`spellName`), never dropped.
 */
function nameOf({ name, utf8 }: SpelledName): { path: RepoPath } | { skipped: Skipped } {
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
      const named = nameOf(spellName(Buffer.concat([prefix, entry.name])))
      if ('skipped' in named) skipped.push(named.skipped)
      else if (entry.isSymbolicLink()) skipped.push({ path: named.path, reason: 'symbolic link (not followed)' })
      else if (folder) pending.push(named.path)
      else files.push({ path: named.path })
    }
  }
  return { files, skipped }
}

export type { RepoPath }
