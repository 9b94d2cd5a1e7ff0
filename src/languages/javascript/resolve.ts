// PLACEHOLDER, replaced by the js-resolve branch's resolve.ts when the lead merges it (take theirs).
// TODO(js-resolve): until then nothing resolves: every import is listed as unresolved, none is guessed.
import type { Unresolved } from '../../core/model.js'
import { byCodePoint, type RepoPath } from '../../core/repo-path.js'
import type { Resolution, ResolveContext } from '../adapter.js'
import type { JsFacts } from './facts.js'

export function resolveJavaScript(facts: ReadonlyMap<RepoPath, JsFacts>, _context: ResolveContext): Resolution {
  const unresolved: Unresolved[] = []
  const dynamic = []
  const partial = []
  for (const from of [...facts.keys()].sort(byCodePoint)) {
    const { imports, dynamic: calls, syntaxErrorLine } = facts.get(from)!
    if (syntaxErrorLine !== undefined) partial.push({ path: from, line: syntaxErrorLine })
    for (const call of calls) dynamic.push({ from, ...call })
    for (const { specifier, line } of imports) unresolved.push({ from, specifier, line })
  }
  return { edges: [], unresolved, dynamic, partial, attributes: [] }
}
