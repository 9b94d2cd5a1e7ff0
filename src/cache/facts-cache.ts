import { randomBytes } from 'node:crypto'
import { close, mkdirSync, openSync, writev } from 'node:fs'
import { rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { DamagedCache } from './bytes.js'
import { cacheFileBytes, readCacheFile, StoredEntries, type EntryToWrite } from './cache-file.js'
import { FACTS_CACHE_FILE, factsCacheFile, type EarlyCacheRead } from './early-read.js'
import { ValueTables } from './value-codec.js'

export { FACTS_CACHE_FORMAT } from './cache-file.js'

export { FACTS_CACHE_FILE } from './early-read.js'

export interface FactsCacheStats {
  readonly hits: number
  readonly misses: number
  /** True when a cache file was found and accepted. */
  readonly loaded: boolean
  /** Why a cache file that exists was ignored (absent when there was none, or it was accepted). */
  readonly reason?: string
}

/**
 * An entry this run used: its place in the file read at the start when it came from there, and its
 * value, once decoded (an entry only held is decoded when first recalled, or never).
 */
interface Used {
  value?: unknown
  readonly stored?: number
}

/**
 * Each file's extracted facts, by language and content key (a git blob id or a content hash that the
 * caller computes), kept between runs in one file in `dir`. Content-addressed, so an entry can never
 * be stale: a changed file has another key. See src/cache/README.md for the reasons behind the format.
 *
 * A cache that is missing, damaged or written by another version counts as empty; `stats.reason`
 * says why. What `get` returns is `unknown` on purpose: the file is outside the program's control, so
 * the caller checks the shape of what it gets before using it.
 */
export class FactsCache {
  /** What this run has asked for or added: exactly what `save` keeps. */
  private readonly used = new Map<string, Map<string, Used>>()
  private added = 0
  private fromFile = 0
  private readonly counts: { hits: number; misses: number; loaded: boolean; reason?: string }

  private constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly stored: StoredEntries | undefined,
    reason: string | undefined,
  ) {
    this.counts = { hits: 0, misses: 0, loaded: stored !== undefined }
    if (reason !== undefined) this.counts.reason = reason
  }

  static async open(dir: string, version: string, early?: EarlyCacheRead): Promise<FactsCache> {
    const read = await readCacheFile(factsCacheFile(dir), version, early?.take(dir))
    return read instanceof StoredEntries
      ? new FactsCache(dir, version, read, undefined)
      : new FactsCache(dir, version, undefined, read?.reason)
  }

  get stats(): FactsCacheStats {
    return { ...this.counts }
  }

  get(language: string, key: string): unknown {
    const value = this.recall(language, key)
    if (value === undefined) this.counts.misses++
    else this.counts.hits++
    return value
  }

  /**
   * Whether the file read at the start (or this run) has the entry, counted as `get` counts and kept by
   * `save`, without decoding it: its value is decoded when `recall` first asks for it. A warm run whose
   * resolution is kept never needs most files' facts (at 100,000 files decoding them all took a second).
   */
  hold(language: string, key: string): boolean {
    const known = this.used.get(language)?.has(key) ?? false
    const entry = known ? undefined : this.stored?.find(language, key)
    if (!known && entry === undefined) {
      this.counts.misses++
      return false
    }
    this.counts.hits++
    if (entry !== undefined) {
      entriesOf(this.used, language).set(key, { stored: entry })
      this.fromFile++
    }
    return true
  }

  /**
   * An entry as `get` gives it, kept by `save`, but not counted in `stats`: for what is not one file's
   * facts, and for a held entry's value. A held entry that does not decode is dropped (`save` leaves it
   * out) and counts as absent.
   */
  recall(language: string, key: string): unknown {
    const used = this.used.get(language)?.get(key)
    if (!used) return this.load(language, key)?.value
    if (used.value === undefined) {
      used.value = this.decoded(used.stored!)
      if (used.value === undefined) this.drop(language, key)
    }
    return used.value
  }

  /**
   * An entry as `get` gives it, but not counted, and not kept by `save` unless this run uses it: a look at
   * what an earlier run knew (the facts of a file's content before a change) without keeping it alive.
   */
  peek(language: string, key: string): unknown {
    if (this.used.get(language)?.has(key)) return this.recall(language, key)
    const entry = this.stored?.find(language, key)
    return entry === undefined ? undefined : this.decoded(entry)
  }

  /** `facts` must be plain JSON data; the cache keeps the reference until `save`. */
  set(language: string, key: string, facts: unknown): void {
    if (facts === undefined) throw new TypeError(`FactsCache.set: no facts for ${language} ${key}`)
    const entries = entriesOf(this.used, language)
    if (entries.get(key)?.stored !== undefined) this.fromFile--
    entries.set(key, { value: facts })
    this.added++
  }

  /**
   * Writes the entries used in this run (so entries of files that no longer exist fall away) to a
   * temporary file, then renames it over the cache: a reader sees the old file or the new one, never
   * a mix. Skips the write when the file would come out the same. Throws when the folder cannot be
   * written; the caller decides whether that matters (a run without a saved cache is still right).
   *
   * The bytes are made, and their write handed to the thread pool, before this returns: a caller that
   * goes on working before it awaits the promise has the file written meanwhile (a step that awaited
   * first, as `mkdir` or a write per piece do, would wait for that work to end).
   */
  save(): Promise<void> {
    const stored = this.stored
    if (stored && this.added === 0 && this.fromFile === stored.count) return Promise.resolve()
    const target = factsCacheFile(this.dir)
    const temp = join(this.dir, `.${FACTS_CACHE_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
    const failed = (error: unknown) =>
      new Error(`cannot write the facts cache ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    let bytes: readonly Buffer[]
    let fd: number
    try {
      // Any fault here rejects, with the reason, as when this was async (a value that is not JSON data is left out, not thrown).
      bytes = this.fileBytes()
      mkdirSync(this.dir, { recursive: true })
      fd = openSync(temp, 'wx')
    } catch (error) {
      return Promise.reject(failed(error))
    }
    return writeAll(fd, bytes)
      .then(() => rename(temp, target))
      .catch(async (error: unknown) => {
        await unlink(temp).catch(() => undefined)
        throw failed(error)
      })
  }

  /** The entry from the file read at the start, decoded now, or undefined (a damaged entry counts as absent). */
  private load(language: string, key: string): Used | undefined {
    const entry = this.stored?.find(language, key)
    if (entry === undefined) return undefined
    const value = this.decoded(entry)
    if (value === undefined) return undefined
    const used = { value, stored: entry }
    entriesOf(this.used, language).set(key, used)
    this.fromFile++
    return used
  }

  private drop(language: string, key: string): void {
    this.used.get(language)!.delete(key)
    this.fromFile--
  }

  /** An entry of the file read at the start, decoded, or undefined where it is damaged (it counts as absent then). */
  private decoded(entry: number): unknown {
    try {
      return this.stored!.decode(entry)
    } catch (error) {
      if (error instanceof DamagedCache) return undefined
      throw error
    }
  }

  /**
   * Entries that came from the file are copied as they are, with its tables extended by what the new
   * entries add: a run after a small change encodes only that change. The tables are built afresh
   * once the entries dropped and added since they were built outnumber the ones kept, so that the
   * strings of files long gone, and those a new entry added a second time, do not pile up.
   */
  private fileBytes(): readonly Buffer[] {
    const stored = this.stored
    const stale = stored ? stored.stale + stored.count - this.fromFile + this.added : 0
    const reuse = stored !== undefined && stale <= this.fromFile
    const tables = reuse ? stored.tables : new ValueTables()
    const entries = new Map<string, Map<string, EntryToWrite>>()
    for (const [language, byKey] of this.used) {
      const out = new Map<string, EntryToWrite>()
      for (const [key, used] of byKey) {
        if (reuse && used.stored !== undefined) out.set(key, { stored: used.stored })
        else {
          // A held entry is decoded only now, when the tables are built afresh; one that does not decode is left out.
          const value = used.value ?? this.decoded(used.stored!)
          if (value !== undefined) out.set(key, { value })
        }
      }
      entries.set(language, out)
    }
    return cacheFileBytes(entries, tables, this.version, reuse ? stale : 0, reuse ? stored : undefined)
  }
}

/**
 * Writes the pieces to `fd` in one request of the thread pool, and closes it. A system that takes less than all
 * of them (a full disk) fails the write: the cache is then not saved, as for any other error.
 */
function writeAll(fd: number, pieces: readonly Buffer[]): Promise<void> {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0)
  return new Promise((resolve, reject) => {
    writev(fd, pieces, (error, written) => {
      const failure = error ?? (written === total ? null : new Error(`short write (${written} of ${total} bytes)`))
      close(fd, (closing) => {
        const reason = failure ?? closing
        if (reason) reject(reason)
        else resolve()
      })
    })
  })
}

function entriesOf(entries: Map<string, Map<string, Used>>, language: string): Map<string, Used> {
  let map = entries.get(language)
  if (!map) entries.set(language, (map = new Map<string, Used>()))
  return map
}
