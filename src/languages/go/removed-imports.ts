import type { Unresolved } from '../../core/model.js'
import { byCodePoint, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { ResolveContext } from '../adapter.js'
import { GoModuleIndex } from './module-index.js'
import { isGoNonTestSource } from './select.js'

/**
 * For each removed Go file, the imports that named it: those whose path maps to its folder, once no
 * other non-test file is left there (until then the package is still there, and so is every import of
 * it). A test file is never what an import names. The module paths come from the repository's
 * `go.mod` and `go.work` files, so this needs the tree after the change (`context`).
 */
export function goImportsNamingRemoved(
  removed: readonly RepoPath[],
  references: readonly Unresolved[],
  context: ResolveContext,
): Map<RepoPath, Unresolved[]> {
  const left = new Set(context.files.filter(isGoNonTestSource).map(dirOf))
  const gone = removed.filter((path) => isGoNonTestSource(path) && !left.has(dirOf(path)))
  const result = new Map<RepoPath, Unresolved[]>(removed.map((path) => [path, []]))
  if (!gone.length) return result
  // The tree as it was for these folders: the removed files put back, so that their folders are packages.
  const index = new GoModuleIndex({ files: [...context.files, ...gone], readText: (path) => context.readText(path) })
  const byFolder = new Map<string, Unresolved[]>()
  for (const reference of references) {
    const { folder } = index.lookup(reference.specifier, dirOf(reference.from))
    if (folder === undefined) continue
    const list = byFolder.get(folder)
    if (list) list.push(reference)
    else byFolder.set(folder, [reference])
  }
  for (const path of gone) {
    const found = [...(byFolder.get(dirOf(path)) ?? [])]
    result.set(
      path,
      found.sort((a, b) => byCodePoint(a.from, b.from) || a.line - b.line),
    )
  }
  return result
}
