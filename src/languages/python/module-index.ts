import { baseName, byCodePoint, dirOf, type RepoPath } from '../../core/repo-path.js'

interface Provider {
  readonly root: string
  readonly file: RepoPath
}

/**
 * Which file provides each module name (CONTRACTS.md §4), built once from the file list so that
 * resolution never touches the disk.
 *
 * Source roots are the repository root and every folder that is not a package, whose parent is not a
 * package, and that directly holds a module or a package. A file's module name is its path below the
 * deepest root that holds it.
 */
export class PythonModuleIndex {
  /** Every root, in the order used after a file's own roots: shallowest first, then by name. */
  readonly roots: readonly string[]
  private readonly rootSet: Set<string>
  private readonly providers = new Map<string, Provider[]>()
  private readonly names = new Map<RepoPath, { readonly root: string; readonly parts: readonly string[] }>()
  /** Folders that hold an `__init__` module, to the file that is it. */
  readonly packageInits = new Map<string, RepoPath>()

  constructor(files: readonly RepoPath[]) {
    for (const file of files) if (isInit(file)) this.packageInits.set(dirOf(file), file)
    this.rootSet = this.findRoots(files)
    this.roots = [...this.rootSet].sort((a, b) => depth(a) - depth(b) || byCodePoint(a, b))
    const rank = new Map(this.roots.map((root, i) => [root, i]))

    for (const file of files) {
      const root = this.deepestRoot(dirOf(file))
      const relative = root ? file.slice(root.length + 1) : file
      const parts = relative.replace(/\.pyi?$/, '').split('/')
      if (isInit(file)) parts.pop()
      this.names.set(file, { root, parts })
      if (!parts.length) continue // an __init__.py at a root names no module
      const name = parts.join('.')
      const list = this.providers.get(name) ?? []
      const same = list.findIndex((p) => p.root === root)
      // Within one root a package (a/__init__.py) wins over a module (a.py), as in Python.
      if (same < 0) list.push({ root, file })
      else if (isInit(file)) list[same] = { root, file }
      list.sort((a, b) => rank.get(a.root)! - rank.get(b.root)!)
      this.providers.set(name, list)
    }
  }

  /** The module name of a file, as dotted parts ([] for an `__init__.py` at a root). */
  moduleParts(file: RepoPath): readonly string[] {
    return this.names.get(file)?.parts ?? []
  }

  /** The package a relative import in this file starts from: the package itself for an `__init__`. */
  ownPackage(file: RepoPath): readonly string[] {
    const parts = this.moduleParts(file)
    return isInit(file) ? parts : parts.slice(0, -1)
  }

  /**
   * The file that provides `name` for an import written in `from`: the roots holding `from` are asked
   * deepest first, then the others in `roots` order.
   */
  lookup(name: string, from: RepoPath): RepoPath | undefined {
    const list = this.providers.get(name)
    if (!list) return undefined
    if (list.length === 1) return list[0]!.file
    for (let dir = this.deepestRoot(dirOf(from)); ; dir = this.deepestRoot(dirOf(dir))) {
      const own = list.find((p) => p.root === dir)
      if (own) return own.file
      if (dir === '') break
    }
    return list[0]!.file
  }

  private deepestRoot(dir: string): string {
    for (let d = dir; d !== ''; d = dirOf(d)) if (this.rootSet.has(d)) return d
    return ''
  }

  private findRoots(files: readonly RepoPath[]): Set<string> {
    const roots = new Set([''])
    const candidates = new Set<string>()
    for (const file of files) {
      const dir = dirOf(file)
      candidates.add(dir) // directly holds a module
      if (isInit(file) && dir !== '') candidates.add(dirOf(dir)) // directly holds a package
    }
    for (const dir of candidates) {
      if (dir !== '' && !this.packageInits.has(dir) && !this.packageInits.has(dirOf(dir))) roots.add(dir)
    }
    return roots
  }
}

function isInit(file: string): boolean {
  const name = baseName(file)
  return name === '__init__.py' || name === '__init__.pyi'
}

function depth(dir: string): number {
  return dir === '' ? 0 : dir.split('/').length
}
