import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { FactsCache } from '../cache/facts-cache.js'
import type { Skipped, SourceFile } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'
import type { FileReader } from '../discover/read-source.js'
import type { ExtractionMode, LanguageAdapter } from '../languages/adapter.js'
import { UndecodableSource } from '../languages/undecodable-source.js'

/** Below this many files to parse, starting threads (each loads the grammar) costs more than it saves. */
const PARALLEL_FROM = 3000
const MAX_THREADS = 4
const WORKER = fileURLToPath(new URL('./extract-worker.js', import.meta.url))

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
  if (files.length) await adapter.init()
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
 * to `undecodable` as well.
 */
export async function extractFiles<Facts>(
  adapter: LanguageAdapter<Facts>,
  reader: FileReader,
  files: readonly SourceFile[],
  cache: FactsCache | undefined,
  settings: ExtractSettings,
  skipped: Skipped[],
  undecodable: RepoPath[],
): Promise<Map<RepoPath, Facts>> {
  const facts = new Map<RepoPath, Facts>()
  const cached = (path: RepoPath, key: string | undefined) => {
    const value = key === undefined ? undefined : cache?.get(namespace(adapter, path), key)
    return value !== undefined && adapter.isFacts(value) ? value : undefined
  }
  const pending: PendingFile[] = []
  const keys = new Map<RepoPath, string>()
  const unknown: SourceFile[] = []
  for (const file of files) {
    const known = cached(file.path, file.blob)
    if (known) facts.set(file.path, known)
    else unknown.push(file)
  }
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
      const again = cached(file.path, key)
      if (again) facts.set(file.path, again)
      else {
        keys.set(file.path, key)
        pending.push({ path: file.path, bytes: read.bytes })
      }
    }
  }

  for (const outcome of await extractPending(adapter, reader, pending, settings)) {
    if ('skipped' in outcome) skipped.push({ path: outcome.path, reason: outcome.skipped })
    if ('undecodable' in outcome) undecodable.push(outcome.path)
    if (!('facts' in outcome)) continue
    facts.set(outcome.path, outcome.facts)
    const key = keys.get(outcome.path)
    if (key !== undefined) cache?.set(namespace(adapter, outcome.path), key, outcome.facts)
  }
  return facts
}

/** Cached facts are kept per adapter and dialect: the same bytes parsed as another dialect can say other things. */
function namespace(adapter: LanguageAdapter, path: RepoPath): string {
  const dialect = adapter.dialectOf(path)
  return dialect === adapter.id ? adapter.id : `${adapter.id}:${dialect}`
}

function threadCount(settings: ExtractSettings, files: number): number {
  if (settings.threads !== undefined) return Math.max(1, Math.min(settings.threads, MAX_THREADS))
  return files < PARALLEL_FROM ? 1 : Math.min(availableParallelism(), MAX_THREADS)
}

/**
 * Splits the files into contiguous slices, one for this thread and one per worker, and joins the
 * outcomes in file order. Workers run only from the bundle (dist/extract-worker.js); a worker that
 * fails has its slice done here instead, so a thread problem costs time, never results.
 */
async function extractPending<Facts>(
  adapter: LanguageAdapter<Facts>,
  reader: FileReader,
  files: readonly PendingFile[],
  settings: ExtractSettings,
): Promise<ExtractOutcome<Facts>[]> {
  const threads = threadCount(settings, files.length)
  if (threads === 1 || !existsSync(WORKER)) return extractBatch(adapter, reader, files)
  const size = Math.ceil(files.length / threads)
  const slices = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size))
  const { repoDir, maxBytes, extraction } = settings
  const inWorkers = slices.slice(1).map((slice) =>
    runWorker<Facts>({ repoDir, maxBytes, adapter: adapter.id, extraction, files: slice }).catch((error: unknown) => {
      settings.onWarning?.(
        `an extraction thread failed (${error instanceof Error ? error.message : String(error)}); its ${slice.length} files were read in the main thread`,
      )
      return extractBatch(adapter, reader, slice)
    }),
  )
  const here = await extractBatch(adapter, reader, slices[0]!)
  return [here, ...(await Promise.all(inWorkers))].flat()
}

function runWorker<Facts>(job: WorkerJob): Promise<ExtractOutcome<Facts>[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job })
    worker.once('message', (outcomes: ExtractOutcome<Facts>[]) => {
      resolve(outcomes)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      reject(new Error(`extraction worker exited with ${code}`))
    })
  })
}
