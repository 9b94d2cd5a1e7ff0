import { ByteReader, ByteWriter, DamagedCache } from './bytes.js'

/** One byte before each value says what follows. */
const TAG = {
  NULL: 0,
  FALSE: 1,
  TRUE: 2,
  /** A whole number ≥ 0, as an unsigned integer. */
  UINT: 3,
  /** A whole number < 0, as the unsigned integer of its negation. */
  NEGATIVE_INT: 4,
  FLOAT: 5,
  /** A string, as its index in the string table. */
  STRING: 6,
  /** A length, then that many values. */
  ARRAY: 7,
  /** A shape's index (its keys, in order), then one value per key. */
  OBJECT: 8,
  /** A long string, in the value itself: its UTF-8 length in bytes, then its bytes. */
  TEXT: 9,
} as const

/**
 * Strings at least this long are written in the value, not in the table: one that long is seldom
 * shared (a resolution's list of every file's key), and in the table it would stay, unused, after the
 * entry holding it was replaced, until the tables are built afresh.
 */
const TEXT_FROM = 256

/**
 * The strings and object shapes (key lists) that encoded values refer to by index: every module name,
 * field name and key is written once per file, not once per use. A table read from a file can be
 * extended, so that the entries copied from that file keep their bytes as they are.
 */
/** A value the encoding cannot give back as JSON would: it is not kept. */
export class NotJsonData extends Error {}

/** A surrogate that is not half of a pair: UTF-8 cannot hold it, so it would come back as U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/u

/** Throws NotJsonData for a string UTF-8 cannot carry, in the table or in a value alike. */
function refuseLoneSurrogate(value: string): void {
  if (LONE_SURROGATE.test(value)) throw new NotJsonData('a lone surrogate')
}

/** The shapes by their keys, one key a level: a lookup costs a map lookup per key and builds no string. */
interface ShapeNode {
  id?: number
  next?: Map<string, ShapeNode>
}

/** The string table as a file held it: its first `count` strings, their lengths and their text, as bytes. */
interface ReadStrings {
  readonly count: number
  readonly lengths: Buffer
  readonly text: Buffer
  /** The text decoded, and where each string starts in it (with its end at `starts[count]`): a string is cut out when first asked for. */
  readonly decoded: string
  readonly starts: Uint32Array
}

export class ValueTables {
  /** The ids of the strings added since the table was read (all of them for a table made here). */
  private stringIds: Map<string, number> | undefined
  private shapeRoot: ShapeNode | undefined

  constructor(
    /**
     * The strings by id; of a table read from a file, only those asked for so far (the others are holes): a warm run
     * asks for few of them, since most entries are never decoded, and cutting out every one was most of reading the
     * tables (synthetic 30k: 221,010 strings, 20–60 ms; 100k: 733,977, 116–169 ms).
     */
    readonly strings: (string | undefined)[] = [],
    readonly shapes: (readonly string[])[] = [],
    /** Where the strings came from a file: written again as they were read, not encoded anew. */
    private readonly read?: ReadStrings,
    /** Each shape's keys as string ids. */
    private readonly shapeKeys: (readonly number[])[] = [],
  ) {}

  /** The string with this index; throws DamagedCache past the table. */
  stringAt(id: number): string {
    const s = this.strings[id]
    if (s !== undefined) return s
    const read = this.read
    if (read === undefined || !(id >= 0 && id < read.count)) throw new DamagedCache('a string index past the table')
    return (this.strings[id] = read.decoded.slice(read.starts[id], read.starts[id + 1]))
  }

  /**
   * The string's index, adding it to the table; throws NotJsonData for one UTF-8 cannot carry. The
   * strings of a table read from a file are not looked up: indexing them all (half a million at
   * 100,000 files) was most of a save after a small change. A string the table had before is added
   * again; the tables are built afresh once the entries added and dropped since outnumber those kept.
   */
  string(value: string): number {
    const ids = (this.stringIds ??= new Map(this.read ? [] : (this.strings as string[]).map((s, i) => [s, i])))
    let id = ids.get(value)
    if (id === undefined) {
      refuseLoneSurrogate(value)
      id = this.strings.push(value) - 1
      ids.set(value, id)
    }
    return id
  }

  shape(keys: readonly string[]): number {
    const node = this.shapeNode(keys)
    if (node.id === undefined) {
      // Its keys join the string table now: the tables are written strings first.
      this.shapeKeys.push(keys.map((key) => this.string(key)))
      node.id = this.shapes.push(keys) - 1
    }
    return node.id
  }

  private shapeNode(keys: readonly string[]): ShapeNode {
    if (!this.shapeRoot) {
      this.shapeRoot = {}
      this.shapes.forEach((known, id) => (this.walk(known).id = id))
    }
    return this.walk(keys)
  }

  private walk(keys: readonly string[]): ShapeNode {
    let node = this.shapeRoot!
    for (const key of keys) {
      node.next ??= new Map()
      let next = node.next.get(key)
      if (!next) node.next.set(key, (next = {}))
      node = next
    }
    return node
  }

  /**
   * Writes the tables: the strings' lengths (in UTF-16 code units) and then all of them as one UTF-8
   * run, decoded at load with one call; then each shape as its keys' string indexes.
   */
  write(out: ByteWriter): void {
    // Strings are only ever added: those read from a file are its bytes, then come the new ones.
    const known = this.read?.count ?? 0
    // Past the strings read, every one is there: only those read can be holes.
    const added = (known ? this.strings.slice(known) : this.strings) as string[]
    out.uint(this.strings.length)
    if (this.read) out.bytes(this.read.lengths)
    for (const s of added) out.uint(s.length)
    const text = Buffer.from(added.join(''), 'utf8')
    out.uint((this.read?.text.length ?? 0) + text.length)
    if (this.read) out.bytes(this.read.text)
    out.bytes(text)
    out.uint(this.shapeKeys.length)
    for (const ids of this.shapeKeys) {
      out.uint(ids.length)
      for (const id of ids) out.uint(id)
    }
  }

  static read(input: ByteReader): ValueTables {
    const count = input.uint()
    // Each string takes a byte of length at least: a longer table is damage, not a count to allocate.
    if (count > input.left) throw new DamagedCache('a string table longer than its bytes')
    const lengthsAt = input.at
    const starts = new Uint32Array(count + 1)
    for (let i = 0; i < count; i++) starts[i + 1] = starts[i]! + input.uint()
    const lengthBytes = input.buffer.subarray(lengthsAt, input.at)
    const textBytes = input.take(input.uint())
    const decoded = textBytes.toString('utf8')
    // A string that was not well-formed UTF-16 would come back another length: caught at save, seen here.
    if (starts[count] !== decoded.length) throw new DamagedCache('string table lengths do not add up')
    const read = { count, lengths: lengthBytes, text: textBytes, decoded, starts }
    const tables = new ValueTables(new Array<string | undefined>(count), [], read, [])
    for (let i = input.uint(); i > 0; i--) {
      const ids: number[] = []
      for (let k = input.uint(); k > 0; k--) ids.push(input.uint())
      tables.shapes.push(ids.map((id) => tables.stringAt(id)))
      tables.shapeKeys.push(ids)
    }
    return tables
  }
}

/**
 * Appends one JSON value; properties whose value is undefined are left out, as JSON.stringify does.
 * Throws NotJsonData for what JSON would not give back as it is (a function, a number that is not
 * finite, a lone surrogate), having written part of it: the caller drops what it wrote.
 */
export function encodeValue(value: unknown, tables: ValueTables, out: ByteWriter): void {
  if (value === null) out.byte(TAG.NULL)
  else if (value === true) out.byte(TAG.TRUE)
  else if (value === false) out.byte(TAG.FALSE)
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new NotJsonData(`the number ${value}`)
    if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
      out.byte(value < 0 ? TAG.NEGATIVE_INT : TAG.UINT)
      out.uint(Math.abs(value))
    } else {
      out.byte(TAG.FLOAT)
      out.float(value)
    }
  } else if (typeof value === 'string') {
    if (value.length < TEXT_FROM) {
      out.byte(TAG.STRING)
      out.uint(tables.string(value))
    } else {
      refuseLoneSurrogate(value)
      out.byte(TAG.TEXT)
      out.text(value)
    }
  } else if (Array.isArray(value)) {
    out.byte(TAG.ARRAY)
    out.uint(value.length)
    for (const item of value) encodeValue(item, tables, out)
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record).filter((k) => record[k] !== undefined)
    out.byte(TAG.OBJECT)
    out.uint(tables.shape(keys))
    for (const key of keys) encodeValue(record[key], tables, out)
  } else throw new NotJsonData(`a value of type ${typeof value}`)
}

export function decodeValue(input: ByteReader, tables: ValueTables): unknown {
  const tag = input.byte()
  switch (tag) {
    case TAG.NULL:
      return null
    case TAG.FALSE:
      return false
    case TAG.TRUE:
      return true
    case TAG.UINT:
      return input.uint()
    case TAG.NEGATIVE_INT:
      return -input.uint()
    case TAG.FLOAT:
      return input.float()
    case TAG.STRING:
      return tables.stringAt(input.uint())
    case TAG.TEXT:
      return input.take(input.uint()).toString('utf8')
    case TAG.ARRAY: {
      const length = input.uint()
      // Each item takes a byte at least: a longer array is damage, not a length to allocate.
      if (length > input.left) throw new DamagedCache('an array longer than its bytes')
      // Made at its length, not grown by push: a warm run decodes every entry, and growing was a
      // quarter of that (synthetic 30k, every entry, one process each, CPU: 245–307 → 183–235 ms).
      const items: unknown[] = new Array(length)
      for (let i = 0; i < length; i++) items[i] = decodeValue(input, tables)
      return items
    }
    case TAG.OBJECT: {
      const keys = tables.shapes[input.uint()]
      if (!keys) throw new DamagedCache('an object names no shape')
      const record: Record<string, unknown> = {}
      for (const key of keys) {
        const item = decodeValue(input, tables)
        // An assignment to "__proto__" would set the prototype; JSON.parse makes it a plain property.
        if (key === '__proto__') Object.defineProperty(record, key, { value: item, enumerable: true, writable: true, configurable: true })
        else record[key] = item
      }
      return record
    }
    default:
      throw new DamagedCache(`unknown value tag ${tag}`)
  }
}
