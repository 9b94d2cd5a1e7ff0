import type { Edge, EdgeGroup, PartialParse, Unresolved } from '../../core/model.js'
import { byCodePoint, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { Resolution } from '../adapter.js'
import type { GoFacts } from './facts.js'
import { GoModuleIndex, type GoTree } from './module-index.js'
import { groupPackages, type GoFolder, type GoMember } from './packages.js'
import { isGoTestFile } from './select.js'

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
    // The import edges of one file, by target, with the line of the first import that reaches it.
    const targets = new Map<RepoPath, number>()
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
      for (const to of importTargets(member, folder, folders.get(folder))) if (!targets.has(to)) targets.set(to, line)
    }
    targets.delete(from)
    for (const [to, line] of targets) edges.push({ from, to, kind: 'import', line })
  }
  const tests = [...facts.keys()].filter(isGoTestFile)
  return { edges, unresolved, dynamic: [], partial, attributes: [], tests, groups: packageGroups(folders) }
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

/**
 * One scope per package, as groups (the graph lists their pairs as `package` edges without paying for
 * them): a build's files see each other; its internal tests see each other and the build; its external
 * tests see each other. A pair that an import joins too gets both kinds in the graph.
 */
function packageGroups(folders: ReadonlyMap<string, GoFolder>): EdgeGroup[] {
  const groups: EdgeGroup[] = []
  for (const { packages } of folders.values()) {
    for (const { sources, tests, xtests } of packages.values()) {
      groups.push({ kind: 'package', members: sources })
      groups.push({ kind: 'package', members: tests, alsoOn: sources })
      groups.push({ kind: 'package', members: xtests })
    }
  }
  return groups
}
