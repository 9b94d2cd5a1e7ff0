import type { DynamicImport, Edge, PartialParse, Unresolved } from '../../core/model.js'
import { byCodePoint, type RepoPath } from '../../core/repo-path.js'
import type { Resolution, ResolveContext } from '../adapter.js'
import type { JsFacts, JsImportKind } from './facts.js'
import { isJsTestFile } from './files.js'
import { JsProject } from './resolution/project.js'

/** JavaScript/TypeScript edge kinds, strongest first. */
const STRENGTH: readonly JsImportKind[] = ['import', 'lazy', 'type']

/** An edge from the importer being read. */
interface Pair {
  readonly to: RepoPath
  kind: JsImportKind
  line: number
  readonly kinds: Set<JsImportKind>
}

/** Every JavaScript/TypeScript file's imports as TypeScript 5.9 resolves them (CONTRACTS.md §5), as edges. */
export function resolveJavaScript(facts: ReadonlyMap<RepoPath, JsFacts>, context: ResolveContext): Resolution {
  const project = new JsProject(context.files, (path) => context.readText(path as RepoPath))
  const edges: Edge[] = []
  const unresolved: Unresolved[] = []
  const dynamic: DynamicImport[] = []
  const partial: PartialParse[] = []

  for (const from of [...facts.keys()].sort(byCodePoint)) {
    const { imports, dynamic: calls, syntaxErrorLine } = facts.get(from)!
    if (syntaxErrorLine !== undefined) partial.push({ path: from, line: syntaxErrorLine })
    for (const call of calls) dynamic.push({ from, ...call })
    // This importer's edges, by the file they go to: importers come one by one, in order.
    const pairs = new Map<RepoPath, Pair>()
    for (const imported of imports) {
      const outcome = project.resolve(from, imported)
      if (outcome.kind === 'unresolved') {
        const entry = { from, specifier: imported.specifier, line: imported.line }
        unresolved.push(outcome.looksLocal ? { ...entry, looksLocal: true } : entry)
        continue
      }
      if (outcome.kind !== 'file' || outcome.path === from) continue
      const to = outcome.path as RepoPath
      const known = pairs.get(to)
      if (!known) pairs.set(to, { to, kind: imported.kind, line: imported.line, kinds: new Set([imported.kind]) })
      else {
        known.kinds.add(imported.kind)
        // The line is the first import of the strongest kind: the statement that makes the edge what it is.
        if (STRENGTH.indexOf(imported.kind) < STRENGTH.indexOf(known.kind)) {
          known.kind = imported.kind
          known.line = imported.line
        }
      }
    }
    for (const { to, kind, line, kinds } of [...pairs.values()].sort((a, b) => byCodePoint(a.to, b.to))) {
      edges.push({ from, to, kind, line, ...(kinds.size > 1 && { kinds: STRENGTH.filter((k) => kinds.has(k)) }) })
    }
  }
  // jest's and vitest's default testMatch, by the file's name alone: neither reads the repository's configuration here.
  const tests = [...facts.keys()].filter(isJsTestFile)
  return { edges, unresolved, dynamic, partial, attributes: [], tests }
}
