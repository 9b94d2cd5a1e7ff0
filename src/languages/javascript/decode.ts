const utf8 = new TextDecoder('utf-8')
const utf16le = new TextDecoder('utf-16le')
const utf16be = new TextDecoder('utf-16be')

/**
 * A source file's text as TypeScript's `sys.readFile` gives it: a UTF-16 byte-order mark picks
 * UTF-16, a UTF-8 one is dropped, anything else is UTF-8 (bytes that are not become U+FFFD).
 */
export function decodeJs(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes.subarray(2))
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8.decode(bytes.subarray(3))
  return utf8.decode(bytes)
}
