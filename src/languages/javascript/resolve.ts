import type { DynamicImport, Edge, PartialParse, Unresolved } from '../../core/model.js'
import { byCodePoint, type RepoPath } from '../../core/repo-path.js'
import type { Resolution, ResolveContext } from '../adapter.js'
import type { JsFacts, JsImportKind } from './facts.js'
import { JsProject } from './resolution/project.js'

const STRENGTH: readonly JsImportKind[] = ['import', 'lazy', 'type']

/** Every JavaScript/TypeScript file's imports as TypeScript 5.9 resolves them (CONTRACTS.md §5), as edges. */
export function resolveJavaScript(facts: ReadonlyMap<RepoPath, JsFacts>, context: ResolveContext): Resolution {
  const project = new JsProject(context.files, (path) => context.readText(path as RepoPath))
  const edges = new Map<string, { from: RepoPath; to: RepoPath; kind: JsImportKind; line: number }>()
  const unresolved: Unresolved[] = []
  const dynamic: DynamicImport[] = []
  const partial: PartialParse[] = []

  for (const from of [...facts.keys()].sort(byCodePoint)) {
    const { imports, dynamic: calls, syntaxErrorLine } = facts.get(from)!
    if (syntaxErrorLine !== undefined) partial.push({ path: from, line: syntaxErrorLine })
    for (const call of calls) dynamic.push({ from, ...call })
    for (const imported of imports) {
      const outcome = project.resolve(from, imported)
      if (outcome.kind === 'unresolved') {
        const entry = { from, specifier: imported.specifier, line: imported.line }
        unresolved.push(project.looksLocal(from, imported.specifier) ? { ...entry, looksLocal: true } : entry)
        continue
      }
      if (outcome.kind !== 'file' || outcome.path === from) continue
      const to = outcome.path as RepoPath
      const key = `${from}\0${to}`
      const known = edges.get(key)
      if (!known || STRENGTH.indexOf(imported.kind) < STRENGTH.indexOf(known.kind)) {
        edges.set(key, { from, to, kind: imported.kind, line: imported.line })
      }
    }
  }
  const list: Edge[] = [...edges.values()].sort((a, b) => byCodePoint(a.from, b.from) || byCodePoint(a.to, b.to))
  return { edges: list, unresolved, dynamic, partial, attributes: [] }
}
