import { close, fstatSync, openSync, read } from 'node:fs'
import { join } from 'node:path'

/** Where a cache folder keeps its facts. */
export const FACTS_CACHE_FILE = 'facts.cache'

/** The file of the facts cache in `dir`. */
export const factsCacheFile = (dir: string): string => join(dir, FACTS_CACHE_FILE)

/** The cache file of one folder, being read since the run started: its bytes go to the first open of that folder. */
export interface EarlyCacheRead {
  /** The bytes as read for `dir`, once: undefined for another folder or a second open (which reads the file as it is then). */
  take(dir: string): Promise<Buffer> | undefined
}

/**
 * Starts reading the facts cache of `dir`. Its own module, with nothing but the file system behind it, so
 * that the CLI can start the read before it loads the rest of its code (as it starts git's lists): the
 * file, tens of megabytes at 100,000 files, is read while Node compiles. A read that fails fails the open
 * that takes it, as its own read would have.
 */
export function startCacheRead(dir: string): EarlyCacheRead {
  let bytes: Promise<Buffer> | undefined = readWhole(factsCacheFile(dir))
  // Handled where it is taken; a read never taken (a run that ends before its build) is no error.
  bytes.catch(() => undefined)
  return {
    take(asked) {
      if (asked !== dir) return undefined
      const taken = bytes
      bytes = undefined
      return taken
    },
  }
}

/**
 * A file's bytes, in one request of the thread pool: opened and sized now, then read whole while this thread
 * does other work. `readFile` reads half a megabyte per round trip, each started by this thread, so it
 * stood still while the code loaded (synthetic 100k: a 60 MB file, 100 ms idle after the load).
 */
export function readWhole(path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let fd: number | undefined
    let buffer: Buffer
    try {
      fd = openSync(path, 'r')
      buffer = Buffer.allocUnsafe(fstatSync(fd).size)
    } catch (error) {
      if (fd !== undefined) close(fd, () => undefined)
      // The system's error as it is (its code says ENOENT: no cache yet), from whatever realm made it.
      const failure = error as NodeJS.ErrnoException
      reject(failure)
      return
    }
    const opened = fd
    read(opened, buffer, 0, buffer.length, 0, (error, filled) => {
      close(opened, () => undefined)
      // A file cut short meanwhile is short here: its header's length check says so.
      if (error) reject(error)
      else resolve(buffer.subarray(0, filled))
    })
  })
}
