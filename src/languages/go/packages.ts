import { dirOf, type RepoPath } from '../../core/repo-path.js'
import type { GoFacts } from './facts.js'
import { isGoTestFile } from './select.js'

/** A file's part in its folder's builds: the package itself, its internal test, or its external test (`p_test`). */
export type GoRole = 'source' | 'test' | 'xtest'

export interface GoMember {
  readonly path: RepoPath
  readonly role: GoRole
  /** The package it belongs to: its clause, or for an external test the clause without `_test`. */
  readonly pkg: string
}

/** One package of a folder: the files of its build and of its two kinds of test. */
export interface GoPackage {
  readonly sources: RepoPath[]
  readonly tests: RepoPath[]
  readonly xtests: RepoPath[]
}

/** The packages of one folder, and every non-test file of it whatever its clause (what an import of the folder reaches). */
export interface GoFolder {
  readonly sources: RepoPath[]
  readonly packages: Map<string, GoPackage>
}

/**
 * Groups files by folder and package clause (CONTRACTS.md §6 Packages). A test file whose clause is
 * `p_test` is an external test of `p`, unless a non-test file of the folder is itself in `p_test` (then
 * it is that package's internal test, as the go tool reads it). Files without a readable clause take
 * part in nothing.
 */
export function groupPackages(facts: ReadonlyMap<RepoPath, GoFacts>): { folders: Map<string, GoFolder>; members: Map<RepoPath, GoMember> } {
  const clauses = new Map<string, Set<string>>()
  for (const [path, { package: clause }] of facts) {
    if (clause === null || isGoTestFile(path)) continue
    const folder = dirOf(path)
    const known = clauses.get(folder)
    if (known) known.add(clause)
    else clauses.set(folder, new Set([clause]))
  }
  const folders = new Map<string, GoFolder>()
  const members = new Map<RepoPath, GoMember>()
  for (const [path, { package: clause }] of facts) {
    if (clause === null) continue
    const dir = dirOf(path)
    const external = isGoTestFile(path) && clause.endsWith('_test') && clause !== '_test' && !clauses.get(dir)?.has(clause)
    const member: GoMember = {
      path,
      role: !isGoTestFile(path) ? 'source' : external ? 'xtest' : 'test',
      pkg: external ? clause.slice(0, -'_test'.length) : clause,
    }
    members.set(path, member)
    let folder = folders.get(dir)
    if (!folder) folders.set(dir, (folder = { sources: [], packages: new Map() }))
    let pkg = folder.packages.get(member.pkg)
    if (!pkg) folder.packages.set(member.pkg, (pkg = { sources: [], tests: [], xtests: [] }))
    if (member.role === 'source') folder.sources.push(path)
    ;(member.role === 'source' ? pkg.sources : member.role === 'test' ? pkg.tests : pkg.xtests).push(path)
  }
  return { folders, members }
}
