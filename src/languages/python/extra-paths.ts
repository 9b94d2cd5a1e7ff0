import { parse } from 'yaml'
import type { RepoPath } from '../../core/repo-path.js'
import { normalPath } from './packaging-decl.js'

/** The repository's own settings file, at its root. */
export const SETTINGS_FILE = '.blast-radius.yml' as RepoPath

export interface ExtraPaths {
  /** Folders on every file's path, after its own entries and before the projects' roots. */
  readonly paths: readonly string[]
  readonly problems: readonly string[]
}

/**
 * `python-paths` in `.blast-radius.yml`: the way out for what cannot be read statically (a PYTHONPATH
 * set by a launcher, a run-time `sys.path` edit). A list of folders relative to the repository root,
 * or one string of them a line each (as an action input is written).
 */
export function readExtraPaths(text: string | undefined): ExtraPaths {
  if (text === undefined) return { paths: [], problems: [] }
  let settings: unknown
  try {
    settings = parse(text)
  } catch (error) {
    return {
      paths: [],
      problems: [`${SETTINGS_FILE} is not valid YAML (${(error as Error).message.split('\n')[0]}): python-paths not read`],
    }
  }
  const value = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>)['python-paths'] : undefined
  if (value === undefined || value === null) return { paths: [], problems: [] }
  const items =
    typeof value === 'string'
      ? value
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean)
      : value
  if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) {
    return { paths: [], problems: [`${SETTINGS_FILE}: python-paths must be a list of folders`] }
  }
  const paths: string[] = []
  const problems: string[] = []
  for (const item of items) {
    const path = normalPath(item)
    if (path === undefined || item.startsWith('/'))
      problems.push(`${SETTINGS_FILE}: python-paths entry ${item} is not a folder inside the repository: left out`)
    else paths.push(path)
  }
  return { paths, problems }
}
