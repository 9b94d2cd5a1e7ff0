import type { Unresolved } from '../../core/model.js'
import { byCodePoint, type RepoPath } from '../../core/repo-path.js'
import type { ResolveContext } from '../adapter.js'
import type { JsImport } from './facts.js'
import { isJsGraphFile } from './files.js'
import { LineTable } from './lines.js'
import { pathReferences } from './references.js'
import { JsProject, type Outcome } from './resolution/project.js'

/**
 * A reference keeps only its file, name and line, not the syntax that chose its resolution mode (§5.3), so
 * it is resolved in each mode its file's imports can have: the mode of its static imports, and `import` and
 * `require` (which a `resolution-mode` attribute sets under any options).
 */
const IN_EACH_MODE: readonly Pick<JsImport, 'kind' | 'form' | 'resolutionMode'>[] = [
  { kind: 'import', form: 'import' },
  { kind: 'type', form: 'import', resolutionMode: 'import' },
  { kind: 'type', form: 'import', resolutionMode: 'require' },
]

/**
 * For each removed JavaScript/TypeScript file, the unresolved references of the tree after the change
 * (`context`) that TypeScript's resolution would take to it were it still there: each is resolved again,
 * by the same rules as the graph (§5: `paths`, workspace packages, `exports`, project outputs), on that tree
 * with the removed files put back. Their contents are not needed: resolution only asks whether they exist.
 * A reference counts when one of its possible modes reaches the removed file (so one that its own mode
 * left unresolved before the removal too, `import './x'` without the extension node16 wants in an ES
 * module, is listed as well); a `/// <reference path>` is tried as one only where its file's leading
 * comments hold it (a bare `import 'x'` is not `./x`).
 */
export function importsNamingRemoved(
  removed: readonly RepoPath[],
  references: readonly Unresolved[],
  context: ResolveContext,
): Map<RepoPath, Unresolved[]> {
  const mine = new Set(removed.filter(isJsGraphFile))
  const result = new Map<RepoPath, Unresolved[]>([...mine].map((path) => [path, []]))
  if (!mine.size) return result
  const files = [...new Set([...context.files, ...mine])].sort(byCodePoint)
  const project = new JsProject(files, (path) => context.readText(path as RepoPath))
  const directives = new PathReferences(context)
  const removedTarget = (outcome: Outcome) => (outcome.kind === 'file' && mine.has(outcome.path as RepoPath) ? outcome.path : undefined)

  for (const reference of references) {
    if (!isJsGraphFile(reference.from)) continue
    const written = { line: reference.line, specifier: reference.specifier }
    const targets = new Set(IN_EACH_MODE.map((syntax) => removedTarget(project.resolve(reference.from, { ...written, ...syntax }))))
    const asDirective = removedTarget(project.resolve(reference.from, { ...written, kind: 'type', form: 'reference' }))
    if (asDirective && directives.holds(reference)) targets.add(asDirective)
    for (const target of targets) if (target !== undefined) result.get(target as RepoPath)!.push(reference)
  }
  for (const list of result.values()) list.sort((a, b) => byCodePoint(a.from, b.from) || a.line - b.line)
  return result
}

/** Which references are `/// <reference path>` directives, read from their files' text once each, when asked. */
class PathReferences {
  private readonly byFile = new Map<RepoPath, ReadonlySet<string>>()

  constructor(private readonly context: ResolveContext) {}

  holds(reference: Unresolved): boolean {
    let found = this.byFile.get(reference.from)
    if (!found) {
      const text = this.context.readText(reference.from) ?? ''
      const lines = new LineTable(text)
      found = new Set(pathReferences(text).map(({ path, offset }) => `${lines.lineAt(offset)}\0${path}`))
      this.byFile.set(reference.from, found)
    }
    return found.has(`${reference.line}\0${reference.specifier}`)
  }
}
