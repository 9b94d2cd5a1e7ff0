import type { RepoPath } from '../../core/repo-path.js'
import { readSettings, SETTINGS_FILE } from '../../core/settings-file.js'
import type { GivenSetting } from '../adapter.js'
import { normalPath } from './packaging-decl.js'

export { SETTINGS_FILE }
/** The setting's name, in that file and as a CLI option or action input. */
export const PYTHON_PATHS = 'python-paths'

/** One place `python-paths` were given: the settings file, or the run (a CLI option, an action input). */
export interface ExtraPathsSource {
  readonly from: string
  readonly paths: readonly string[]
  readonly problems: readonly string[]
}

export interface ExtraPaths {
  /** Folders on every file's path, after its own entries and before the projects' roots: the file's first, then the run's. */
  readonly paths: readonly string[]
  /** Where they came from, each with what it gave and what was wrong in it (for `graph`'s views). */
  readonly sources: readonly ExtraPathsSource[]
}

/**
 * `python-paths`: the way out for what cannot be read statically (a PYTHONPATH set by a launcher, a
 * run-time `sys.path` edit). From `.blast-radius.yml` (a list of folders relative to the repository
 * root, or one string of them a line each, as an action input is written), then as given to the run.
 * An entry outside the repository, or a folder that holds no discovered file, is said and left out.
 */
export function readExtraPaths(text: string | undefined, given: GivenSetting | undefined, files: readonly RepoPath[]): ExtraPaths {
  const sources = [...(text === undefined ? [] : [fromSettingsFile(text)]), ...(given ? [{ from: given.from, items: given.values }] : [])]
  // Entries are few and files many: each entry looks for a file below it, rather than every run listing every folder.
  const holdsFile = (folder: string) => files.some((file) => file.startsWith(`${folder}/`))
  const read = sources.map(({ from, items, problems = [] }) => {
    const paths: string[] = []
    const said = [...problems]
    for (const item of items) {
      const path = normalPath(item)
      if (path === undefined || item.startsWith('/'))
        said.push(`${from}: ${PYTHON_PATHS} entry ${item} is not a folder inside the repository: left out`)
      else if (path !== '' && !holdsFile(path))
        said.push(`${from}: ${PYTHON_PATHS} entry ${item} holds no file of the repository: left out`)
      else paths.push(path)
    }
    return { from, paths, problems: said }
  })
  return { paths: [...new Set(read.flatMap((s) => s.paths))], sources: read.filter((s) => s.paths.length || s.problems.length) }
}

function fromSettingsFile(text: string): { from: string; items: readonly string[]; problems?: readonly string[] } {
  const from = SETTINGS_FILE
  const settings = readSettings(text, from)
  if ('problem' in settings) return { from, items: [], problems: [`${settings.problem}: ${PYTHON_PATHS} not read`] }
  const value = settings.keys[PYTHON_PATHS]
  if (value === undefined || value === null) return { from, items: [] }
  const items =
    typeof value === 'string'
      ? value
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean)
      : value
  if (!Array.isArray(items) || !items.every((i) => typeof i === 'string')) {
    return { from, items: [], problems: [`${from}: ${PYTHON_PATHS} must be a list of folders`] }
  }
  return { from, items }
}
