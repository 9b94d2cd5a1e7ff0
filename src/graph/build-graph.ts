import type { EarlyCacheRead } from '../cache/early-read.js'
import { FactsCache } from '../cache/facts-cache.js'
import type {
  DynamicImport,
  EdgeGroup,
  EdgeKindSpec,
  LanguageId,
  PartialParse,
  ProjectRoots,
  Skipped,
  SourceFile,
  Unresolved,
} from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import { discoverCommit, discoverFiles, type Discovery, type DiscoverOptions } from '../discover/discover.js'
import { GitTreeReader } from '../discover/git-tree-reader.js'
import { DEFAULT_MAX_FILE_BYTES, SourceReader, type FileReader } from '../discover/read-source.js'
import type { ExtractionMode, GivenSetting, LanguageAdapter, ResolveContext } from '../languages/adapter.js'
import { factsDigest } from '../languages/facts-digest.js'
import { languageAdapters } from '../languages/registry.js'
import { extractFiles, threadsFor } from './extract-files.js'
import type { EdgeTable } from './edge-table.js'
import { ExtractPool } from './extract-pool.js'
import { ImportGraph, type DynamicMeaning, type GraphFile } from './import-graph.js'
import { resolveRemembered } from './resolution-memo.js'
import { unreadLanguages } from './unread-languages.js'

export interface BuildOptions extends DiscoverOptions {
  readonly maxFileBytes?: number
  /**
   * Read the folder as this commit holds it, from git's objects (`repoDir` is then a folder of a git
   * work tree): nothing is checked out, and with the cache only the blobs it does not know are read.
   */
  readonly commit?: string
  /** `fast` (default): a lexical pre-scan, tree-sitter on the import statements; `full`: parse every byte. */
  readonly extractor?: ExtractionMode
  /** The languages to read: the registry's by default (a test may bring its own). */
  readonly languages?: readonly LanguageAdapter[]
  /** Threads to extract with (1: this one only); by default the cores, for large repositories. */
  readonly threads?: number
  /** A folder for the cache of each file's extracted facts (by content); none when absent. */
  readonly cacheDir?: string
  /** The cache file, being read already (startCacheRead): used if it is `cacheDir`'s. */
  readonly cacheRead?: EarlyCacheRead
  /** Called now and then with a line for people, for long runs. */
  readonly onProgress?: (message: string) => void
  /** Called when something went wrong that costs time but not results. */
  readonly onWarning?: (message: string) => void
  /** Settings given to the run (see ResolveContext.settings), for the languages to read. */
  readonly settings?: Readonly<Record<string, GivenSetting>>
}

/** discover → read → extract → resolve, for every language, into one graph. */
export async function buildGraph(repoDir: string, options: BuildOptions = {}): Promise<ImportGraph> {
  const started = performance.now()
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  const adapters = options.languages ?? languageAdapters(options.extractor)
  const [{ discovery, reader }, cache] = await Promise.all([
    filesOf(repoDir, options, maxBytes),
    options.cacheDir === undefined ? undefined : FactsCache.open(options.cacheDir, cacheVersion(adapters, maxBytes), options.cacheRead),
  ])
  if (cache?.stats.reason) options.onProgress?.(`cache ignored: ${cache.stats.reason}`)
  const skipped: Skipped[] = [...discovery.skipped]
  const leftOut: Skipped[] = []
  const files: GraphFile[] = []
  const edgeTables: EdgeTable[] = []
  const groups: EdgeGroup[] = []
  const unresolved: Unresolved[] = []
  const dynamic: DynamicImport[] = []
  const partial: PartialParse[] = []
  const attributes: Unresolved[] = []
  const roots: ProjectRoots[] = []
  const undecodable: RepoPath[] = []
  const kinds: EdgeKindSpec[] = []
  const dynamicMeanings: DynamicMeaning[] = []
  const languageNames: Record<LanguageId, string> = {}
  const caveats: string[] = []
  const claimed = new Set<string>()
  const languageFacts = new Map<string, () => ReadonlyMap<RepoPath, unknown> | undefined>()
  const resolutionsReused: string[] = []
  const context = resolveContext(
    discovery.files.map((f) => f.path),
    reader,
    options.settings,
  )

  // The threads of this build, kept from the first language that needs them for the ones after it.
  // Without a cache every selected file is extracted: they start now, to load while this thread works.
  let pool = options.threads !== 1 && ExtractPool.available() ? new ExtractPool() : undefined
  let closing: Promise<void> | undefined
  const selections = adapters.map((adapter) => adapter.select(discovery.files))
  const threads = selections.map((files) => threadsFor(options.threads, files.length))
  if (cache === undefined) pool?.grow(Math.max(...threads) - 1)
  // After this language's extraction no later one has files enough for threads (what a language
  // parses is at most what it selects): the threads go then, not after the last language, so that
  // their heaps and grammars are not held through resolution, where a run's memory peaks (synthetic
  // 30k cold, two threads: peak RSS 417–419 → 387–395 MB).
  const lastThreaded = threads.reduce((last, n, k) => (n > 1 ? k : last), -1)
  try {
    for (const [k, adapter] of adapters.entries()) await readLanguage(adapter, selections[k]!, k)
  } finally {
    await (closing ?? pool?.close())
  }

  async function readLanguage(adapter: LanguageAdapter, selected: readonly SourceFile[], k: number): Promise<void> {
    for (const file of selected) claimed.add(file.path)
    for (const { path } of discovery.files) {
      const reason = claimed.has(path) ? undefined : adapter.leftOut?.(path)
      if (reason === undefined) continue
      claimed.add(path)
      leftOut.push({ path, reason })
    }
    options.onProgress?.(`${adapter.id}: reading ${selected.length} files`)
    const extraction = options.extractor ?? 'fast'
    const settings = { repoDir, maxBytes, extraction, threads: options.threads, onWarning: options.onWarning, pool }
    const { facts, keys } = await extractFiles(adapter, reader, selected, cache, settings, skipped, undecodable)
    if (pool && k >= lastThreaded) {
      closing = pool.close()
      pool = undefined
    }
    // A language with no file in the graph has nothing to resolve (and its index nothing to hold).
    if (!facts.size) return
    const { resolution, reused } = await resolveRemembered(adapter, facts, keys, context, cache)
    if (reused) {
      resolutionsReused.push(adapter.id)
      options.onProgress?.(`${adapter.id}: resolution kept from the cache (nothing it reads changed)`)
    }
    // Decoded from the cache only if a later question (names used) asks for them.
    languageFacts.set(adapter.id, () => facts.whole())
    const tests = new Set(resolution.tests)
    for (const path of facts.paths()) files.push({ path, language: adapter.languageOf(path), test: tests.has(path) })
    mergeKinds(kinds, adapter)
    Object.assign(languageNames, adapter.languageNames)
    if (resolution.dynamic.length) {
      const languages = [...new Set(resolution.dynamic.map((d) => adapter.languageOf(d.from)))].sort()
      dynamicMeanings.push({ languages, meaning: adapter.dynamicMeaning })
    }
    if (adapter.caveat !== undefined) caveats.push(adapter.caveat)
    edgeTables.push(resolution.edges)
    // Loops, not push(...list): a spread of half a million entries overflows the call stack.
    for (const group of resolution.groups ?? []) groups.push(group)
    for (const entry of resolution.unresolved) unresolved.push(entry)
    for (const entry of resolution.dynamic) dynamic.push(entry)
    for (const entry of resolution.partial) partial.push(entry)
    for (const entry of resolution.attributes) attributes.push(entry)
    for (const entry of resolution.roots ?? []) roots.push(entry)
  }

  // The cache file is written while the graph is built from what was read (synthetic 30k warm: 18 MB, the
  // graph's 33 ms spent waiting for the write before); the build ends when both have.
  const saving = cache?.save()
  let graph: ImportGraph
  try {
    graph = new ImportGraph({
      cache: cache && { ...cache.stats, resolutionsReused },
      kinds,
      dynamicMeanings,
      languageNames,
      caveats,
      files,
      edgeTables,
      groups,
      unresolved,
      dynamic,
      partial,
      attributes,
      skipped,
      leftOut,
      undecodable: undecodable.length,
      unread: unreadLanguages(discovery.files.filter((f) => !claimed.has(f.path))),
      roots,
      ms: performance.now() - started,
      repository: context,
      facts: languageFacts,
    })
  } finally {
    await saving
  }
  if (cache) options.onProgress?.(`cache: ${cache.stats.hits} files known, ${cache.stats.misses} read`)
  return graph
}

/**
 * Adds a language's edge kinds to the graph's: a kind two languages share (`lazy`) keeps the first
 * one's rank, and says what it means in each. They must agree on whether it runs at load time, since
 * the radius at import time follows kinds, not languages.
 */
function mergeKinds(kinds: EdgeKindSpec[], adapter: LanguageAdapter): void {
  for (const spec of adapter.edgeKinds) {
    const at = kinds.findIndex((known) => known.kind === spec.kind)
    const known = kinds[at]
    if (!known) kinds.push(spec)
    else if (known.atLoad !== spec.atLoad)
      throw new Error(`${adapter.id} and an earlier language disagree on whether \`${spec.kind}\` edges run at load time`)
    else if (!known.meaning.split('; ').includes(spec.meaning)) kinds[at] = { ...known, meaning: `${known.meaning}; ${spec.meaning}` }
  }
}

/** The files to read and where to read them: the work tree, or the commit asked for in git's objects. */
async function filesOf(repoDir: string, options: BuildOptions, maxBytes: number): Promise<{ discovery: Discovery; reader: FileReader }> {
  if (options.commit === undefined) return { discovery: await discoverFiles(repoDir, options), reader: new SourceReader(repoDir, maxBytes) }
  const discovery = await discoverCommit(repoDir, options.commit, options)
  return { discovery, reader: new GitTreeReader(repoDir, discovery, maxBytes) }
}

/** The repository as resolution may see it: every discovered file, read through the same safe reader. */
function resolveContext(files: readonly RepoPath[], reader: FileReader, settings: ResolveContext['settings']): ResolveContext {
  const known = new Set<string>(files)
  const decoder = new TextDecoder('utf-8')
  return {
    files,
    ...(settings && { settings }),
    readText(path) {
      if (!known.has(path)) return undefined
      const read = reader.read(path)
      return 'bytes' in read ? decoder.decode(read.bytes) : undefined
    },
  }
}

/** Everything that decides what a cached entry holds besides the file's content. */
function cacheVersion(adapters: readonly LanguageAdapter[], maxBytes: number): string {
  return [...adapters.map((a) => `${a.id} ${factsDigest(a)}`), `max ${maxBytes} bytes`].join('; ')
}
