import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import picomatch from 'picomatch'
import { byCodePoint, toRepoPath, type RepoPath } from '../core/repo-path.js'
import type { Skipped, SourceFile } from '../core/model.js'

const run = promisify(execFile)

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

/** Lists the repository's files (any language), sorted, with links and vendored folders left out. */
export async function discoverFiles(repoDir: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const listed = (await listTracked(repoDir)) ?? { ...walk(repoDir), source: 'walk' as const }
  const keep = globFilter(options)
  const files = listed.files.filter((f) => keep(f.path)).sort((a, b) => byCodePoint(a.path, b.path))
  return { files, skipped: listed.skipped, source: listed.source }
}

function globFilter({ include = [], exclude = [] }: DiscoverOptions): (path: string) => boolean {
  const included = include.length ? picomatch(include as string[], { dot: true }) : () => true
  const excluded = exclude.length ? picomatch(exclude as string[], { dot: true }) : () => false
  return (path) => included(path) && !excluded(path)
}

function inExcludedFolder(path: string): boolean {
  const parts = path.split('/')
  for (let i = 0; i < parts.length - 1; i++) if (EXCLUDED_FOLDERS.has(parts[i]!)) return true
  return false
}

/**
 * git's own list, with each tracked file's blob id, plus the new files git does not ignore (so that a
 * local working tree's added modules count); undefined when the folder is not inside a work tree.
 */
async function listTracked(repoDir: string): Promise<(Discovery & { source: 'git' }) | undefined> {
  let stdout: string
  let untracked: string
  let modified: string
  try {
    const inside = await run('git', ['-C', repoDir, 'rev-parse', '--is-inside-work-tree'])
    if (inside.stdout.trim() !== 'true') return undefined
    const options = { maxBuffer: 1 << 30 }
    ;[{ stdout }, { stdout: untracked }, { stdout: modified }] = await Promise.all([
      run('git', ['-C', repoDir, 'ls-files', '-s', '-z'], options),
      run('git', ['-C', repoDir, 'ls-files', '-o', '--exclude-standard', '-z'], options),
      run('git', ['-C', repoDir, 'ls-files', '-m', '-z'], options),
    ])
  } catch {
    return undefined
  }
  const files: SourceFile[] = []
  const skipped: Skipped[] = []
  const seen = new Set<string>()
  // A file edited since it was staged no longer has the content its blob id names.
  const edited = new Set(modified.split('\0'))
  for (const entry of stdout.split('\0')) {
    if (!entry) continue
    // "<mode> <blob> <stage>\t<path>"; paths are relative to repoDir as git prints them.
    const tab = entry.indexOf('\t')
    const [mode, blob] = entry.slice(0, tab).split(' ')
    const raw = entry.slice(tab + 1)
    if (seen.has(raw)) continue // a file in a merge conflict is listed once per stage
    seen.add(raw)
    if (inExcludedFolder(raw)) continue
    if (mode === '120000') skipped.push({ path: raw, reason: 'symbolic link (not followed)' })
    else if (mode === '160000') skipped.push({ path: raw, reason: 'git submodule (not analysed)' })
    else files.push(edited.has(raw) ? { path: toRepoPath(raw) } : { path: toRepoPath(raw), blob })
  }
  for (const raw of untracked.split('\0')) {
    if (raw && !inExcludedFolder(raw)) files.push({ path: toRepoPath(raw) })
  }
  return { files, skipped, source: 'git' }
}

/**
 * Outside git: every file below the folder, except in folders whose name starts with a dot.
 * Synchronous, like the reads: one directory listing is one fast system call.
 */
function walk(repoDir: string): { files: SourceFile[]; skipped: Skipped[] } {
  const files: SourceFile[] = []
  const skipped: Skipped[] = []
  const pending: string[] = ['']
  while (pending.length) {
    const rel = pending.pop()!
    let entries
    try {
      entries = readdirSync(join(repoDir, rel), { withFileTypes: true })
    } catch (error) {
      skipped.push({ path: rel || '.', reason: `folder not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` })
      continue
    }
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isSymbolicLink()) skipped.push({ path, reason: 'symbolic link (not followed)' })
      else if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !EXCLUDED_FOLDERS.has(entry.name)) pending.push(path)
      } else if (entry.isFile()) files.push({ path: toRepoPath(path) })
    }
  }
  return { files, skipped }
}

export type { RepoPath }
