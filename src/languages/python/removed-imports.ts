import type { Unresolved } from '../../core/model.js'
import { baseName, byCodePoint, dirOf, type RepoPath } from '../../core/repo-path.js'
import { readLayout, type LayoutSource } from './layout.js'
import type { PackagingDecl } from './packaging-decl.js'
import type { ResolveContext } from '../adapter.js'
import { PythonModuleIndex } from './module-index.js'
import { selectPythonFiles } from './select.js'

/**
 * For each removed Python file, the references that still name it: by its module's name, or by a name
 * one level inside it (`from pkg.old import thing`). The references are indexed by name once, so a
 * change that removes thousands of files costs one pass over them, not one per file.
 */
export function importsNamingRemoved(
  removed: readonly RepoPath[],
  references: readonly Unresolved[],
  context: ResolveContext,
  setupOf: (path: RepoPath) => PackagingDecl | undefined = () => undefined,
): Map<RepoPath, Unresolved[]> {
  const files = selectPythonFiles(context.files.map((path) => ({ path }))).map((f) => f.path)
  const byName = new Map<string, Unresolved[]>()
  const file = (name: string, reference: Unresolved) => {
    const list = byName.get(name)
    if (list) list.push(reference)
    else byName.set(name, [reference])
  }
  for (const reference of references) {
    file(reference.specifier, reference)
    const dot = reference.specifier.lastIndexOf('.')
    if (dot > 0) file(reference.specifier.slice(0, dot), reference)
  }
  const result = new Map<RepoPath, Unresolved[]>()
  for (const [path, name] of moduleNames(removed, files, packagingOf(context, setupOf))) {
    const found = new Set(byName.get(name) ?? [])
    result.set(
      path,
      [...found].sort((a, b) => byCodePoint(a.from, b.from) || a.line - b.line),
    )
  }
  return result
}

/**
 * The repository's packaging as resolution reads it (every discovered file, the packaging files' text,
 * setup.py's literal call), each file read once however many groups of removed files are named.
 */
function packagingOf(context: ResolveContext, setupOf: (path: RepoPath) => PackagingDecl | undefined): LayoutSource {
  const texts = new Map<RepoPath, string | undefined>()
  const setups = new Map<RepoPath, PackagingDecl | undefined>()
  const once = <T>(cache: Map<RepoPath, T>, path: RepoPath, read: (path: RepoPath) => T): T => {
    if (!cache.has(path)) cache.set(path, read(path))
    return cache.get(path) as T
  }
  return {
    ...context,
    readText: (path) => once(texts, path, (p) => context.readText(p)),
    setupOf: (path) => once(setups, path, setupOf),
  }
}

/**
 * The module name each removed file would have if it were among `files`, under the repository's real
 * layout (its packaging, as resolution reads it). A file's name depends on the roots, and adding it
 * changes them only through its folder (which then holds a module, or is a package when it is an
 * `__init__`). So the paths of one folder and one such role are named together, by one index: exactly
 * as one by one, without building an index of the whole repository per file.
 */
function moduleNames(paths: readonly RepoPath[], files: readonly RepoPath[], packaging: LayoutSource): Map<RepoPath, string> {
  const groups = new Map<string, RepoPath[]>()
  for (const path of paths) {
    if (!/\.pyi?$/.test(path)) continue
    const key = `${dirOf(path)}\0${/^__init__\.pyi?$/.test(baseName(path))}`
    const group = groups.get(key)
    if (group) group.push(path)
    else groups.set(key, [path])
  }
  const names = new Map<RepoPath, string>()
  for (const group of groups.values()) {
    const added = new Set<string>(group)
    const all = [...files.filter((f) => !added.has(f)), ...group]
    const index = new PythonModuleIndex(
      all,
      readLayout({ ...packaging, files: [...packaging.files.filter((f) => !added.has(f)), ...group] }),
    )
    for (const path of group) {
      const parts = index.moduleParts(path)
      if (parts.length) names.set(path, parts.join('.'))
    }
  }
  return names
}
