import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCacheRead } from '../../src/cache/early-read.js'
import { FACTS_CACHE_FILE, FACTS_CACHE_FORMAT, FactsCache, type FactsCacheStats } from '../../src/cache/facts-cache.js'

const VERSION = 'test-1'
const facts = (n: number) => ({ imports: [{ line: n, context: 'import', level: 0, module: `m${n}`, names: null }], dynamic: [] })

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facts-cache-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A cache saved with `n` python entries keyed k0..k(n-1). */
async function savedCache(n: number): Promise<void> {
  const cache = await FactsCache.open(dir, VERSION)
  for (let i = 0; i < n; i++) cache.set('python', `k${i}`, facts(i))
  await cache.save()
}

const cacheFile = () => join(dir, FACTS_CACHE_FILE)

describe('FactsCache', () => {
  it('starts empty without a file, and says nothing was ignored', async () => {
    const cache = await FactsCache.open(join(dir, 'not-yet'), VERSION)
    expect(cache.get('python', 'k0')).toBeUndefined()
    expect(cache.stats).toEqual({ hits: 0, misses: 1, loaded: false })
  })

  it('opens from the file as read at the start (startCacheRead), for its folder and once: a later open reads it as it is then', async () => {
    await savedCache(2)
    const early = startCacheRead(dir)
    // The file changes after the read started: the first open sees what was read, the next one the new file.
    const other = await FactsCache.open(dir, VERSION)
    other.set('python', 'k9', facts(9))
    await other.save()
    expect(early.take(join(dir, 'elsewhere'))).toBeUndefined()
    const first = await FactsCache.open(dir, VERSION, early)
    expect([first.get('python', 'k1'), first.get('python', 'k9')]).toEqual([facts(1), undefined])
    const second = await FactsCache.open(dir, VERSION, early)
    expect(second.get('python', 'k9')).toEqual(facts(9))
  })

  it('takes an early read of no file as no cache yet, and one of a damaged file as damaged', async () => {
    const none = await FactsCache.open(join(dir, 'not-yet'), VERSION, startCacheRead(join(dir, 'not-yet')))
    expect(none.stats).toEqual({ hits: 0, misses: 0, loaded: false })
    await savedCache(3)
    const bytes = await readFile(cacheFile())
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1)
    await writeFile(cacheFile(), bytes)
    const damaged = await FactsCache.open(dir, VERSION, startCacheRead(dir))
    expect(damaged.stats.reason).toBe('damaged (checksum does not match)')
  })

  it('gives back what was saved, by language and key, and counts hits and misses', async () => {
    const first = await FactsCache.open(join(dir, 'nested', 'folder'), VERSION)
    first.set('python', 'a', facts(1))
    first.set('python', 'b', facts(2))
    first.set('other', 'a', { anything: ['json', 3, null, true] })
    await first.save()

    const second = await FactsCache.open(join(dir, 'nested', 'folder'), VERSION)
    expect(second.get('python', 'a')).toEqual(facts(1))
    expect(second.get('python', 'b')).toEqual(facts(2))
    expect(second.get('other', 'a')).toEqual({ anything: ['json', 3, null, true] })
    expect(second.get('other', 'b')).toBeUndefined()
    expect(second.get('python', 'c')).toBeUndefined()
    expect(second.stats).toEqual({ hits: 3, misses: 2, loaded: true })
  })

  it('never finds a key among the prototype of a plain object', async () => {
    await savedCache(1)
    const cache = await FactsCache.open(dir, VERSION)
    expect(cache.get('python', 'constructor')).toBeUndefined()
    expect(cache.get('python', '__proto__')).toBeUndefined()
    expect(cache.get('toString', 'k0')).toBeUndefined()
  })

  it('keeps only the entries used in the run when it saves', async () => {
    await savedCache(4)
    const run = await FactsCache.open(dir, VERSION)
    run.get('python', 'k1')
    run.get('python', 'k3')
    run.set('python', 'new', facts(9))
    await run.save()

    const after = await FactsCache.open(dir, VERSION)
    expect(['k0', 'k1', 'k2', 'k3', 'new'].map((k) => after.get('python', k) !== undefined)).toEqual([false, true, false, true, true])
  })

  it('holds an entry without decoding it: counted, kept by save, decoded when recalled', async () => {
    await savedCache(3)
    const run = await FactsCache.open(dir, VERSION)
    expect([run.hold('python', 'k0'), run.hold('python', 'k2'), run.hold('python', 'gone')]).toEqual([true, true, false])
    expect(run.stats).toEqual({ hits: 2, misses: 1, loaded: true })
    expect(run.recall('python', 'k2')).toEqual(facts(2))
    // Dropping k1 leaves the tables as they were (one dropped of three): k0 is copied, never decoded.
    run.set('python', 'new', facts(9))
    await run.save()
    const after = await FactsCache.open(dir, VERSION)
    expect(['k0', 'k1', 'k2', 'new'].map((k) => after.get('python', k))).toEqual([facts(0), undefined, facts(2), facts(9)])
    // Three entries dropped since the tables were built, one kept: they are built afresh, the held entry decoded for it.
    const fresh = await FactsCache.open(dir, VERSION)
    fresh.hold('python', 'k0')
    await fresh.save()
    expect((await FactsCache.open(dir, VERSION)).get('python', 'k0')).toEqual(facts(0))
  })

  it('does not rewrite a file that would come out the same', async () => {
    await savedCache(3)
    const run = await FactsCache.open(dir, VERSION)
    for (let i = 0; i < 3; i++) run.get('python', `k${i}`)
    await rm(cacheFile())
    await run.save()
    // Nothing changed, so nothing was written (the file removed above stays removed).
    await expect(readdir(dir)).resolves.toEqual([])
  })

  it('writes the same bytes for the same entries, whatever order they came in', async () => {
    const a = await FactsCache.open(join(dir, 'a'), VERSION)
    const b = await FactsCache.open(join(dir, 'b'), VERSION)
    for (const i of [3, 1, 2]) a.set('python', `k${i}`, facts(i))
    for (const i of [2, 3, 1]) b.set('python', `k${i}`, facts(i))
    await Promise.all([a.save(), b.save()])
    const [bytesA, bytesB] = await Promise.all([readFile(join(dir, 'a', FACTS_CACHE_FILE)), readFile(join(dir, 'b', FACTS_CACHE_FILE))])
    expect(bytesA.equals(bytesB)).toBe(true)
  })

  it('ignores a cache written by another version, and says so', async () => {
    await savedCache(2)
    const cache = await FactsCache.open(dir, 'test-2')
    expect(cache.get('python', 'k0')).toBeUndefined()
    expect(cache.stats).toEqual({ hits: 0, misses: 1, loaded: false, reason: 'written by version test-1, this is test-2' })
  })

  it('ignores a truncated file', async () => {
    await savedCache(50)
    const size = (await readFile(cacheFile())).length
    await truncate(cacheFile(), size - 10)
    const cache = await FactsCache.open(dir, VERSION)
    expect(cache.get('python', 'k0')).toBeUndefined()
    expect(cache.stats.loaded).toBe(false)
    expect(cache.stats.reason).toMatch(/^truncated \(\d+ of \d+ bytes\)$/)
  })

  it('ignores a file cut inside its header', async () => {
    await savedCache(5)
    await truncate(cacheFile(), 20)
    const cache = await FactsCache.open(dir, VERSION)
    expect(cache.stats).toEqual({ hits: 0, misses: 0, loaded: false, reason: 'not a facts cache (no header line)' })
  })

  it('ignores a body changed in place, even when it still reads', async () => {
    await savedCache(5)
    const bytes = await readFile(cacheFile())
    const at = bytes.indexOf('m3')
    expect(at).toBeGreaterThan(0)
    bytes[at + 1] = '4'.charCodeAt(0) // same length, and the layout still reads
    await writeFile(cacheFile(), bytes)
    const cache = await FactsCache.open(dir, VERSION)
    expect(cache.get('python', 'k3')).toBeUndefined()
    expect(cache.stats.reason).toBe('damaged (checksum does not match)')
  })

  it('ignores files that are not caches at all, with a reason for each', async () => {
    const cases: [string | Buffer, RegExp][] = [
      ['', /^not a facts cache/],
      ['{"python":{}}', /^not a facts cache/],
      [Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0x01]), /^not a facts cache/],
      ['{"format":"blast-radius/facts-cache@9","version":"test-1","entries":0,"bytes":2,"sha256":"x"}\n{}', /^another format/],
      ['[1,2]\n{}', /^not a facts cache/],
    ]
    for (const [content, reason] of cases) {
      await writeFile(cacheFile(), content)
      const cache = await FactsCache.open(dir, VERSION)
      expect(cache.stats.loaded).toBe(false)
      expect(cache.stats.reason).toMatch(reason)
    }
  })

  it('ignores a file with a good header and checksum whose body is not the layout', async () => {
    // Written by hand, not by us: each body below passes the checksum and fails to read.
    const { createHash } = await import('node:crypto')
    const bodies: [number[], string][] = [
      [[0, 0, 1, 0], 'damaged (ends early)'], // tables, and then no entries' section
      [[1, 2, 1, 0x61, 0, 0], 'damaged (string table lengths do not add up)'], // one string of 2 code units in 1 byte
      [[0, 0, 0, 0, 9], 'damaged (bytes after the last entry)'],
      [[0x80, 0x80, 0x80, 0x80, 0x20, 0], 'damaged (a string table longer than its bytes)'], // 2^33 strings, never allocated
      [[1, 1, 1, 0x61, 0, 1, 3, 0], 'damaged (a string index past the table)'], // a language named by string 3 of 1
      [[1, 1, 1, 0x61, 0, 1, 0, 1, 0, 2, 6, 0], 'damaged (1 entries, header says 3)'], // language 'a', entry 'a': 'a'
    ]
    for (const [bytes, reason] of bodies) {
      const body = Buffer.from(bytes)
      const header = {
        format: FACTS_CACHE_FORMAT,
        version: VERSION,
        entries: 3,
        bytes: body.length,
        sha256: createHash('sha256').update(body).digest('hex'),
        stale: 0,
      }
      await writeFile(cacheFile(), Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), body]))
      const cache = await FactsCache.open(dir, VERSION)
      expect(cache.stats.reason).toBe(reason)
    }
  })

  it('counts an entry as a miss when it holds an array longer than its bytes, never allocating it', async () => {
    const { createHash } = await import('node:crypto')
    // Language 'a', entry 'a': an array of 2^33 items in 6 bytes (past the longest array there can be).
    const body = Buffer.from([1, 1, 1, 0x61, 0, 1, 0, 1, 0, 6, 7, 0x80, 0x80, 0x80, 0x80, 0x20])
    const sha256 = createHash('sha256').update(body).digest('hex')
    const header = { format: FACTS_CACHE_FORMAT, version: VERSION, entries: 1, bytes: body.length, sha256, stale: 0 }
    await writeFile(cacheFile(), Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), body]))
    const cache = await FactsCache.open(dir, VERSION)
    expect(cache.stats.reason).toBeUndefined()
    expect(cache.get('a', 'a')).toBeUndefined()
    expect(cache.stats).toMatchObject({ hits: 0, misses: 1 })
  })

  it('gives back any JSON data as it went in, and keeps nothing JSON could not hold', async () => {
    const odd = {
      numbers: [0, 1, 127, 128, 2 ** 40, -1, -(2 ** 53 - 1), 2 ** 53 - 1, 0.5, -1e-300, 1e300],
      strings: ['', 'ü', '日本', '😀', 'a\u0000b'],
      nested: [[], {}, [[null]], { a: { b: { c: [true, false] } } }],
      ['__proto__']: { polluted: true },
      constructor: 'x',
      left: undefined,
    }
    const first = await FactsCache.open(dir, VERSION)
    first.set('x', 'odd', odd)
    first.set('x', 'lone surrogate', { s: '\ud800' })
    first.set('x', 'a function', { f: () => 1 })
    await first.save()
    const second = await FactsCache.open(dir, VERSION)
    const back = second.get('x', 'odd')
    expect(back).toEqual(JSON.parse(JSON.stringify(odd)))
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype)
    expect(Object.keys(back as object)).toEqual(['numbers', 'strings', 'nested', '__proto__', 'constructor'])
    expect(second.get('x', 'lone surrogate')).toBeUndefined()
    expect(second.get('x', 'a function')).toBeUndefined()
  })

  it('copies the entries a run kept from the old file, and builds the tables afresh once most are gone', async () => {
    await savedCache(40)
    // A small change: 39 entries kept as they were, one new.
    const small = await FactsCache.open(dir, VERSION)
    for (let i = 1; i < 40; i++) small.get('python', `k${i}`)
    small.set('python', 'new', facts(99))
    // New strings after the copied ones: lengths in UTF-16 code units, text in UTF-8 bytes.
    small.set('python', 'wide', { s: ['日本', '😀', 'ü'] })
    await small.save()
    const after = await FactsCache.open(dir, VERSION)
    for (let i = 1; i < 40; i++) expect(after.get('python', `k${i}`)).toEqual(facts(i))
    expect(after.get('python', 'new')).toEqual(facts(99))
    expect(after.get('python', 'wide')).toEqual({ s: ['日本', '😀', 'ü'] })
    expect(after.get('python', 'k0')).toBeUndefined()
    await after.save()
    // Then all but two go: the file is then the one written afresh with those two, no string of the others left.
    const few = await FactsCache.open(dir, VERSION)
    few.get('python', 'k1')
    few.get('python', 'new')
    await few.save()
    const fresh = await FactsCache.open(join(dir, 'fresh'), VERSION)
    fresh.set('python', 'k1', facts(1))
    fresh.set('python', 'new', facts(99))
    await fresh.save()
    expect((await readFile(cacheFile())).equals(await readFile(join(dir, 'fresh', FACTS_CACHE_FILE)))).toBe(true)
    const last = await FactsCache.open(dir, VERSION)
    expect([last.get('python', 'k1'), last.get('python', 'new'), last.get('python', 'k2')]).toEqual([facts(1), facts(99), undefined])
  })

  it('counts the entries added since the tables were built with those dropped: more of both than kept, and they are built afresh', async () => {
    // A new entry's strings go into the table again (the file's strings are not looked up), so they count as stale too.
    await savedCache(4)
    const run = await FactsCache.open(dir, VERSION)
    run.get('python', 'k0')
    run.get('python', 'k1')
    for (const n of [5, 6, 7]) run.set('python', `k${n}`, facts(n))
    await run.save()
    const fresh = await FactsCache.open(join(dir, 'fresh'), VERSION)
    for (const n of [0, 1, 5, 6, 7]) fresh.set('python', `k${n}`, facts(n))
    await fresh.save()
    expect((await readFile(cacheFile())).equals(await readFile(join(dir, 'fresh', FACTS_CACHE_FILE)))).toBe(true)
  })

  it('keeps a long string in its entry, not in the table: it goes with the entry', async () => {
    const long = (c: string) => `${c.repeat(300)}·${c}`
    await savedCache(10)
    const first = await FactsCache.open(dir, VERSION)
    for (let i = 0; i < 10; i++) first.get('python', `k${i}`)
    first.set('memo', 'files', { keys: long('a') })
    first.set('memo', 'odd', { s: `${long('b')}\ud800` })
    await first.save()
    const second = await FactsCache.open(dir, VERSION)
    expect(second.get('memo', 'files')).toEqual({ keys: long('a') })
    expect(second.get('memo', 'odd')).toBeUndefined()
    for (let i = 0; i < 10; i++) second.get('python', `k${i}`)
    second.set('memo', 'files', { keys: long('c') })
    await second.save()
    // The tables were extended, not built afresh (one added, ten kept), and the replaced string is gone with its entry.
    const text = (await readFile(cacheFile())).toString('utf8')
    expect([text.includes(long('a')), text.includes(long('c'))]).toEqual([false, true])
    expect((await FactsCache.open(dir, VERSION)).get('memo', 'files')).toEqual({ keys: long('c') })
  })

  it('ignores a folder where the file should be, and fails to save over it with a clear error', async () => {
    await writeFile(join(dir, 'placeholder'), '')
    const { mkdir } = await import('node:fs/promises')
    await mkdir(cacheFile())
    const cache = await FactsCache.open(dir, VERSION)
    expect(cache.stats.loaded).toBe(false)
    expect(cache.stats.reason).toBe('not readable (EISDIR)')
    cache.set('python', 'k', facts(1))
    await expect(cache.save()).rejects.toThrow(/^cannot write the facts cache .*facts\.cache: /)
    // The temporary file did not stay behind.
    expect((await readdir(dir)).sort()).toEqual([FACTS_CACHE_FILE, 'placeholder'])
  })

  it('replaces a damaged cache with a good one on save', async () => {
    await writeFile(cacheFile(), 'garbage')
    const run = await FactsCache.open(dir, VERSION)
    run.set('python', 'k', facts(1))
    await run.save()
    const after = await FactsCache.open(dir, VERSION)
    expect(after.stats.loaded).toBe(true)
    expect(after.get('python', 'k')).toEqual(facts(1))
  })

  it('refuses to store no facts, which could not be told from a miss', async () => {
    const cache = await FactsCache.open(dir, VERSION)
    expect(() => cache.set('python', 'k', undefined)).toThrow(TypeError)
  })

  it('stays whole while many runs save and read at once (write to a temporary file, then rename)', async () => {
    // Large enough that each write takes many chunks, so unsynchronised writes would interleave.
    const big = (tag: number) => ({ tag, imports: Array.from({ length: 40 }, (_, i) => facts(i + tag)) })
    await savedCache(10) // from here on a reader must always find a whole file
    let writing = true
    const writers = Array.from({ length: 6 }, async (_, w) => {
      const cache = await FactsCache.open(dir, VERSION)
      for (let i = 0; i < 400; i++) cache.set('python', `w${w}-k${i}`, big(w))
      await cache.save()
    })
    const readers = Array.from({ length: 4 }, async () => {
      const seen: FactsCacheStats[] = []
      do seen.push((await FactsCache.open(dir, VERSION)).stats)
      while (writing)
      return seen
    })
    await Promise.all(writers)
    writing = false
    const seen = (await Promise.all(readers)).flat()
    expect(seen.filter((stats) => !stats.loaded)).toEqual([])
    const final = await FactsCache.open(dir, VERSION)
    expect(final.stats.loaded).toBe(true)
    // Exactly one writer's entries: the last rename won, whole.
    const winners = Array.from({ length: 6 }, (_, w) => final.get('python', `w${w}-k0`) !== undefined)
    expect(winners.filter(Boolean)).toHaveLength(1)
    expect(await readdir(dir)).toEqual([FACTS_CACHE_FILE])
  })
})
