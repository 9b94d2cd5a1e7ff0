import { baseName, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { PythonLayout, PytestConfig } from './layout.js'
import { normalPath } from './packaging-decl.js'
import type { PathEntry, PythonModuleIndex } from './module-index.js'
import type { PathFacts } from './path-facts.js'
import { isPythonTestFile } from './test-files.js'

/** A file's path, and whether its first entry is `sys.path[0]` (the only one that may shadow the standard library). */
export interface FilePath {
  readonly entries: readonly PathEntry[]
  readonly first?: PathEntry
}

const open = (dir: string): PathEntry => ({ dir, namespaces: true })

/**
 * Each file's own path (CONTRACTS.md §4 item 3): a script's folder, or the basedir of a file no
 * project installs (where a script runs and where pytest's `prepend` puts a test module); for test
 * files the basedirs of the `conftest.py` files above them (and the folders their `sys.path` edits
 * add), pytest's `pythonpath` and the folder pytest runs in; the folders a module-level `sys.path`
 * edit adds; `python-paths` from the repository's
 * settings; then every project's roots, its own first.
 */
export class SearchPaths {
  private readonly conftests = new Set<string>()

  constructor(
    private readonly index: PythonModuleIndex,
    private readonly layout: PythonLayout,
    files: readonly RepoPath[],
    /** A file's path facts (a conftest's `sys.path` edits hold for every test it serves). */
    private readonly factsOf: (file: RepoPath) => PathFacts,
  ) {
    for (const file of files) if (baseName(file) === 'conftest.py') this.conftests.add(dirOf(file))
  }

  of(file: RepoPath, facts: PathFacts): FilePath {
    const entries: PathEntry[] = []
    const seen = new Set<string>()
    const add = (entry: PathEntry) => {
      if (seen.has(entry.dir)) return
      seen.add(entry.dir)
      entries.push(entry)
    }
    const test = isPythonTestFile(file)
    const declared = this.index.declaredBy(file)
    // A module of an installed package is run with `python -m` (the current folder first), not as a script.
    if (facts.program && !declared) add(open(dirOf(file)))
    if (test || !declared) add(open(this.index.basedir(file)))
    const first = entries[0]
    const addEdits = (of: RepoPath, edits: readonly string[] | undefined) => {
      for (const edit of edits ?? []) {
        const dir = normalPath(dirOf(of) === '' ? edit : `${dirOf(of)}/${edit}`)
        if (dir !== undefined) add(open(dir))
      }
    }
    addEdits(file, facts.pathEdits)
    if (test) {
      // pytest imports every conftest.py above a test first, in the same process: their basedirs and
      // their own sys.path edits are on its path.
      for (let dir = dirOf(file); ; dir = dirOf(dir)) {
        const conftest = `${dir === '' ? '' : dir + '/'}conftest.py` as RepoPath
        if (this.conftests.has(dir)) {
          add(open(this.index.basedir(conftest)))
          addEdits(conftest, this.factsOf(conftest).pathEdits)
        }
        if (dir === '') break
      }
      const pytest = this.pytestFor(file)
      for (const dir of pytest?.paths ?? []) add(open(dir))
      add(open(pytest?.dir ?? this.projectOf(file)))
    }
    for (const dir of this.layout.extra.paths) add(open(dir))
    const own = this.projectOf(file)
    for (const root of this.layout.roots) if (root.project === own) add(root)
    for (const root of this.layout.roots) add(root)
    return first ? { entries, first } : { entries }
  }

  /** The nearest folder at or above the file with pytest's configuration. */
  private pytestFor(file: RepoPath): PytestConfig | undefined {
    for (let dir = dirOf(file); ; dir = dirOf(dir)) {
      const config = this.layout.pytest.get(dir)
      if (config || dir === '') return config
    }
  }

  /** The folder of the nearest project at or above the file that adds roots ('' when none does). */
  projectOf(file: RepoPath): string {
    let best = ''
    for (const project of this.layout.projects) {
      if (project.fixture || project.dir.length < best.length) continue
      if (project.dir === '' || file.startsWith(project.dir + '/')) best = project.dir
    }
    return best
  }
}
