import { createHash } from 'node:crypto'
import { readWhole } from './early-read.js'
import { ByteReader, ByteWriter, DamagedCache } from './bytes.js'
import { decodeValue, encodeValue, NotJsonData, ValueTables } from './value-codec.js'

/** Names the file layout below; a reader that meets another one ignores the file. */
export const FACTS_CACHE_FORMAT = 'blast-radius/facts-cache@3'

/** A header longer than this is not ours: no need to read further to say so. */
const MAX_HEADER_BYTES = 4096

interface Header {
  readonly format: string
  readonly version: string
  readonly entries: number
  readonly bytes: number
  readonly sha256: string
  /**
   * Entries dropped or added since the tables were last built afresh: the strings of the first may
   * still be in them, those of the second may be there twice (see ValueTables.string).
   */
  readonly stale: number
}

/** A cache file that passed every check: its tables, and where each entry's value lies in its body, not yet decoded. */
export class StoredEntries {
  private readonly starts: Uint32Array
  private readonly ends: Uint32Array
  /** Each entry's key, and each language, as the string ids the file gave them: written again as they are. */
  private readonly keyIds: Uint32Array

  constructor(
    readonly tables: ValueTables,
    readonly body: Buffer,
    /** language → key → index into the spans. */
    private readonly index: Map<string, Map<string, number>>,
    /** Per entry: its key's string id, and where its value starts and ends. */
    spans: readonly number[],
    private readonly languageIds: ReadonlyMap<string, number>,
    readonly stale: number,
  ) {
    this.keyIds = new Uint32Array(spans.length / 3)
    this.starts = new Uint32Array(spans.length / 3)
    this.ends = new Uint32Array(spans.length / 3)
    for (let i = 0; i < spans.length; i += 3) {
      this.keyIds[i / 3] = spans[i]!
      this.starts[i / 3] = spans[i + 1]!
      this.ends[i / 3] = spans[i + 2]!
    }
  }

  /** The string id of the entry's key in these tables. */
  keyId(entry: number): number {
    return this.keyIds[entry]!
  }

  /** The string id of a language's name in these tables, where the file had entries of it. */
  languageId(language: string): number | undefined {
    return this.languageIds.get(language)
  }

  get count(): number {
    return this.starts.length
  }

  find(language: string, key: string): number | undefined {
    return this.index.get(language)?.get(key)
  }

  /** The entry's value; throws DamagedCache when its bytes do not decode to exactly one value. */
  decode(entry: number): unknown {
    const input = new ByteReader(this.body, this.starts[entry], this.ends[entry])
    const value = decodeValue(input, this.tables)
    if (!input.done) throw new DamagedCache('an entry is longer than its value')
    return value
  }

  /** How many bytes the entry's value takes. */
  length(entry: number): number {
    return this.ends[entry]! - this.starts[entry]!
  }

  /**
   * Appends the entry's encoded bytes, valid with these tables (or tables extended from them), copied
   * from the body with no view made per entry: at 30,000 entries a view each was a fifth of a save.
   */
  copy(entry: number, out: ByteWriter): void {
    out.copy(this.body, this.starts[entry]!, this.ends[entry]!)
  }
}

/** What to write for one entry: a value to encode, or an entry of the file read at the start, copied as it is. */
export type EntryToWrite = { readonly value: unknown } | { readonly stored: number }

/**
 * The whole file, in pieces to write one after another: one JSON header line, then the body, which is
 * the tables (strings, shapes) and the entries, language by language, each as its key's string index,
 * its value's length and its value.
 */
export function cacheFileBytes(
  entries: ReadonlyMap<string, ReadonlyMap<string, EntryToWrite>>,
  tables: ValueTables,
  version: string,
  stale: number,
  /** The file read at the start, when `tables` are its tables extended: its entries are copied from it. */
  from?: StoredEntries,
): readonly Buffer[] {
  const out = new ByteWriter()
  const language = new ByteWriter()
  const value = new ByteWriter()
  let total = 0
  const languages = [...entries.keys()].sort()
  out.uint(languages.length)
  for (const name of languages) {
    const byKey = entries.get(name)!
    language.reset()
    let kept = 0
    // In code-point order when written from nothing, so that such a file is deterministic; over a file,
    // in the order the run used them (sorting 100,000 keys read from a file took a quarter of a second).
    for (const key of from ? byKey.keys() : [...byKey.keys()].sort()) {
      const entry = byKey.get(key)!
      if ('stored' in entry) {
        language.uint(from!.keyId(entry.stored))
        language.uint(from!.length(entry.stored))
        from!.copy(entry.stored, language)
        kept++
        continue
      }
      let id: number
      let bytes: Buffer
      try {
        id = tables.string(key)
        value.reset()
        encodeValue(entry.value, tables, value)
        bytes = value.result()
      } catch (error) {
        // Not JSON data: not kept, a miss next time (what it added to the tables stays, unused).
        if (error instanceof NotJsonData) continue
        throw error
      }
      language.uint(id)
      language.uint(bytes.length)
      language.bytes(bytes)
      kept++
    }
    out.uint(from?.languageId(name) ?? tables.string(name))
    out.uint(kept)
    out.bytes(language.result())
    total += kept
  }
  const head = new ByteWriter()
  tables.write(head)
  // The body is the tables and then the entries, hashed and written as the two pieces they are: at
  // 100,000 files, joining them (and the header) copied the 28 MB file twice, a fifth of a save.
  const body = [head.result(), out.result()]
  const header: Header = {
    format: FACTS_CACHE_FORMAT,
    version,
    entries: total,
    bytes: body[0]!.length + body[1]!.length,
    sha256: createHash('sha256').update(body[0]!).update(body[1]!).digest('hex'),
    stale,
  }
  return [Buffer.from(JSON.stringify(header) + '\n'), ...body]
}

/** The file's entries, or why they cannot be trusted; undefined when there is no file. `started`: its bytes, being read already. */
export async function readCacheFile(
  path: string,
  version: string,
  started?: Promise<Buffer>,
): Promise<StoredEntries | { readonly reason: string } | undefined> {
  let data: Buffer
  try {
    data = await (started ?? readWhole(path))
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
  try {
    const stored = indexBody(body, header.stale)
    if (stored.count !== header.entries) return { reason: `damaged (${stored.count} entries, header says ${header.entries})` }
    return stored
  } catch (error) {
    if (error instanceof DamagedCache) return { reason: `damaged (${error.message})` }
    throw error
  }
}

/** Reads the tables and finds every entry's bytes; the values themselves are decoded when asked for. */
function indexBody(body: Buffer, stale: number): StoredEntries {
  const input = new ByteReader(body)
  const tables = ValueTables.read(input)
  const index = new Map<string, Map<string, number>>()
  const languageIds = new Map<string, number>()
  const spans: number[] = []
  for (let languages = input.uint(); languages > 0; languages--) {
    const languageId = input.uint()
    const language = tables.stringAt(languageId)
    if (index.has(language)) throw new DamagedCache(`language ${language} twice`)
    const byKey = new Map<string, number>()
    index.set(language, byKey)
    languageIds.set(language, languageId)
    for (let n = input.uint(); n > 0; n--) {
      const keyId = input.uint()
      const key = tables.stringAt(keyId)
      const length = input.uint()
      const start = input.at
      input.skip(length)
      byKey.set(key, spans.length / 3)
      spans.push(keyId, start, start + length)
    }
  }
  if (!input.done) throw new DamagedCache('bytes after the last entry')
  return new StoredEntries(tables, body, index, spans, languageIds, stale)
}

function parseHeader(text: string): Header | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const { format, version, entries, bytes, sha256, stale } = value as Record<string, unknown>
  if (typeof format !== 'string') return undefined
  // Another format's header may have other fields: say which format it is before asking for ours.
  if (format !== FACTS_CACHE_FORMAT) return { format, version: '', entries: 0, bytes: 0, sha256: '', stale: 0 }
  if (typeof version !== 'string' || typeof sha256 !== 'string') return undefined
  if (!Number.isSafeInteger(entries) || !Number.isSafeInteger(bytes) || !Number.isSafeInteger(stale)) return undefined
  return { format, version, entries: entries as number, bytes: bytes as number, sha256, stale: stale as number }
}
