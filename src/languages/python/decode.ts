/** PEP 263: a coding declaration in a comment on line 1 or 2. */
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/

const UTF8_BOM = [0xef, 0xbb, 0xbf]

/**
 * Python source bytes as text, the way CPython reads them: a UTF-8 BOM is dropped, a PEP 263 coding
 * line names the encoding (UTF-8 otherwise), and every line end (\r\n, \r, \n) becomes \n so that line
 * numbers agree with CPython's. Undecodable bytes become U+FFFD instead of failing the file: imports
 * are ASCII, and a partial result beats none.
 */
export function decodePython(bytes: Uint8Array): string {
  let start = 0
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) start = 3
  const body = bytes.subarray(start)
  const text = new TextDecoder(start ? 'utf-8' : declaredEncoding(body), { ignoreBOM: true }).decode(body)
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
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
