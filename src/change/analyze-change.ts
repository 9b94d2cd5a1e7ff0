import type { ChangedFile, Unresolved } from '../core/model.js'
import { byCodePoint, toRepoPath, type RepoPath } from '../core/repo-path.js'
import type { ImportGraph } from '../graph/import-graph.js'
import { blastRadius, changedImpact, type Impact } from '../impact/blast-radius.js'
import { directImporters, narrowedReach } from '../impact/narrowed.js'
import type { ChangedNames, LanguageAdapter, NameUser } from '../languages/adapter.js'
import { languageAdapters } from '../languages/registry.js'
import { declaredEffects, type Declared } from './declared.js'
import type { CodeownersFile } from './read-codeowners.js'
import { testScope, type TestScope } from './test-scope.js'

export interface GoneFile {
  /** The removed file, or the old path of a renamed one. */
  readonly path: string
  readonly status: ChangedFile['status']
  /** Imports in the current tree that still name it (by the module's name, or a name inside it): they are now broken. */
  readonly stillImportedBy: readonly Unresolved[]
}

/** Which radius drives the figures: every importer of a changed file (`files`, the default), or those using its changed names. */
export type Precision = 'files' | 'names'

/** One changed file's radius by names: its importers, those that use the changed names (and why), the narrowed total. */
export interface NamedRadius {
  readonly path: RepoPath
  readonly names: readonly string[]
  /** Files importing it directly (ring 1 of the file-level radius). */
  readonly importers: number
  /** The files that use the names, directly or through files passing them on: ring 1 of the narrowed radius. */
  readonly users: readonly NameUser[]
  readonly total: number
}

/** The radius narrowed to the changed names (issue 17), beside the file-level one. */
export interface NamesAnalysis {
  readonly precision: Precision
  /** The changed files whose users their language could tell, in the order of the changes. */
  readonly files: readonly NamedRadius[]
  /** The union narrowed to names: the other changed files (all their names, or not known) with all their importers. */
  readonly narrowed: Impact
  readonly fileLevel: Impact
}

export interface ChangeAnalysis {
  readonly graph: ImportGraph
  readonly changes: readonly ChangedFile[]
  /** Changed files the graph knows: the sources of the blast radius. */
  readonly inGraph: readonly RepoPath[]
  /** Changed files the graph does not read (other languages, docs, data). */
  readonly outsideGraph: readonly ChangedFile[]
  /** Of those, the paths a language of the graph reads as source: left out by include/exclude or skipped. */
  readonly readableOutside: ReadonlySet<string>
  /** Removed files (and old names of renamed ones) that a language of the graph reads as source. */
  readonly goneSources: number
  readonly impact: Impact
  /** The same radius following only edges that are followed when the importer is loaded. */
  readonly importTimeImpact: Impact
  /** Test files in the blast radius, by their languages' rules, in code-point order. */
  readonly affectedTests: readonly RepoPath[]
  /**
   * The tests the change asks to run: the changed test files (never in the radius, as no changed file is,
   * yet the first the change reaches) and the affected ones, in code-point order.
   */
  readonly testsToRun: readonly RepoPath[]
  /** Whether those tests are enough, and each language's runner for them. */
  readonly testScope: TestScope
  /** The repository's CODEOWNERS file, where the pipeline found one. */
  readonly codeowners?: CodeownersFile
  readonly gone: readonly GoneFile[]
  /**
   * For changed files whose language can tell and whose changed lines are known: the top-level names the
   * change touches, or all with why. A file not here changes all its names as far as anyone can tell.
   */
  readonly changedNames: ReadonlyMap<RepoPath, ChangedNames>
  /**
   * The radius by names, where some changed file's language could tell its users; `impact`,
   * `importTimeImpact` and the tests are the narrowed ones only with `precision: names`.
   */
  readonly names?: NamesAnalysis
  /**
   * The unresolved imports that look local (`looksLocal`) in files of a language the change or its radius
   * holds. An import resolves within its own language (a Python file never imports a JavaScript one), so
   * only these can hide importers of the radius: Django's vendored xregexp.js cannot make a Python
   * change's radius larger.
   */
  readonly looksLocalInReach: readonly Unresolved[]
  /** What `.blast-radius.yml` declares for this change: the code reading changed data files, why everything is affected, what it could not read. */
  readonly declared: {
    readonly readers: ReadonlyMap<RepoPath, readonly RepoPath[]>
    readonly everything: readonly { readonly path: RepoPath; readonly why: string }[]
    readonly problems: readonly string[]
  }
}

/** Everything the report says about one change, computed once from the graph of the new tree. */
export function analyzeChange(
  graph: ImportGraph,
  changes: readonly ChangedFile[],
  languages: readonly LanguageAdapter[] = languageAdapters(),
  declared?: Declared,
  precision: Precision = 'files',
): ChangeAnalysis {
  const inGraph: RepoPath[] = []
  const outsideGraph: ChangedFile[] = []
  const goneChanges: { path: string; status: ChangedFile['status'] }[] = []
  for (const change of changes) {
    if (change.status !== 'removed' && graph.has(change.path)) inGraph.push(change.path as RepoPath)
    else if (change.status !== 'removed') outsideGraph.push(change)
    const old = change.status === 'removed' ? change.path : change.status === 'renamed' ? change.previousPath : undefined
    if (old !== undefined) goneChanges.push({ path: old, status: change.status })
  }
  const stillImporting = importersOfGone(
    graph,
    languages,
    goneChanges.map((g) => g.path),
  )
  // The files that still import a removed file break: ring 1 of the radius, with their importers after them.
  const removed = new Map<RepoPath, RepoPath[]>()
  for (const [old, references] of stillImporting) {
    if (references.length) removed.set(toRepoPath(old), [...new Set(references.map((r) => r.from))])
  }
  // Declared readers of a changed data file are ring 1, via that file; a change that affects all makes every file ring 1.
  const effects = declaredEffects(
    declared ?? { file: '', readBy: [], affectsAll: [], problems: [] },
    changes.flatMap((c) => (c.previousPath === undefined ? [c.path] : [c.path, c.previousPath])),
    graph.files.map((f) => f.path),
  )
  for (const [path, readers] of effects.readers) if (readers.length) removed.set(path, [...(removed.get(path) ?? []), ...readers])
  const everyFile = effects.everything[0]?.path
  if (everyFile !== undefined)
    removed.set(
      everyFile,
      graph.files.map((f) => f.path),
    )
  const fileImpact = blastRadius(graph, inGraph, { removed })
  const atLoad = new Set(graph.kinds.filter((k) => k.atLoad).map((k) => k.kind))
  const fileImportTime = blastRadius(graph, inGraph, { removed, kinds: atLoad })
  const changedNames = namesOfChanges(graph, changes, inGraph, languages)
  const names = namesAnalysis(graph, inGraph, changedNames, languages, removed, fileImpact, precision)
  const narrow = precision === 'names' && names
  const impact = narrow ? names.narrowed : fileImpact
  const importTimeImpact = narrow ? narrowedImpact(graph, inGraph, names.files, removed, atLoad) : fileImportTime
  const affectedTests = impact.affected.files
    .map((f) => f.path)
    .filter((path) => graph.isTest(path))
    .sort(byCodePoint)
  const testsToRun = [...new Set([...inGraph.filter((path) => graph.isTest(path)), ...affectedTests])].sort(byCodePoint)
  return {
    graph,
    changes,
    inGraph,
    outsideGraph,
    readableOutside: readable(
      languages,
      outsideGraph.map((c) => c.path),
    ),
    goneSources: readable(
      languages,
      goneChanges.map((g) => g.path),
    ).size,
    impact,
    affectedTests,
    testsToRun,
    testScope: testScope(
      changes,
      testsToRun,
      languages,
      effects.everything.map((e) => e.why),
    ),
    importTimeImpact,
    gone: goneChanges.map((g) => ({ ...g, stillImportedBy: stillImporting.get(g.path) ?? [] })),
    declared: { ...effects, problems: declared?.problems ?? [] },
    changedNames,
    ...(names && { names }),
    looksLocalInReach: looksLocalInReach(graph, languages, [
      ...inGraph,
      ...goneChanges.map((g) => g.path),
      ...impact.affected.files.map((f) => f.path),
    ]),
  }
}

/** The looks-local unresolved imports of the files of the languages that own some of `reach` (changed, removed and affected paths). */
function looksLocalInReach(graph: ImportGraph, languages: readonly LanguageAdapter[], reach: readonly string[]): Unresolved[] {
  const looksLocal = graph.unresolved.filter((u) => u.looksLocal === true)
  if (!looksLocal.length) return []
  const files = sourceFiles(reach)
  const reached = languages.filter((adapter) => adapter.select(files).length)
  return looksLocal.filter((u) => reached.some((adapter) => adapter.select([{ path: u.from }]).length))
}

/**
 * Each changed file's users, where its names are known and its language can tell them, and the narrowed
 * union; undefined where no file's users are known (nothing to narrow).
 */
function namesAnalysis(
  graph: ImportGraph,
  inGraph: readonly RepoPath[],
  changedNames: ReadonlyMap<RepoPath, ChangedNames>,
  languages: readonly LanguageAdapter[],
  removed: ReadonlyMap<RepoPath, readonly RepoPath[]>,
  fileLevel: Impact,
  precision: Precision,
): NamesAnalysis | undefined {
  const importersOf = (path: RepoPath) => directImporters(graph, path)
  const known: Omit<NamedRadius, 'total'>[] = []
  for (const path of new Set(inGraph)) {
    const names = changedNames.get(path)
    const adapter = languages.find((a) => a.importersUsing && a.select([{ path }]).length)
    const facts = adapter && graph.factsOf(adapter.id)
    if (!names || names.all || !facts) continue
    const users = adapter.importersUsing!(path, names.names, importersOf, graph.repository, facts)
    if (!users) continue
    known.push({ path, names: names.names, importers: importersOf(path).length, users })
  }
  if (!known.length) return undefined
  const narrowed = narrowedImpact(graph, inGraph, known, removed)
  // Each file's own narrowed radius is walked once, by narrowedImpact: its total is read from there.
  const totals = new Map(narrowed.changed.map((c) => [c.path, c.total]))
  const files = known.map((file) => ({ ...file, total: totals.get(file.path)! }))
  return { precision, files, narrowed, fileLevel }
}

/** The union of the narrowed radii, with the files whose users are not known and the removed files' importers in full. */
function narrowedImpact(
  graph: ImportGraph,
  inGraph: readonly RepoPath[],
  named: readonly Pick<NamedRadius, 'path' | 'users'>[],
  removed: ReadonlyMap<RepoPath, readonly RepoPath[]>,
  kinds?: ReadonlySet<string>,
): Impact {
  const known = new Set(named.map((f) => f.path))
  const whole = inGraph.filter((p) => !known.has(p))
  const seeds = [...removed].flatMap(([via, importers]) => importers.map((path) => ({ path, via })))
  const files = narrowedReach(
    graph,
    whole,
    named.flatMap((f) => f.users),
    { seeds, changed: inGraph, ...(kinds && { kinds }) },
  )
  const byPath = new Map(named.map((f) => [f.path, f]))
  const changed = [...new Set(inGraph)].map((path) => {
    const radius = narrowedReach(graph, byPath.has(path) ? [] : [path], byPath.get(path)?.users ?? [], {
      changed: [path],
      ...(kinds && { kinds }),
    })
    return changedImpact(path, radius)
  })
  return { changed, affected: { total: files.length, files } }
}

/**
 * For each removed path, the imports that still name it, as the language of the removed file judges:
 * each adapter sees the references of its own files.
 */
function importersOfGone(graph: ImportGraph, languages: readonly LanguageAdapter[], gone: readonly string[]): Map<string, Unresolved[]> {
  const pathOf = new Map<string, RepoPath>()
  for (const old of gone) {
    try {
      pathOf.set(old, toRepoPath(old))
    } catch {
      // not a path inside the repository: nothing can import it
    }
  }
  const result = new Map<string, Unresolved[]>()
  if (!pathOf.size) return result
  const removed = [...new Set(pathOf.values())]
  const found = new Map<RepoPath, readonly Unresolved[]>()
  for (const adapter of languages) {
    const mine = adapter.select(removed.map((path) => ({ path }))).map((f) => f.path)
    if (!mine.length) continue
    const own = new Set(adapter.select(graph.files).map((f) => f.path))
    const references = [...graph.unresolved, ...graph.attributes].filter((r) => own.has(r.from))
    for (const [path, list] of adapter.importsNaming(mine, references, graph.repository)) found.set(path, list)
  }
  for (const [old, path] of pathOf) result.set(old, [...(found.get(path) ?? [])])
  return result
}

/** The changed paths that some language selects as its source files. */
function readable(languages: readonly LanguageAdapter[], changed: readonly string[]): Set<string> {
  const files = sourceFiles(changed)
  return new Set(languages.flatMap((adapter) => adapter.select(files)).map((f) => f.path))
}

/** The languages whose source files a change touches, under their new or their old names. */
export function languagesOfChanges(languages: readonly LanguageAdapter[], changes: readonly ChangedFile[]): LanguageAdapter[] {
  const files = sourceFiles(changes.flatMap((c) => (c.previousPath === undefined ? [c.path] : [c.path, c.previousPath])))
  return languages.filter((adapter) => adapter.select(files).length)
}

/** The paths as files of the repository, leaving out those that are not paths inside it. */
function sourceFiles(changed: readonly string[]): { path: RepoPath }[] {
  const files: { path: RepoPath }[] = []
  for (const path of changed) {
    try {
      files.push({ path: toRepoPath(path) })
    } catch {
      // not a path inside the repository: no language reads it
    }
  }
  return files
}

/** The names each changed file's language finds its diff touches (the text read from the tree after the change). */
function namesOfChanges(
  graph: ImportGraph,
  changes: readonly ChangedFile[],
  inGraph: readonly RepoPath[],
  languages: readonly LanguageAdapter[],
): Map<RepoPath, ChangedNames> {
  const hunksOf = new Map(changes.map((c) => [c.path, c.hunks]))
  const result = new Map<RepoPath, ChangedNames>()
  for (const path of inGraph) {
    const hunks = hunksOf.get(path)
    const adapter = languages.find((a) => a.changedNames && a.select([{ path }]).length)
    const text = hunks && adapter ? graph.repository.readText(path) : undefined
    if (text !== undefined) result.set(path, adapter!.changedNames!(text, hunks!))
  }
  return result
}
