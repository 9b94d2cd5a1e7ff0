import type { Edge, EdgeKind, PartialParse, Unresolved } from '../../core/model.js'
import { byCodePoint, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { Resolution } from '../adapter.js'
import type { GoFacts } from './facts.js'
import { GO_EDGE_KINDS } from './kinds.js'
import { GoModuleIndex, type GoTree } from './module-index.js'
import { groupPackages, type GoFolder, type GoMember } from './packages.js'

/** A pair joined by an import and by its package: both kinds, strongest first. */
const BOTH = GO_EDGE_KINDS.map((spec) => spec.kind)

/** cgo's pseudo-package: no file provides it, and it is not missing either. */
const CGO = 'C'

/** Turns every Go file's package clause and imports into edges by CONTRACTS.md §6. */
export function resolveGo(facts: ReadonlyMap<RepoPath, GoFacts>, tree: GoTree): Resolution {
  const index = new GoModuleIndex(tree)
  const { folders, members } = groupPackages(facts)
  const edges: Edge[] = []
  const unresolved: Unresolved[] = []
  const partial: PartialParse[] = []

  for (const from of [...facts.keys()].sort(byCodePoint)) {
    const { imports, syntaxErrorLine } = facts.get(from)!
    if (syntaxErrorLine !== undefined) partial.push({ path: from, line: syntaxErrorLine })
    const member = members.get(from)
    if (!member) continue
    // The edges of one file, by target: an import line, or none for a `package` edge. `import` wins,
    // and a pair joined both ways (an import of its own folder) says so.
    const targets = new Map<RepoPath, { kind: EdgeKind; line?: number; both?: true }>()
    const seen = new Set<string>()
    for (const { path, line } of imports) {
      if (path === CGO) continue
      const { folder, local } = index.lookup(path, dirOf(from))
      if (folder === undefined) {
        const key = `${line}\0${path}`
        if (!seen.has(key)) unresolved.push(local ? { from, specifier: path, line, looksLocal: true } : { from, specifier: path, line })
        seen.add(key)
        continue
      }
      for (const to of importTargets(member, folder, folders.get(folder))) {
        if (!targets.has(to)) targets.set(to, { kind: 'import', line })
      }
    }
    for (const to of packageTargets(member, folders.get(dirOf(from))!)) {
      const known = targets.get(to)
      if (!known) targets.set(to, { kind: 'package' })
      else known.both = true
    }
    targets.delete(from)
    for (const [to, { kind, line, both }] of targets) {
      edges.push({ from, to, kind, ...(both && { kinds: BOTH }), ...(line !== undefined && { line }) })
    }
  }
  return { edges, unresolved, dynamic: [], partial, attributes: [] }
}

/**
 * An import reaches every non-test file of the folder; an external test's import of its own package
 * also reaches that package's internal tests, which `go test` compiles into what it imports.
 */
function importTargets(member: GoMember, folder: string, files: GoFolder | undefined): RepoPath[] {
  if (!files) return []
  if (member.role !== 'xtest' || folder !== dirOf(member.path)) return files.sources
  return [...files.sources, ...(files.packages.get(member.pkg)?.tests ?? [])]
}

/** One scope per package: a build's files see each other, its internal tests see it and each other, external tests each other. */
function packageTargets(member: GoMember, folder: GoFolder): RepoPath[] {
  const pkg = folder.packages.get(member.pkg)!
  if (member.role === 'source') return pkg.sources
  if (member.role === 'test') return [...pkg.sources, ...pkg.tests]
  return pkg.xtests
}
