import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Names the file layout below; a reader that meets another one ignores the file. */
export const FACTS_CACHE_FORMAT = 'blast-radius/facts-cache@1'
export const FACTS_CACHE_FILE = 'facts.cache'

/** A header longer than this is not ours: no need to read further to say so. */
const MAX_HEADER_BYTES = 4096

export interface FactsCacheStats {
  readonly hits: number
  readonly misses: number
  /** True when a cache file was found and accepted. */
  readonly loaded: boolean
  /** Why a cache file that exists was ignored (absent when there was none, or it was accepted). */
  readonly reason?: string
}

interface Header {
  readonly format: string
  readonly version: string
  readonly entries: number
  readonly bytes: number
  readonly sha256: string
}

type Entries = Map<string, Map<string, unknown>>

type Loaded = { readonly entries: Entries } | { readonly reason: string }

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
  private readonly used: Entries = new Map()
  private added = 0
  private readonly counts: { hits: number; misses: number; loaded: boolean; reason?: string }

  private constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly stored: Entries,
    loaded: Loaded | undefined,
  ) {
    this.counts = { hits: 0, misses: 0, loaded: loaded !== undefined && 'entries' in loaded }
    if (loaded && 'reason' in loaded) this.counts.reason = loaded.reason
  }

  static async open(dir: string, version: string): Promise<FactsCache> {
    const loaded = await load(join(dir, FACTS_CACHE_FILE), version)
    return new FactsCache(dir, version, loaded && 'entries' in loaded ? loaded.entries : new Map<string, Map<string, unknown>>(), loaded)
  }

  get stats(): FactsCacheStats {
    return { ...this.counts }
  }

  get(language: string, key: string): unknown {
    const used = this.used.get(language)
    const facts = used?.has(key) ? used.get(key) : this.stored.get(language)?.get(key)
    if (facts === undefined) {
      this.counts.misses++
      return undefined
    }
    this.counts.hits++
    entriesOf(this.used, language).set(key, facts)
    return facts
  }

  /** `facts` must be plain JSON data; the cache keeps the reference until `save`. */
  set(language: string, key: string, facts: unknown): void {
    if (facts === undefined) throw new TypeError(`FactsCache.set: no facts for ${language} ${key}`)
    entriesOf(this.used, language).set(key, facts)
    this.added++
  }

  /**
   * Writes the entries used in this run (so entries of files that no longer exist fall away) to a
   * temporary file, then renames it over the cache: a reader sees the old file or the new one, never
   * a mix. Skips the write when the file would come out the same. Throws when the folder cannot be
   * written; the caller decides whether that matters (a run without a saved cache is still right).
   */
  async save(): Promise<void> {
    const unchanged = this.counts.loaded && this.added === 0 && count(this.used) === count(this.stored)
    if (unchanged) return
    const target = join(this.dir, FACTS_CACHE_FILE)
    const temp = join(this.dir, `.${FACTS_CACHE_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      await mkdir(this.dir, { recursive: true })
      await writeFile(temp, serialize(this.used, this.version), { flag: 'wx' })
      await rename(temp, target)
    } catch (error) {
      await unlink(temp).catch(() => undefined)
      throw new Error(`cannot write the facts cache ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
  }
}

function entriesOf(entries: Entries, language: string): Map<string, unknown> {
  let map = entries.get(language)
  if (!map) entries.set(language, (map = new Map<string, unknown>()))
  return map
}

function count(entries: Entries): number {
  let total = 0
  for (const map of entries.values()) total += map.size
  return total
}

/** One JSON header line, then the body: `{language: {key: facts}}`, keys in code-point order. */
function serialize(entries: Entries, version: string): Buffer {
  const body: Record<string, Record<string, unknown>> = {}
  for (const language of [...entries.keys()].sort()) {
    const map = entries.get(language)!
    const sorted: Record<string, unknown> = {}
    for (const key of [...map.keys()].sort()) sorted[key] = map.get(key)
    body[language] = sorted
  }
  const bytes = Buffer.from(JSON.stringify(body))
  const header: Header = {
    format: FACTS_CACHE_FORMAT,
    version,
    entries: count(entries),
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  }
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), bytes])
}

/** The file's entries, or why they cannot be trusted; undefined when there is no file. */
async function load(path: string, version: string): Promise<Loaded | undefined> {
  let data: Buffer
  try {
    data = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? undefined : { reason: `not readable (${code ?? (error as Error).message})` }
  }
  const newline = data.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a)
  const header = newline < 0 ? undefined : parseHeader(data.subarray(0, newline).toString('utf8'))
  if (!header) return { reason: 'not a facts cache (no header line)' }
  if (header.format !== FACTS_CACHE_FORMAT) return { reason: `another format (${header.format}, this reads ${FACTS_CACHE_FORMAT})` }
  if (header.version !== version) return { reason: `written by version ${header.version}, this is ${version}` }
  const body = data.subarray(newline + 1)
  if (body.length < header.bytes) return { reason: `truncated (${body.length} of ${header.bytes} bytes)` }
  if (body.length > header.bytes) return { reason: `longer than its header says (${body.length}, not ${header.bytes} bytes)` }
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) return { reason: 'damaged (checksum does not match)' }
  const entries = parseBody(body.toString('utf8'))
  if (!entries) return { reason: 'damaged (body is not {language: {key: facts}})' }
  if (count(entries) !== header.entries) return { reason: `damaged (${count(entries)} entries, header says ${header.entries})` }
  return { entries }
}

function parseHeader(text: string): Header | undefined {
  const value = parseJson(text)
  if (!isRecord(value)) return undefined
  const { format, version, entries, bytes, sha256 } = value
  if (typeof format !== 'string' || typeof version !== 'string' || typeof sha256 !== 'string') return undefined
  if (!Number.isSafeInteger(entries) || !Number.isSafeInteger(bytes)) return undefined
  return { format, version, entries: entries as number, bytes: bytes as number, sha256 }
}

function parseBody(text: string): Entries | undefined {
  const value = parseJson(text)
  if (!isRecord(value)) return undefined
  const entries: Entries = new Map()
  for (const [language, byKey] of Object.entries(value)) {
    if (!isRecord(byKey)) return undefined
    // A Map, not the parsed object: a key such as "constructor" must not find Object.prototype's.
    entries.set(language, new Map(Object.entries(byKey)))
  }
  return entries
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
