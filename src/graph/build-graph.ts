import { FactsCache } from '../cache/facts-cache.js'
import { VERSION } from '../core/version.js'
import type { DynamicImport, Edge, PartialParse, Skipped, Unresolved } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import { discoverFiles, type DiscoverOptions } from '../discover/discover.js'
import { DEFAULT_MAX_FILE_BYTES, SourceReader } from '../discover/read-source.js'
import type { LanguageAdapter } from '../languages/adapter.js'
import { languageAdapters, type ExtractionPath } from '../languages/registry.js'
import { extractFiles } from './extract-files.js'
import { ImportGraph, type GraphFile } from './import-graph.js'
import { unreadLanguages } from './unread-languages.js'

export interface BuildOptions extends DiscoverOptions {
  readonly maxFileBytes?: number
  /** `fast` (default): a lexical pre-scan, tree-sitter on the import statements; `full`: parse every byte. */
  readonly extractor?: ExtractionPath
  /** Threads to extract with (1: this one only); by default the cores, for large repositories. */
  readonly threads?: number
  /** A folder for the cache of each file's extracted facts (by content); none when absent. */
  readonly cacheDir?: string
  /** Called now and then with a line for people, for long runs. */
  readonly onProgress?: (message: string) => void
  /** Called when something went wrong that costs time but not results. */
  readonly onWarning?: (message: string) => void
}

/** discover → read → extract → resolve, for every language, into one graph. */
export async function buildGraph(repoDir: string, options: BuildOptions = {}): Promise<ImportGraph> {
  const started = performance.now()
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  const adapters = languageAdapters(options.extractor)
  const [discovery, cache] = await Promise.all([
    discoverFiles(repoDir, options),
    options.cacheDir === undefined ? undefined : FactsCache.open(options.cacheDir, cacheVersion(adapters, maxBytes)),
  ])
  if (cache?.stats.reason) options.onProgress?.(`cache ignored: ${cache.stats.reason}`)
  const reader = new SourceReader(repoDir, maxBytes)
  const skipped: Skipped[] = [...discovery.skipped]
  const files: GraphFile[] = []
  const edges: Edge[] = []
  const unresolved: Unresolved[] = []
  const dynamic: DynamicImport[] = []
  const partial: PartialParse[] = []
  const attributes: Unresolved[] = []
  const undecodable: RepoPath[] = []
  const claimed = new Set<string>()

  for (const adapter of adapters) {
    const selected = adapter.select(discovery.files)
    for (const file of selected) claimed.add(file.path)
    options.onProgress?.(`${adapter.id}: reading ${selected.length} files`)
    const settings = { repoDir, maxBytes, extraction: options.extractor ?? 'fast', threads: options.threads, onWarning: options.onWarning }
    const facts = await extractFiles(adapter, reader, selected, cache, settings, skipped, undecodable)
    const resolution = adapter.resolve(facts)
    for (const path of facts.keys()) files.push({ path, language: adapter.id })
    // Loops, not push(...list): a spread of half a million edges overflows the call stack.
    for (const edge of resolution.edges) edges.push(edge)
    for (const entry of resolution.unresolved) unresolved.push(entry)
    for (const entry of resolution.dynamic) dynamic.push(entry)
    for (const entry of resolution.partial) partial.push(entry)
    for (const entry of resolution.attributes) attributes.push(entry)
  }

  if (cache) {
    await cache.save()
    options.onProgress?.(`cache: ${cache.stats.hits} files known, ${cache.stats.misses} read`)
  }
  return new ImportGraph({
    cache: cache?.stats,
    files,
    edges,
    unresolved,
    dynamic,
    partial,
    attributes,
    skipped,
    undecodable: undecodable.length,
    unread: unreadLanguages(discovery.files.filter((f) => !claimed.has(f.path))),
    ms: performance.now() - started,
  })
}

/** Everything that decides what a cached entry holds besides the file's content. */
function cacheVersion(adapters: readonly LanguageAdapter<unknown>[], maxBytes: number): string {
  return [`blast-radius ${VERSION}`, ...adapters.map((a) => a.factsVersion), `max ${maxBytes} bytes`].join('; ')
}
