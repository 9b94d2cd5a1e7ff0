import { inflateRawSync } from 'node:zlib'

/** The zip does not hold the entry in a form this reader takes, or holds more than it may. */
export class ZipEntryError extends Error {}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const STORED = 0
const DEFLATED = 8

/**
 * The bytes of the entry `name` of a zip held in memory, never more than `maxBytes`: the size the
 * zip declares is checked before inflating, and inflating stops at `maxBytes` whatever it declares,
 * so a small zip that unpacks to gigabytes (a zip bomb) costs nothing. No other entry is unpacked.
 */
export function readZipEntry(zip: Buffer, name: string, maxBytes: number): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (end < 0 || end + 22 > zip.length || zip.readUInt32LE(end) !== END_OF_DIRECTORY) throw new ZipEntryError('not a zip file')
  const entries = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipEntryError('a malformed zip directory')
    const nameLength = zip.readUInt16LE(at + 28)
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength)
    if (entryName === name) return unpack(zip, at, maxBytes)
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  throw new ZipEntryError(`the zip holds no ${name}`)
}

function unpack(zip: Buffer, entry: number, maxBytes: number): Buffer {
  const method = zip.readUInt16LE(entry + 10)
  const packed = zip.readUInt32LE(entry + 20)
  const size = zip.readUInt32LE(entry + 24)
  const local = zip.readUInt32LE(entry + 42)
  if (size > maxBytes) throw new ZipEntryError(`it unpacks to ${size} bytes, more than ${maxBytes}`)
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw new ZipEntryError('a malformed zip entry')
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
  const data = zip.subarray(start, start + packed)
  if (data.length !== packed) throw new ZipEntryError('a zip cut short')
  let bytes: Buffer
  if (method === STORED) bytes = data
  else if (method === DEFLATED) {
    try {
      bytes = inflateRawSync(data, { maxOutputLength: maxBytes })
    } catch (error) {
      throw new ZipEntryError(`it does not unpack within ${maxBytes} bytes (${(error as Error).message})`)
    }
  } else throw new ZipEntryError(`a zip entry packed with method ${method}, which only stored and deflated entries are read in`)
  if (bytes.length !== size) throw new ZipEntryError(`it unpacks to ${bytes.length} bytes where the zip says ${size}`)
  return bytes
}
