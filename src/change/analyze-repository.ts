import type { ChangedFile } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import { buildGraph, type BuildOptions } from '../graph/build-graph.js'
import { languageAdapters } from '../languages/registry.js'
import { analyzeChange, languagesOfChanges, type ChangeAnalysis, type Precision } from './analyze-change.js'
import { workingTreeText } from '../discover/working-tree-text.js'
import { readDeclared } from './declared.js'
import { codeownersIn, type CodeownersFile } from './read-codeowners.js'

/**
 * The one analysis pipeline, for the CLI's `impact` and `diff` and for the action: the repository's
 * graph (discover → extract → resolve), then the change against it (blast radius, import-time radius,
 * removed files, tests), with one set of languages throughout. CODEOWNERS is read from `repoDir` (from
 * the commit, with `commit`, among the files discovered); a
 * caller analysing a folder of a repository passes the repository's own (`codeowners`, or null for none).
 */
export async function analyzeRepository(
  repoDir: string,
  changes: readonly ChangedFile[],
  options: BuildOptions & {
    readonly codeowners?: CodeownersFile | null
    /** Where the declared dependencies are, relative to `repoDir` (default `.blast-radius.yml`). */
    readonly declaredFile?: string
    /** Which radius drives the figures (default `files`); the other is beside it where names are known. */
    readonly precision?: Precision
  } = {},
): Promise<ChangeAnalysis> {
  const languages = options.languages ?? languageAdapters(options.extractor)
  const graph = await buildGraph(repoDir, { ...options, languages })
  // A commit's own settings files when the graph is of a commit; the working tree's otherwise (include and exclude aside).
  const settingsText = options.commit === undefined ? workingTreeText(repoDir) : (path: RepoPath) => graph.repository.readText(path)
  const codeowners = options.codeowners !== undefined ? (options.codeowners ?? undefined) : codeownersIn(settingsText)
  const declared = readDeclared(settingsText, options.declaredFile)
  // A warm cache extracts nothing, so no parser may be loaded yet: what a language says of the changed files
  // themselves (the names a diff touches, a removed file's importers) must not depend on the cache.
  await Promise.all(languagesOfChanges(languages, changes).map((adapter) => adapter.init(0)))
  return { ...analyzeChange(graph, changes, languages, declared, options.precision), ...(codeowners && { codeowners }) }
}
