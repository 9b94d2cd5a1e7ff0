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
  readonly dirs: readonly Folder[]
}

/**
 * A folder and what each name in it is found as (CONTRACTS.md §4 item 2: a regular package before a
 * module before a namespace portion). A Found holds its folders themselves, so a submodule's lookup is
 * one probe of the folder's own table, never a path looked up (or joined) per import.
 */
export interface Folder {
  readonly dir: string
  readonly names: ReadonlyMap<string, Found>
  /** The folder above (none for the repository's root): a relative import climbs by it, with no path cut per import. */
  readonly parent: Folder | undefined
  /** The folder as a package: regular where it holds an `__init__`, else a namespace package of this one portion. */
  readonly package: Found
}

/** A folder's name as a package: its files' module names but the last part, and the root that installs them. */
interface FolderName {
  readonly parts: readonly string[]
  readonly declared?: PackageRoot
}

interface FolderEntry extends Folder {
  readonly names: Map<string, Found>
  readonly parent: FolderEntry | undefined
  package: Found
  /** Its modules by name while the index is built (a module's source before its stub, in whichever order they come). */
  modules?: Map<string, RepoPath>
  /** Worked out at the first file of the folder asked for (every `__init__` is known by then). */
  name?: FolderName
}

/** A file of the index: its folder, and its module's name there (none for an `__init__`, which is the folder's). */
interface FileEntry {
  readonly folder: FolderEntry
  readonly module: string | undefined
  /** Its whole dotted name, made at the first time it is asked for. */
  parts?: readonly string[]
}

/** A module's folders: none, one array for them all. */
const NO_FOLDERS: readonly Folder[] = []

const join = (dir: string, name: string) => (dir === '' ? name : `${dir}/${name}`)

/**
 * The repository's Python files as Python's import system sees folders (CONTRACTS.md §4 item 2): built
 * once from the file list, so that resolution never touches the disk. Also names each file: below the
 * deepest root that installs it, else from its basedir.
 */
export class PythonModuleIndex {
  /** Folders that hold an `__init__` module, to the file that is it. */
  readonly packageInits = new Map<string, RepoPath>()
  /** Every folder that holds a Python file at some depth, and the repository's root, by path: built once. */
  private readonly folders = new Map<string, FolderEntry>()
  /** By the identity of the patterns' array (a root's own), with each name's answer kept. */
  private readonly matchers = new WeakMap<
    readonly string[],
    { readonly test: (name: string) => boolean; readonly known: Map<string, boolean> }
  >()
  /** Top-level lookups along one path (a FilePath's entries, shared by the files that have the same path). */
  private readonly tops = new WeakMap<readonly PathEntry[], Map<string, Found | undefined>>()
  private readonly basedirs = new Map<string, string>()
  private readonly files = new Map<RepoPath, FileEntry>()
  /** Deepest first: a file is named below the deepest root that installs it. */
  private readonly roots: readonly PackageRoot[]

  constructor(
    files: readonly RepoPath[],
    readonly layout: PythonLayout,
    /** `__init__` files that extend their package's path (pkgutil-style namespace packages). */
    private readonly extending: ReadonlySet<RepoPath> = new Set(),
  ) {
    // Every folder that holds a Python file at some depth (what can be a namespace portion), and the root.
    const folderAt = (dir: string): FolderEntry => {
      let folder = this.folders.get(dir)
      if (!folder) {
        const parent = dir === '' ? undefined : folderAt(dirOf(dir))
        this.folders.set(dir, (folder = { dir, names: new Map(), parent, package: { dirs: NO_FOLDERS } }))
        folder.package = { dirs: [folder] }
      }
      return folder
    }
    for (const file of files) {
      const slash = file.lastIndexOf('/')
      const dir = slash < 0 ? '' : file.slice(0, slash)
      const base = slash < 0 ? file : file.slice(slash + 1)
      const folder = folderAt(dir)
      if (isInitName(base)) {
        if (preferred(this.packageInits.get(dir), file)) this.packageInits.set(dir, file)
        this.files.set(file, { folder, module: undefined })
      } else {
        const module = moduleName(base)
        const modules = (folder.modules ??= new Map<string, RepoPath>())
        if (preferred(modules.get(module), file)) modules.set(module, file)
        this.files.set(file, { folder, module })
      }
    }
    this.packageInits.forEach((init, dir) => {
      const folder = this.folders.get(dir)!
      folder.package = { file: init, dirs: [folder] }
    })
    // In one folder a regular package before a module before a namespace portion; the root is no name in any folder.
    const folders = [...this.folders.values()]
    const putIn = (folder: FolderEntry, name: string, found: Found) => {
      if (!folder.names.has(name)) folder.names.set(name, found)
    }
    for (const folder of folders) if (folder.parent && folder.package.file) putIn(folder.parent, baseName(folder.dir), folder.package)
    for (const folder of folders) {
      folder.modules?.forEach((module, name) => {
        putIn(folder, name, { file: module, dirs: NO_FOLDERS })
      })
      folder.modules = undefined
    }
    for (const folder of folders) if (folder.parent && !folder.package.file) putIn(folder.parent, baseName(folder.dir), folder.package)
    this.roots = [...layout.roots].sort((a, b) => b.dir.length - a.dir.length)
  }

  /** The module name of a file, as dotted parts ([] for an `__init__.py` that names no package). */
  moduleParts(file: RepoPath): readonly string[] {
    const entry = this.files.get(file)
    if (!entry) return []
    if (!entry.parts) {
      const folder = this.nameOf(entry.folder).parts
      entry.parts = entry.module === undefined ? folder : folder.concat(entry.module)
    }
    return entry.parts
  }

  /**
   * The dotted name of the package a file is in (the package itself for an `__init__`): its module
   * name but the last part, or all of it for an `__init__`. Where its relative imports start.
   */
  packageParts(file: RepoPath): readonly string[] {
    const entry = this.files.get(file)
    return entry ? this.nameOf(entry.folder).parts : []
  }

  /** A file's own name in its package (`b` of `a/b.py`); undefined for an `__init__`, which is the package. */
  nameInPackage(file: RepoPath): string | undefined {
    return this.files.get(file)?.module
  }

  /** The root that installs this file, when a project's packages hold it. */
  declaredBy(file: RepoPath): PackageRoot | undefined {
    const entry = this.files.get(file)
    return entry && this.nameOf(entry.folder).declared
  }

  /** The first folder upward from a file that is not a package: where pytest and a script start its path. */
  basedir(file: RepoPath): string {
    return this.basedirOf(dirOf(file))
  }

  private basedirOf(start: string): string {
    let dir = this.basedirs.get(start)
    if (dir === undefined) {
      for (dir = start; dir !== '' && this.packageInits.has(dir); dir = dirOf(dir));
      this.basedirs.set(start, dir)
    }
    return dir
  }

  /**
   * A top-level name along a path, in CPython's order: the first entry holding it as a regular
   * package or a module wins (in one folder a package before a module, a module before a namespace
   * portion); namespace portions merge only when no entry has a regular one.
   */
  findTop(name: string, path: readonly PathEntry[]): Found | undefined {
    let known = this.tops.get(path)
    if (!known) this.tops.set(path, (known = new Map<string, Found | undefined>()))
    if (known.has(name)) return known.get(name)
    const found = this.merge(
      path
        .filter((entry) => this.accepts(entry, name))
        .map((entry) => ({ folder: this.folders.get(entry.dir), namespaces: entry.namespaces })),
      name,
    )
    known.set(name, found)
    return found
  }

  /** A submodule of a found package: looked up only inside the package's folders. */
  findSub(parent: Found, name: string): Found | undefined {
    // One folder (all but a namespace package of several portions): what it holds, as merge would give it.
    if (parent.dirs.length === 1) return parent.dirs[0]!.names.get(name)
    return this.merge(
      parent.dirs.map((folder) => ({ folder, namespaces: true })),
      name,
    )
  }

  /** The folder holding one of the files: where its relative imports and its package's `__init__` are found. */
  folderOf(file: RepoPath): Folder {
    return this.files.get(file)!.folder
  }

  /**
   * The first folder holding `name` as a module or regular package wins, except that a package whose
   * `__init__` extends its path (`pkgutil.extend_path`) gathers every other folder of that name too: its
   * own folder first, then the others in the path's order (the namespace portions before it as well),
   * as extend_path appends them to its `__path__`.
   */
  private merge(dirs: readonly { folder: Folder | undefined; namespaces: boolean }[], name: string): Found | undefined {
    const portions: Folder[] = []
    let extended: RepoPath | undefined
    for (let k = 0; k < dirs.length; k++) {
      const { folder, namespaces } = dirs[k]!
      const found = folder?.names.get(name)
      if (!found) continue
      if (extended) portions.push(...found.dirs)
      else if (found.file && this.extending.has(found.file)) {
        extended = found.file
        portions.unshift(...found.dirs)
      } else if (found.file) return found
      else if (namespaces) portions.push(...found.dirs)
    }
    if (extended) return { file: extended, dirs: portions }
    return portions.length ? { dirs: portions } : undefined
  }

  private accepts(entry: PathEntry, name: string): boolean {
    if (entry.include && !this.matches(entry.include, name)) return false
    return !(entry.exclude && this.matches(entry.exclude, name))
  }

  /** setuptools' `fnmatch` patterns over package names (`django*`, `[._]*`). */
  private matches(patterns: readonly string[], name: string): boolean {
    let matcher = this.matchers.get(patterns)
    if (!matcher) this.matchers.set(patterns, (matcher = { test: picomatch([...patterns], { dot: true }), known: new Map() }))
    let answer = matcher.known.get(name)
    if (answer === undefined) matcher.known.set(name, (answer = matcher.test(name)))
    return answer
  }

  /**
   * Below the deepest root whose project installs it (its top-level package kept by the root's
   * finder, and a regular package where only those are found), else from the file's basedir.
   */
  private nameOf(folder: FolderEntry): FolderName {
    return (folder.name ??= this.folderName(folder.dir, this.roots))
  }

  /** The dotted parts of a folder's name (its files' module names but the last part), and the root that installs its files. */
  private folderName(dir: string, roots: readonly PackageRoot[]): FolderName {
    for (const root of roots) {
      if (root.dir !== '' && dir !== root.dir && !dir.startsWith(root.dir + '/')) continue
      const relative = root.dir === '' ? dir : dir.slice(root.dir.length + 1)
      if (relative === '') continue // a module directly in a root is a script's, unless a package holds it
      const slash = relative.indexOf('/')
      const top = slash < 0 ? relative : relative.slice(0, slash)
      if (!this.accepts(root, top) || (root.notPackages && this.matches(root.notPackages, top))) continue
      if (!root.namespaces && !this.packageInits.has(join(root.dir, top))) continue
      return { parts: relative.split('/'), declared: root }
    }
    const base = this.basedirOf(dir)
    const relative = base === '' ? dir : dir.slice(base.length + 1)
    return { parts: relative === '' ? [] : relative.split('/') }
  }
}

/** A module file's name without its ending (`.py`, `.pyi`). */
function moduleName(base: string): string {
  return base.endsWith('.py') ? base.slice(0, -3) : base.endsWith('.pyi') ? base.slice(0, -4) : base
}

/**
 * Whether `file` is the module a name is found as, over `known` (the file of that name seen before, if
 * any): a `.pyi` stub counts only where no `.py` of the same module exists (CONTRACTS.md §4 Files), as
 * Python runs the source. selectPythonFiles drops such stubs for the CLI; a caller that hands resolution
 * both still gets the source.
 */
function preferred(known: RepoPath | undefined, file: RepoPath): boolean {
  return known === undefined || (known.endsWith('.pyi') && !file.endsWith('.pyi'))
}

export function isInit(file: string): boolean {
  return isInitName(baseName(file))
}

function isInitName(name: string): boolean {
  return name === '__init__.py' || name === '__init__.pyi'
}
