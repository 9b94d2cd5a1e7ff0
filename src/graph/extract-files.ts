import { createHash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import type { FactsCache } from '../cache/facts-cache.js'
import type { Skipped, SourceFile } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import type { FileReader } from '../discover/read-source.js'
import type { ExtractionMode, LanguageAdapter } from '../languages/adapter.js'
import { UndecodableSource } from '../languages/undecodable-source.js'
import type { ExtractPool, PoolWorker } from './extract-pool.js'
import { ExtractedFacts, HeldFacts } from './extracted-facts.js'

/**
 * Below this many files to parse, starting threads costs more than it saves: each loads its grammar and warms its own
 * JIT, and its facts come back to be parsed here. Measured on 2 cores after the Python fast path stopped parsing plain
 * import statements (load 2.7–3.3, wall, alternating): the synthetic 10k one thread 4.7–6.4 s, two 5.9–7.8 s; the
 * synthetic 30k one thread 12.0–18.8 s, two 10.4–11.8 s. From 3,000 before, when extraction cost three times as much.
 * Again on a machine twice as fast, `graph --json` cold (load 1.5–2, alternating, wall): 10k one thread 1.30–1.84 s,
 * two 1.42–1.55; 30k 3.08–4.01 s against 2.97–3.46 (0.6–0.9 s more CPU, 30–50 MB more peak RSS); 100k 10.3–14.8 s
 * against 8.5–8.7. Still inside the bracket, and near the 30k end of it.
 */
const PARALLEL_FROM = 15000
const MAX_THREADS = 4
/** Chunks per thread: small enough that a thread slowed by others' work leaves its rest to the ones that are not. */
const CHUNKS_PER_THREAD = 8
const MIN_CHUNK = 32

/** A file still to extract; `bytes` when they were already read (to hash them for the cache). */
export interface PendingFile {
  readonly path: RepoPath
  readonly bytes?: Uint8Array
}

/** What extracting a batch of files gives, in the batch's order: facts, or why a file was not read. */
export type ExtractOutcome<Facts> =
  | { readonly path: RepoPath; readonly facts: Facts }
  | { readonly path: RepoPath; readonly skipped: string; readonly undecodable?: true }
  | { readonly path: RepoPath; readonly gone: true }

/** The job a worker thread is given: everything it needs to build its own adapter and reader. */
export interface WorkerJob {
  readonly repoDir: string
  readonly maxBytes: number
  /** The adapter's id: the worker builds its own from the registry. */
  readonly adapter: string
  readonly extraction: ExtractionMode
  readonly files: readonly PendingFile[]
}

export interface ExtractSettings {
  readonly repoDir: string
  readonly maxBytes: number
  readonly extraction: ExtractionMode
  /** Threads to use (this one included); by default the machine's cores, up to 4, for large builds only. */
  readonly threads?: number
  /** Told when something went wrong that cost time but not results (a worker thread failed). */
  readonly onWarning?: (message: string) => void
  /** The build's threads, where they can run (from the bundle); none: everything in this one. */
  readonly pool?: ExtractPool
}

/**
 * Reads and extracts one batch of files in this thread. A file whose extraction throws (past a parse
 * budget, or a fault of the extractor's own) is skipped with the reason: one file never ends the run.
 */
export async function extractBatch<Facts>(
  adapter: LanguageAdapter<Facts>,
  reader: FileReader,
  files: readonly PendingFile[],
): Promise<ExtractOutcome<Facts>[]> {
  if (files.length) await adapter.init(files.length)
  return files.map((file) => {
    const read = file.bytes ? { bytes: file.bytes } : reader.read(file.path)
    if ('skipped' in read) return { path: file.path, skipped: read.skipped }
    if ('gone' in read) return { path: file.path, gone: true }
    try {
      return { path: file.path, facts: adapter.extract(read.bytes, file.path) }
    } catch (error) {
      const skipped = `not read: ${error instanceof Error ? error.message : String(error)}`
      return error instanceof UndecodableSource ? { path: file.path, skipped, undecodable: true } : { path: file.path, skipped }
    }
  })
}

/**
 * Each file's facts: from the cache by git blob id without reading the file at all, else read (and,
 * with a cache, looked up by a hash of its bytes where git has no blob id for them), and what is
 * left extracted, across worker threads when there is enough of it for threads to pay. Files that
 * cannot be read are added to `skipped`; those whose bytes are not text in their language's encoding
 * to `undecodable` as well. With a cache, `keys` gives each file's content key (what its facts are kept
 * by); the facts the cache has stay in it until asked for (ExtractedFacts).
 */
export async function extractFiles<Facts>(
  adapter: LanguageAdapter<Facts>,
  reader: FileReader,
  files: readonly SourceFile[],
  cache: FactsCache | undefined,
  settings: ExtractSettings,
  skipped: Skipped[],
  undecodable: RepoPath[],
): Promise<{ facts: ExtractedFacts<Facts>; keys: ReadonlyMap<RepoPath, string> }> {
  const entries = new Map<RepoPath, Facts | HeldFacts>()
  const held = (path: RepoPath, key: string | undefined) => {
    const language = namespace(adapter, path)
    return key !== undefined && cache?.hold(language, key) ? new HeldFacts(language, key) : undefined
  }
  const pending: PendingFile[] = []
  const keys = new Map<RepoPath, string>()
  const unknown: SourceFile[] = []
  for (const file of files) {
    const known = held(file.path, file.blob)
    if (known) {
      entries.set(file.path, known)
      keys.set(file.path, file.blob!)
    } else unknown.push(file)
  }
  // Threads start now, if they will be needed, to load while this one reads and hashes.
  const threads = threadsFor(settings.threads, unknown.length)
  if (threads > 1 && settings.pool) warm(adapter, settings, threads)
  // A reader that fetches ahead holds the bytes here, so they are read now and handed to the threads.
  await reader.prefetch?.(unknown.map((f) => f.path))
  const readHere = reader.prefetch !== undefined
  for (const file of unknown) {
    if (!readHere && (!cache || file.blob)) {
      if (cache && file.blob) keys.set(file.path, file.blob)
      pending.push({ path: file.path })
      continue
    }
    const read = reader.read(file.path)
    if ('skipped' in read) skipped.push({ path: file.path, reason: read.skipped })
    if (!('bytes' in read)) continue
    if (!cache) pending.push({ path: file.path, bytes: read.bytes })
    else if (file.blob) {
      keys.set(file.path, file.blob)
      pending.push({ path: file.path, bytes: read.bytes })
    } else {
      const key = `sha1:${createHash('sha1').update(read.bytes).digest('hex')}`
      const again = held(file.path, key)
      keys.set(file.path, key)
      if (again) entries.set(file.path, again)
      else pending.push({ path: file.path, bytes: read.bytes })
    }
  }

  /** Takes what extraction gave: facts into `into` (and the cache), the files it could not read into `skipped`. */
  const take = (outcomes: readonly ExtractOutcome<Facts>[], into: Map<RepoPath, Facts | HeldFacts>) => {
    for (const outcome of outcomes) {
      if ('skipped' in outcome) skipped.push({ path: outcome.path, reason: outcome.skipped })
      if ('undecodable' in outcome) undecodable.push(outcome.path)
      if (!('facts' in outcome)) continue
      into.set(outcome.path, outcome.facts)
      const key = keys.get(outcome.path)
      if (key !== undefined) cache?.set(namespace(adapter, outcome.path), key, outcome.facts)
    }
  }
  take(await extractPending(adapter, reader, pending, settings), entries)
  const readHeld = ({ language, key }: HeldFacts) => {
    const value = cache?.recall(language, key)
    return value !== undefined && adapter.isFacts(value) ? value : undefined
  }
  // A cache entry that is not facts (a file written by other code under the same checksum): the file is read after all.
  const extractAgain = async (paths: readonly RepoPath[]) => {
    const again = new Map<RepoPath, Facts>()
    take(
      await extractBatch(
        adapter,
        reader,
        paths.map((path) => ({ path })),
      ),
      again,
    )
    return again
  }
  return { facts: new ExtractedFacts(entries, readHeld, extractAgain), keys }
}

/** Cached facts are kept per adapter and dialect: the same bytes parsed as another dialect can say other things. */
export function namespace(adapter: LanguageAdapter, path: RepoPath): string {
  const dialect = adapter.dialectOf(path)
  return dialect === adapter.id ? adapter.id : `${adapter.id}:${dialect}`
}

/** The threads (this one included) to extract so many files with: those asked for, else the cores for a large batch. */
export function threadsFor(asked: number | undefined, files: number): number {
  if (!files) return 1
  if (asked !== undefined) return Math.max(1, Math.min(asked, MAX_THREADS))
  return files < PARALLEL_FROM ? 1 : Math.min(availableParallelism(), MAX_THREADS)
}

/** Starts the workers a batch needs, each loading the adapter's grammar ahead of its first chunk. */
function warm(adapter: LanguageAdapter, settings: ExtractSettings, threads: number): void {
  settings.pool?.grow(threads - 1)
  for (const worker of settings.pool?.live() ?? []) void worker.run(job(adapter, settings, [])).catch(() => undefined)
}

function job(adapter: LanguageAdapter, { repoDir, maxBytes, extraction }: ExtractSettings, files: readonly PendingFile[]): WorkerJob {
  return { repoDir, maxBytes, adapter: adapter.id, extraction, files }
}

/**
 * Splits the files into chunks, taken in turn by this thread and the pool's workers (two queued per
 * worker, so it never waits for this thread to hand it the next), and joins the outcomes in file
 * order. A chunk whose worker fails is done here instead, so a thread problem costs time, never results.
 */
async function extractPending<Facts>(
  adapter: LanguageAdapter<Facts>,
  reader: FileReader,
  files: readonly PendingFile[],
  settings: ExtractSettings,
): Promise<ExtractOutcome<Facts>[]> {
  const threads = threadsFor(settings.threads, files.length)
  const workers = threads > 1 ? (settings.pool?.live().slice(0, threads - 1) ?? []) : []
  if (!workers.length) return extractBatch(adapter, reader, files)
  const size = Math.max(MIN_CHUNK, Math.ceil(files.length / ((workers.length + 1) * CHUNKS_PER_THREAD)))
  const chunks = Array.from({ length: Math.ceil(files.length / size) }, (_, i) => files.slice(i * size, (i + 1) * size))
  const outcomes: ExtractOutcome<Facts>[][] = []
  let next = 0
  const take = () => (next < chunks.length ? next++ : undefined)
  const here = async () => {
    for (let k = take(); k !== undefined; k = take()) {
      outcomes[k] = await extractBatch(adapter, reader, chunks[k]!)
      // A macrotask's turn: the workers' answers come in, and each is sent its next chunk.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  const inWorker = async (worker: PoolWorker) => {
    // Settled, never rejected: a chunk queued behind another may fail before it is awaited.
    const send = (k: number) => ({
      k,
      answer: worker.run<Facts>(job(adapter, settings, chunks[k]!)).then(
        (done) => ({ done }),
        (error: unknown) => ({ error }),
      ),
    })
    const current = take()
    let sent = current === undefined ? undefined : send(current)
    while (sent) {
      // The next chunk is queued before this one's answer is awaited; none after the worker failed.
      const following = worker.failed ? undefined : take()
      const queued = following === undefined ? undefined : send(following)
      const answer = await sent.answer
      if ('done' in answer) outcomes[sent.k] = answer.done
      else {
        const message = answer.error instanceof Error ? answer.error.message : String(answer.error)
        settings.onWarning?.(`an extraction thread failed (${message}); its ${chunks[sent.k]!.length} files were read in the main thread`)
        outcomes[sent.k] = await extractBatch(adapter, reader, chunks[sent.k]!)
      }
      sent = queued
    }
  }
  await Promise.all([...workers.map(inWorker), here()])
  return outcomes.flat()
}
