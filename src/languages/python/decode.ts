import { UndecodableSource } from '../undecodable-source.js'

/** PEP 263: a coding declaration in a comment on line 1 or 2. */
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/

const UTF8_BOM = [0xef, 0xbb, 0xbf]

/**
 * Python source bytes as text, the way CPython reads them: a UTF-8 BOM is dropped, a PEP 263 coding
 * line names the encoding (UTF-8 otherwise), and every line end (\r\n, \r, \n) becomes \n so that line
 * numbers agree with CPython's. Bytes that are not text in that encoding throw UndecodableSource, as
 * CPython refuses the file: it cannot be imported, and imports read from a guess at its text would be
 * edges Python never makes.
 */
export function decodePython(bytes: Uint8Array): string {
  let start = 0
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) start = 3
  const body = bytes.subarray(start)
  const encoding = start ? 'utf-8' : declaredEncoding(body)
  let text: string
  try {
    text = decoderFor(encoding).decode(body)
  } catch {
    throw new UndecodableSource(
      `not ${encoding} text (${encoding === 'utf-8' ? 'and no coding line names another' : 'as its coding line says'})`,
    )
  }
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

const decoders = new Map<string, TextDecoder>()

/** One strict decoder per encoding, made once: a decode without `stream` keeps nothing from one file to the next. */
function decoderFor(encoding: string): TextDecoder {
  let decoder = decoders.get(encoding)
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { ignoreBOM: true, fatal: true })))
  return decoder
}

function declaredEncoding(bytes: Uint8Array): string {
  // Only a comment on line 1 or 2 may declare it: most files start otherwise, and need no look.
  const second = bytes.indexOf(0x0a) + 1
  if (!startsComment(bytes, 0) && (second === 0 || !startsComment(bytes, second))) return 'utf-8'
  // Those two lines are ASCII-compatible by rule.
  let end = 0
  for (let lines = 0; end < bytes.length && end < 400; end++) {
    if (bytes[end] === 0x0a && ++lines === 2) break
  }
  const head = String.fromCharCode(...bytes.subarray(0, end))
  for (const line of head.split(/\r\n|\r|\n/).slice(0, 2)) {
    const match = CODING.exec(line)
    if (match) return supportedLabel(match[1]!.toLowerCase())
    if (!/^[ \t\f]*(#|$)/.test(line)) break // line 2 counts only after a comment or blank line 1
  }
  return 'utf-8'
}

/** Whether the line at `start` begins, after blanks, with `#`. */
function startsComment(bytes: Uint8Array, start: number): boolean {
  let i = start
  while (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0c) i++
  return bytes[i] === 0x23
}

function supportedLabel(label: string): string {
  const normal = label.replace(/_/g, '-')
  const aliased = normal === 'latin-1' || normal === 'iso-latin-1' || normal === 'l1' ? 'latin1' : normal
  try {
    new TextDecoder(aliased)
    return aliased
  } catch {
    return 'utf-8'
  }
}
