import type { DynamicImport, Edge, PartialParse, Unresolved } from '../../core/model.js'
import { byCodePoint, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { Resolution } from '../adapter.js'
import type { PyFacts, PyImport } from './facts.js'
import { PY_EDGE_KINDS, strongerKind, type PyEdgeKind } from './kinds.js'
import { PythonModuleIndex } from './module-index.js'

/** Turns every file's import statements into edges by CONTRACTS.md §4. */
export function resolvePython(facts: ReadonlyMap<RepoPath, PyFacts>): Resolution {
  const files = [...facts.keys()].sort(byCodePoint)
  const index = new PythonModuleIndex(files)
  const looksLocal = localLooking(files)
  const edges = new EdgeSet()
  const unresolved: Unresolved[] = []
  const dynamic: DynamicImport[] = []
  const partial: PartialParse[] = []
  const attributes: Unresolved[] = []

  for (const from of files) {
    const { imports, dynamic: calls, syntaxErrorLine } = facts.get(from)!
    if (syntaxErrorLine !== undefined) partial.push({ path: from, line: syntaxErrorLine })
    const seen = new Set<string>()
    for (const statement of imports) {
      const result = resolveImport(index, from, statement)
      for (const to of result.targets) edges.add(from, to, statement.context, statement.line)
      for (const specifier of result.attributes) attributes.push({ from, specifier, line: statement.line })
      const key = `${statement.line}\0${result.unresolved}`
      if (result.unresolved !== undefined && !seen.has(key)) {
        seen.add(key)
        const specifier = result.unresolved
        unresolved.push({ from, specifier, line: statement.line, ...(looksLocal(specifier) && { looksLocal: true }) })
      }
    }
    for (const call of calls) dynamic.push({ from, ...call })
    addPackageEdge(index, edges, from)
  }
  return { edges: edges.list(), unresolved, dynamic, partial, attributes }
}

/**
 * A heuristic, since a name no file provides may still have been meant for this repository: relative,
 * or its first name is the first folder (or module file) of some Python file. The standard library and
 * third-party packages fail that test.
 */
export function localLooking(files: readonly RepoPath[]): (specifier: string) => boolean {
  const topNames = new Set(files.map((f) => f.split('/')[0]!.replace(/\.[^.]*$/u, '')))
  return (specifier) => specifier.startsWith('.') || topNames.has(specifier.split('.')[0]!)
}

/** Python runs a package's `__init__` first: a module depends on its package's, an `__init__` on its parent's. */
function addPackageEdge(index: PythonModuleIndex, edges: EdgeSet, file: RepoPath): void {
  const dir = dirOf(file)
  const own = index.packageInits.get(dir)
  const init = own === file ? (dir === '' ? undefined : index.packageInits.get(dirOf(dir))) : own
  if (init) edges.add(file, init, 'package')
}

interface Resolved {
  readonly targets: RepoPath[]
  /** Full names that are not modules, resolved to the module holding them. */
  readonly attributes: string[]
  /** The name nothing provides, when something does not resolve. */
  readonly unresolved?: string
}

function resolveImport(index: PythonModuleIndex, from: RepoPath, statement: PyImport): Resolved {
  const { level, module, names } = statement
  const base = level === 0 ? module : relativeBase(index, from, level, module)
  if (base === undefined) return { targets: [], attributes: [], unresolved: '.'.repeat(level) + module }

  if (names === null) {
    // `import a.b.c`: the module itself, else its direct parent (a.b.c may be an attribute set by a.b).
    const target = index.lookup(base, from)
    if (target) return { targets: [target], attributes: [] }
    const parent = base.includes('.') ? index.lookup(base.slice(0, base.lastIndexOf('.')), from) : undefined
    return parent ? { targets: [parent], attributes: [base] } : { targets: [], attributes: [], unresolved: base }
  }

  const targets: RepoPath[] = []
  const attributes: string[] = []
  let missing = false
  const container = index.lookup(base, from)
  for (const name of names) {
    const submodule = name === '*' ? undefined : index.lookup(`${base}.${name}`, from)
    if (submodule) targets.push(submodule)
    else if (!container) missing = true
    else {
      targets.push(container)
      if (name !== '*') attributes.push(`${base}.${name}`)
    }
  }
  return missing ? { targets, attributes, unresolved: base } : { targets, attributes }
}

/** The absolute name a relative import means; undefined where Python refuses it. */
function relativeBase(index: PythonModuleIndex, from: RepoPath, level: number, module: string): string | undefined {
  const pkg = index.ownPackage(from)
  if (level > pkg.length) return undefined // no package, or climbs above the top-level one
  const parts = pkg.slice(0, pkg.length - (level - 1))
  return (module ? [...parts, module] : parts).join('.')
}

/**
 * One edge per ordered pair: the strongest kind and the first line that gives it that kind, with every
 * kind that joins the pair where there are several (a lazy import of a module that its package's
 * `__init__` loads too is still reached at import time).
 */
class EdgeSet {
  private readonly byPair = new Map<string, { from: RepoPath; to: RepoPath; kinds: Set<PyEdgeKind>; kind: PyEdgeKind; line?: number }>()

  add(from: RepoPath, to: RepoPath, kind: PyEdgeKind, line?: number): void {
    if (from === to) return
    const key = `${from}\0${to}`
    const known = this.byPair.get(key)
    if (!known) {
      this.byPair.set(key, { from, to, kinds: new Set([kind]), kind, ...(line !== undefined && { line }) })
      return
    }
    known.kinds.add(kind)
    if (kind !== known.kind) {
      if (strongerKind(kind, known.kind) !== kind) return
      known.kind = kind
      known.line = line
    } else if (line !== undefined && (known.line === undefined || line < known.line)) known.line = line
  }

  list(): Edge[] {
    return [...this.byPair.values()].map(({ from, to, kind, kinds, line }) => ({
      from,
      to,
      kind,
      ...(kinds.size > 1 && { kinds: PY_EDGE_KINDS.map((k) => k.kind).filter((k) => kinds.has(k)) }),
      ...(line !== undefined && { line }),
    }))
  }
}
