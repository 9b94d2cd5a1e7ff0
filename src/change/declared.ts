import picomatch from 'picomatch'
import { toRepoPath, type RepoPath } from '../core/repo-path.js'
import { readSettings, SETTINGS_FILE } from '../core/settings-file.js'

/** Where dependencies no code states are declared, unless a run names another file: the repository's settings file. */
export const DECLARED_FILE: string = SETTINGS_FILE

/**
 * What `.blast-radius.yml` declares beyond the code: `read-by` maps globs of files no language reads
 * (templates, SQL, data) to globs of the code files that read them; `affects-all` lists globs whose
 * change affects every file (lock files, CI configuration), each with the reason the report gives.
 *
 * ```yaml
 * read-by:
 *   "templates/shop/**": [shop/views.*, shop/mail/**]
 * affects-all:
 *   ".github/workflows/**": the CI configuration runs every test
 *   "poetry.lock": every dependency
 * ```
 */
export interface Declared {
  readonly file: string
  readonly readBy: readonly { readonly files: string; readonly readers: readonly string[] }[]
  readonly affectsAll: readonly { readonly files: string; readonly reason: string }[]
  /** What could not be read, for the report: a declaration left out is said, never silently dropped. */
  readonly problems: readonly string[]
}

const NONE = (file: string, problems: string[] = []): Declared => ({ file, readBy: [], affectsAll: [], problems })

/** The declarations at `path` (default `.blast-radius.yml`) of a tree, whose files `readText` reads the safe way. */
export function readDeclared(readText: (path: RepoPath) => string | undefined, path: string = DECLARED_FILE): Declared {
  let at: RepoPath
  try {
    at = toRepoPath(path)
  } catch {
    return NONE(path, path === DECLARED_FILE ? [] : [`${path}: not a file inside the repository`])
  }
  const text = readText(at)
  if (text === undefined) return NONE(path, path === DECLARED_FILE ? [] : [`${path}: cannot be read`])
  return parseDeclared(text, path)
}

export function parseDeclared(text: string, file: string = DECLARED_FILE): Declared {
  const settings = readSettings(text, file)
  if ('problem' in settings) return NONE(file, [`${settings.problem}: nothing declared in it is read`])
  const record = settings.keys
  const problems: string[] = []
  const readBy: { files: string; readers: string[] }[] = []
  for (const [files, value] of entries(record['read-by'], 'read-by', file, problems)) {
    const readers = typeof value === 'string' ? [value] : value
    if (Array.isArray(readers) && readers.length && readers.every((r) => typeof r === 'string')) readBy.push({ files, readers })
    else problems.push(`${file}: read-by ${files} must name the code that reads it (a glob or a list of globs): left out`)
  }
  const affectsAll: { files: string; reason: string }[] = []
  const all = record['affects-all']
  const listed = Array.isArray(all) ? all.map((glob: unknown) => [glob, undefined] as const) : entries(all, 'affects-all', file, problems)
  for (const [files, reason] of listed) {
    if (typeof files !== 'string' || !files) problems.push(`${file}: affects-all entries must be globs: one left out`)
    else if (reason !== undefined && reason !== null && typeof reason !== 'string')
      problems.push(`${file}: affects-all ${files}: the reason must be text`)
    else affectsAll.push({ files, reason: reason ?? `declared in ${file}` })
  }
  return { file, readBy, affectsAll, problems }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function entries(value: unknown, key: string, file: string, problems: string[]): [string, unknown][] {
  if (value === undefined || value === null) return []
  if (isRecord(value)) return Object.entries(value)
  problems.push(`${file}: ${key} must map globs to ${key === 'read-by' ? 'the code that reads them' : 'reasons'}: not read`)
  return []
}

/** What a change does through the declarations: the code that reads each changed file, and why all is affected. */
export interface DeclaredEffects {
  /** For each changed path a `read-by` glob matches, the graph's files that read it: ring 1 of the radius. */
  readonly readers: ReadonlyMap<RepoPath, readonly RepoPath[]>
  /** Changed paths that affect every file, with why ("poetry.lock changed: every dependency"). */
  readonly everything: readonly { readonly path: RepoPath; readonly why: string }[]
}

export function declaredEffects(declared: Declared, changed: readonly string[], graphFiles: readonly RepoPath[]): DeclaredEffects {
  const readBy = declared.readBy.map(({ files, readers }) => ({
    matches: picomatch(files, { dot: true }),
    reads: picomatch(readers as string[], { dot: true }),
  }))
  const affectsAll = declared.affectsAll.map(({ files, reason }) => ({ matches: picomatch(files, { dot: true }), reason }))
  const readers = new Map<RepoPath, RepoPath[]>()
  const everything: { path: RepoPath; why: string }[] = []
  for (const path of changed) {
    let repoPath: RepoPath
    try {
      repoPath = toRepoPath(path)
    } catch {
      continue
    }
    for (const { matches, reads } of readBy) {
      if (!matches(repoPath)) continue
      const found = graphFiles.filter((f) => f !== repoPath && reads(f))
      readers.set(repoPath, [...new Set([...(readers.get(repoPath) ?? []), ...found])])
    }
    const reasons = affectsAll.filter((a) => a.matches(repoPath)).map((a) => a.reason)
    if (reasons.length) everything.push({ path: repoPath, why: `${repoPath} changed: ${[...new Set(reasons)].join('; ')}` })
  }
  return { readers, everything }
}
