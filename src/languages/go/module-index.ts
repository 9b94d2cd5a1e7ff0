import { baseName, dirOf, type RepoPath } from '../../core/repo-path.js'
import { parseGoMod, type GoModFile } from './gomod.js'
import { isGoNonTestSource, isGoVisible } from './select.js'

/** What the index reads: the repository's files, and the text of its `go.mod` and `go.work` files. */
export interface GoTree {
  readonly files: readonly RepoPath[]
  readText(path: RepoPath): string | undefined
}

/** Where an import path leads: a package folder of the repository, or none (then `local` says whether one was meant). */
export type GoLookup = { readonly folder: string; readonly local: true } | { readonly folder?: undefined; readonly local: boolean }

/** Module paths a module sees, each mapped to its folder, or to null where it is replaced by something outside the repository. */
type ModuleView = ReadonlyMap<string, string | null>

/**
 * Which folder an import path names, by CONTRACTS.md §6 Modules and Resolution: built once for the
 * whole repository; each module's view of module paths is worked out on first use and kept.
 */
export class GoModuleIndex {
  private readonly modFolders = new Set<string>()
  private readonly workFolders = new Set<string>()
  /** Folders with at least one non-test Go file: the only ones that provide a package. */
  private readonly packageFolders = new Set<string>()
  private readonly parsed = new Map<string, GoModFile>()
  private readonly moduleOfFolder = new Map<string, string | null>()
  private readonly views = new Map<string, ModuleView>()
  private readonly workViews = new Map<string, ModuleView>()
  private readonly lookups = new Map<string, Map<string, GoLookup>>()

  constructor(private readonly tree: GoTree) {
    for (const path of tree.files) {
      if (isGoNonTestSource(path)) this.packageFolders.add(dirOf(path))
      else if (!isGoVisible(path)) continue
      else if (baseName(path) === 'go.mod') this.modFolders.add(dirOf(path))
      else if (baseName(path) === 'go.work') this.workFolders.add(dirOf(path))
    }
  }

  /** The folder of the `go.mod` a folder's files belong to: the nearest at or above it; undefined below none. */
  moduleFolderOf(folder: string): string | undefined {
    const known = this.moduleOfFolder.get(folder)
    if (known !== undefined) return known ?? undefined
    const found = this.modFolders.has(folder) ? folder : folder === '' ? undefined : this.moduleFolderOf(dirOf(folder))
    this.moduleOfFolder.set(folder, found ?? null)
    return found
  }

  /**
   * The folder an import path names for the files of `fromFolder`, or, where it names none, whether it
   * still looks local: it lies under a module path the module sees (a missing package of the
   * repository), or is a relative path (`./x`, which module mode refuses).
   */
  lookup(importPath: string, fromFolder: string): GoLookup {
    const module = this.moduleFolderOf(fromFolder)
    const relative = importPath === '.' || importPath === '..' || /^\.\.?\//.test(importPath)
    if (module === undefined) return { local: relative }
    // The same paths are imported by many files of a module: each is looked up once per module.
    let known = this.lookups.get(module)
    if (!known) this.lookups.set(module, (known = new Map<string, GoLookup>()))
    let found = known.get(importPath)
    if (!found) known.set(importPath, (found = this.find(importPath, this.viewOf(module), relative)))
    return found
  }

  private find(importPath: string, view: ModuleView, relative: boolean): GoLookup {
    let local = relative
    // Longest module path first: the first that maps the path to a package folder of its own module wins.
    for (let cut = importPath.length; cut > 0; cut = importPath.lastIndexOf('/', cut - 1)) {
      const root = view.get(cut === importPath.length ? importPath : importPath.slice(0, cut))
      if (root === undefined || root === null) continue
      local = true
      const rest = importPath.slice(cut + 1)
      if (cut < importPath.length && rest.split('/').some((part) => part === '' || part === '.' || part === '..')) continue
      const folder = cut === importPath.length ? root : root ? `${root}/${rest}` : rest
      if (this.packageFolders.has(folder) && this.moduleFolderOf(folder) === root) return { folder, local: true }
    }
    return { local }
  }

  private viewOf(module: string): ModuleView {
    let view = this.views.get(module)
    if (!view) {
      const work = this.workspaceOf(module)
      view = work === undefined ? this.singleView(module) : this.workspaceView(work)
      this.views.set(module, view)
    }
    return view
  }

  /** The folder of the `go.work` that applies to a module: the nearest at or above it, when it `use`s the module. */
  private workspaceOf(module: string): string | undefined {
    for (let folder: string | undefined = module; folder !== undefined; folder = folder === '' ? undefined : dirOf(folder)) {
      if (this.workFolders.has(folder)) return this.usedModules(folder).includes(module) ? folder : undefined
    }
    return undefined
  }

  private usedModules(work: string): string[] {
    return this.file(work, 'go.work')
      .uses.map((use) => joinFolder(work, use))
      .filter((f): f is string => f !== undefined && this.modFolders.has(f))
  }

  /** Its own path, then its local replacements. */
  private singleView(module: string): ModuleView {
    const view = new Map<string, string | null>()
    this.addModule(view, module)
    this.addReplaces(view, module, 'go.mod')
    return view
  }

  /** Every used module by its own path, then the `go.work`'s replacements, then each used module's. */
  private workspaceView(work: string): ModuleView {
    const known = this.workViews.get(work)
    if (known) return known
    const view = new Map<string, string | null>()
    const used = this.usedModules(work)
    for (const module of used) this.addModule(view, module)
    this.addReplaces(view, work, 'go.work')
    for (const module of used) this.addReplaces(view, module, 'go.mod')
    this.workViews.set(work, view)
    return view
  }

  private addModule(view: Map<string, string | null>, module: string): void {
    const path = this.file(module, 'go.mod').module
    if (path !== undefined && !view.has(path)) view.set(path, module)
  }

  /** Replacements by a folder of the repository that holds a `go.mod`; any other replaces the path by nothing here. */
  private addReplaces(view: Map<string, string | null>, folder: string, name: 'go.mod' | 'go.work'): void {
    for (const { path, dir } of this.file(folder, name).replaces) {
      if (view.has(path)) continue
      const target = dir === null ? undefined : joinFolder(folder, dir)
      view.set(path, target !== undefined && this.modFolders.has(target) ? target : null)
    }
  }

  private file(folder: string, name: 'go.mod' | 'go.work'): GoModFile {
    const path = folder ? `${folder}/${name}` : name
    let file = this.parsed.get(path)
    if (!file) {
      file = parseGoMod(this.tree.readText(path as RepoPath) ?? '')
      this.parsed.set(path, file)
    }
    return file
  }
}

/** `relative` (`./x`, `../y`, `.`) from `folder`, both repository-relative; undefined when it climbs out. */
function joinFolder(folder: string, relative: string): string | undefined {
  const parts = folder ? folder.split('/') : []
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue
    if (part !== '..') parts.push(part)
    else if (!parts.length) return undefined
    else parts.pop()
  }
  return parts.join('/')
}
