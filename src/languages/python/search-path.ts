import { baseName, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { PythonLayout, PytestConfig } from './layout.js'
import { normalPath } from './packaging-decl.js'
import type { Folder, PathEntry, PythonModuleIndex } from './module-index.js'
import type { PathFacts } from './path-facts.js'
import { isPythonTestFile } from './test-files.js'

/** A file's path, and whether its first entry is `sys.path[0]` (the only one that may shadow the standard library). */
export interface FilePath {
  readonly entries: readonly PathEntry[]
  readonly first?: PathEntry
  /** The folder of the file's own project (see SearchPaths.projectOf). */
  readonly project: string
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
  /**
   * One object per distinct path: most files of a project have the same one, and resolution keeps what
   * it looked up along a path by its identity.
   */
  private readonly interned = new Map<string, FilePath>()
  /** By the file's folder, then whether it is a test and runs as a program (see `of`). */
  private readonly byFolder = new Map<Folder, (FilePath | undefined)[]>()
  private readonly rootNumbers: ReadonlyMap<PathEntry, number>

  constructor(
    private readonly index: PythonModuleIndex,
    private readonly layout: PythonLayout,
    files: readonly RepoPath[],
    /** A file's path facts (a conftest's `sys.path` edits hold for every test it serves). */
    private readonly factsOf: (file: RepoPath) => PathFacts,
  ) {
    for (const file of files) if (baseName(file) === 'conftest.py') this.conftests.add(dirOf(file))
    this.rootNumbers = new Map(layout.roots.map((root, k) => [root, k]))
  }

  of(file: RepoPath, facts: PathFacts): FilePath {
    const test = isPythonTestFile(file)
    if (facts.pathEdits?.length) return this.build(file, facts, test)
    // Without edits of its own, everything a file's path holds depends on its folder, not its name: on
    // whether it is a test and runs as a program.
    const folder = this.index.folderOf(file)
    let paths = this.byFolder.get(folder)
    if (!paths) this.byFolder.set(folder, (paths = [undefined, undefined, undefined, undefined]))
    const kind = (test ? 2 : 0) + (facts.program ? 1 : 0)
    return (paths[kind] ??= this.build(file, facts, test))
  }

  private build(file: RepoPath, facts: PathFacts, test: boolean): FilePath {
    const entries: PathEntry[] = []
    const seen = new Set<string>()
    const add = (entry: PathEntry) => {
      if (seen.has(entry.dir)) return
      seen.add(entry.dir)
      entries.push(entry)
    }
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
    const project = this.projectOf(file)
    for (const root of this.layout.roots) if (root.project === project) add(root)
    for (const root of this.layout.roots) add(root)
    // A root by its number, any other entry (open, all names, namespaces) by its folder.
    const key = `${project}\0${first ? 1 : 0}\0${entries.map((e) => this.rootNumbers.get(e) ?? `/${e.dir}`).join('\0')}`
    let path = this.interned.get(key)
    if (!path) this.interned.set(key, (path = first ? { entries, first, project } : { entries, project }))
    return path
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
