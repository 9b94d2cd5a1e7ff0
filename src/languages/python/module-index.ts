import picomatch from 'picomatch'
import { baseName, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { PackageRoot, PythonLayout } from './layout.js'

/** One entry of a file's path (`sys.path`): a folder, and which top-level names it may provide. */
export interface PathEntry {
  readonly dir: string
  /** false where only regular packages are installed from it (setuptools `find_packages()`). */
  readonly namespaces: boolean
  readonly include?: readonly string[]
  readonly exclude?: readonly string[]
}

/** What a name was found as: a module file or regular package (`file`), or a namespace package (no file). */
export interface Found {
  /** The module, or the package's `__init__`; undefined for a namespace package. */
  readonly file?: RepoPath
  /** Where its submodules are looked up: the package's folder, a namespace package's portions; none for a module. */
  readonly dirs: readonly string[]
}

const join = (dir: string, name: string) => (dir === '' ? name : `${dir}/${name}`)

/**
 * The repository's Python files as Python's import system sees folders (CONTRACTS.md §4 item 2): built
 * once from the file list, so that resolution never touches the disk. Also names each file: below the
 * deepest root that installs it, else from its basedir.
 */
export class PythonModuleIndex {
  /** Folders that hold an `__init__` module, to the file that is it. */
  readonly packageInits = new Map<string, RepoPath>()
  private readonly modules = new Map<string, RepoPath>()
  /** Every folder that holds a Python file at some depth: what can be a namespace portion. */
  private readonly folders = new Set<string>()
  private readonly matchers = new Map<string, (name: string) => boolean>()
  private readonly names = new Map<RepoPath, { readonly parts: readonly string[]; readonly declared?: PackageRoot }>()

  constructor(
    files: readonly RepoPath[],
    readonly layout: PythonLayout,
    /** `__init__` files that extend their package's path (pkgutil-style namespace packages). */
    private readonly extending: ReadonlySet<RepoPath> = new Set(),
  ) {
    for (const file of files) {
      if (isInit(file)) this.packageInits.set(dirOf(file), file)
      else this.modules.set(file.replace(/\.pyi?$/, ''), file)
      for (let dir = dirOf(file); dir !== '' && !this.folders.has(dir); dir = dirOf(dir)) this.folders.add(dir)
    }
    const roots = [...layout.roots].sort((a, b) => b.dir.length - a.dir.length) // deepest first
    for (const file of files) this.names.set(file, this.nameOf(file, roots))
  }

  /** The module name of a file, as dotted parts ([] for an `__init__.py` that names no package). */
  moduleParts(file: RepoPath): readonly string[] {
    return this.names.get(file)?.parts ?? []
  }

  /** The root that installs this file, when a project's packages hold it. */
  declaredBy(file: RepoPath): PackageRoot | undefined {
    return this.names.get(file)?.declared
  }

  /** The first folder upward from a file that is not a package: where pytest and a script start its path. */
  basedir(file: RepoPath): string {
    let dir = dirOf(file)
    while (dir !== '' && this.packageInits.has(dir)) dir = dirOf(dir)
    return dir
  }

  /**
   * A top-level name along a path, in CPython's order: the first entry holding it as a regular
   * package or a module wins (in one folder a package before a module, a module before a namespace
   * portion); namespace portions merge only when no entry has a regular one.
   */
  findTop(name: string, path: readonly PathEntry[]): Found | undefined {
    return this.merge(
      path.flatMap((entry) => (this.accepts(entry, name) ? [{ dir: entry.dir, namespaces: entry.namespaces }] : [])),
      name,
    )
  }

  /** A submodule of a found package: looked up only inside the package's folders. */
  findSub(parent: Found, name: string): Found | undefined {
    return this.merge(
      parent.dirs.map((dir) => ({ dir, namespaces: true })),
      name,
    )
  }

  /**
   * The first folder holding `name` as a module or regular package wins, except that a package whose
   * `__init__` extends its path (`pkgutil.extend_path`) gathers every later folder of that name too.
   */
  private merge(dirs: readonly { dir: string; namespaces: boolean }[], name: string): Found | undefined {
    const portions: string[] = []
    let extended: RepoPath | undefined
    for (const { dir, namespaces } of dirs) {
      const found = this.findIn(dir, name)
      if (!found) continue
      if (extended) portions.push(...found.dirs)
      else if (found.file && this.extending.has(found.file)) {
        extended = found.file
        portions.push(...found.dirs)
      } else if (found.file) return found
      else if (namespaces) portions.push(...found.dirs)
    }
    if (extended) return { file: extended, dirs: portions }
    return portions.length ? { dirs: portions } : undefined
  }

  /** A dotted name, part after part, from a top-level lookup along `path`. */
  find(parts: readonly string[], path: readonly PathEntry[]): Found | undefined {
    let found = this.findTop(parts[0]!, path)
    for (let k = 1; found && k < parts.length; k++) found = this.findSub(found, parts[k]!)
    return found
  }

  private findIn(dir: string, name: string): Found | undefined {
    const folder = join(dir, name)
    const init = this.packageInits.get(folder)
    if (init) return { file: init, dirs: [folder] }
    const module = this.modules.get(folder)
    if (module) return { file: module, dirs: [] }
    return this.folders.has(folder) ? { dirs: [folder] } : undefined
  }

  private accepts(entry: PathEntry, name: string): boolean {
    if (entry.include && !this.matches(entry.include, name)) return false
    return !(entry.exclude && this.matches(entry.exclude, name))
  }

  /** setuptools' `fnmatch` patterns over package names (`django*`, `[._]*`). */
  private matches(patterns: readonly string[], name: string): boolean {
    const key = patterns.join('\0')
    let matcher = this.matchers.get(key)
    if (!matcher) this.matchers.set(key, (matcher = picomatch([...patterns], { dot: true })))
    return matcher(name)
  }

  /**
   * Below the deepest root whose project installs it (its top-level package kept by the root's
   * finder, and a regular package where only those are found), else from the file's basedir.
   */
  private nameOf(file: RepoPath, roots: readonly PackageRoot[]): { parts: readonly string[]; declared?: PackageRoot } {
    const strip = (relative: string) => {
      const parts = relative.replace(/\.pyi?$/, '').split('/')
      if (isInit(file)) parts.pop()
      return parts
    }
    for (const root of roots) {
      if (root.dir !== '' && !file.startsWith(root.dir + '/')) continue
      const relative = root.dir === '' ? file : file.slice(root.dir.length + 1)
      const slash = relative.indexOf('/')
      if (slash < 0) continue // a module directly in a root is a script's, unless a package holds it
      const top = relative.slice(0, slash)
      if (!this.accepts(root, top) || (root.notPackages && this.matches(root.notPackages, top))) continue
      if (!root.namespaces && !this.packageInits.has(join(root.dir, top))) continue
      return { parts: strip(relative), declared: root }
    }
    const base = this.basedir(file)
    return { parts: strip(base === '' ? file : file.slice(base.length + 1)) }
  }
}

export function isInit(file: string): boolean {
  const name = baseName(file)
  return name === '__init__.py' || name === '__init__.pyi'
}
