import type { DynamicImport, Edge, PartialParse, Skipped, SourceFile, Unresolved } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import { discoverFiles, type DiscoverOptions } from '../discover/discover.js'
import { SourceReader } from '../discover/read-source.js'
import type { LanguageAdapter } from '../languages/adapter.js'
import { languageAdapters, type ExtractionPath } from '../languages/registry.js'
import { ImportGraph, type GraphFile } from './import-graph.js'
import { unreadLanguages } from './unread-languages.js'

export interface BuildOptions extends DiscoverOptions {
  readonly maxFileBytes?: number
  /** `fast` (default): a lexical pre-scan, tree-sitter on the import statements; `full`: parse every byte. */
  readonly extractor?: ExtractionPath
  /** Called now and then with a line for people, for long runs. */
  readonly onProgress?: (message: string) => void
}

/** discover → read → extract → resolve, for every language, into one graph. */
export async function buildGraph(repoDir: string, options: BuildOptions = {}): Promise<ImportGraph> {
  const started = performance.now()
  const discovery = await discoverFiles(repoDir, options)
  const reader = new SourceReader(repoDir, options.maxFileBytes)
  const skipped: Skipped[] = [...discovery.skipped]
  const files: GraphFile[] = []
  const edges: Edge[] = []
  const unresolved: Unresolved[] = []
  const dynamic: DynamicImport[] = []
  const partial: PartialParse[] = []
  const attributes: Unresolved[] = []
  const claimed = new Set<string>()

  for (const adapter of languageAdapters(options.extractor)) {
    const selected = adapter.select(discovery.files)
    for (const file of selected) claimed.add(file.path)
    options.onProgress?.(`${adapter.id}: reading ${selected.length} files`)
    const facts = await extractAll(adapter, reader, selected, skipped)
    const resolution = adapter.resolve(facts)
    for (const path of facts.keys()) files.push({ path, language: adapter.id })
    edges.push(...resolution.edges)
    unresolved.push(...resolution.unresolved)
    dynamic.push(...resolution.dynamic)
    partial.push(...resolution.partial)
    attributes.push(...resolution.attributes)
  }

  return new ImportGraph({
    files,
    edges,
    unresolved,
    dynamic,
    partial,
    attributes,
    skipped,
    unread: unreadLanguages(discovery.files.filter((f) => !claimed.has(f.path))),
    ms: performance.now() - started,
  })
}

async function extractAll<Facts>(
  adapter: LanguageAdapter<Facts>,
  reader: SourceReader,
  files: readonly SourceFile[],
  skipped: Skipped[],
): Promise<Map<RepoPath, Facts>> {
  await adapter.init()
  const facts = new Map<RepoPath, Facts>()
  for (const file of files) {
    const read = reader.read(file.path)
    if ('skipped' in read) skipped.push({ path: file.path, reason: read.skipped })
    else if ('bytes' in read) facts.set(file.path, adapter.extract(read.bytes))
  }
  return facts
}
