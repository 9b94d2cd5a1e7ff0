import { isUtf8 } from 'node:buffer'

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** A name as `spellName` spells it. */
export interface SpelledName {
  readonly name: string
  readonly utf8: boolean
}

/**
 * A file name as git (or the file system) gives it, in bytes, as the engine spells it: its UTF-8 text,
 * or, for bytes that are not UTF-8, the bytes with every one past ASCII written `\xNN` (`caf\xe9`),
 * which no decoding would turn into another file's name. `utf8` says which; only a UTF-8 name can be
 * read back from the disk under its spelling.
 */
export function spellName(raw: Uint8Array): SpelledName {
  try {
    return { name: UTF8.decode(raw), utf8: true }
  } catch {
    const name = [...raw].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('')
    return { name, utf8: false }
  }
}

/**
 * The NUL-separated fields of git's `-z` output, each spelled by `spellName`, empty ones left out (the
 * output ends with a NUL). Output that is all UTF-8, as nearly all is, is decoded once and split: NUL is
 * never part of a UTF-8 character, so each field is then UTF-8 on its own.
 */
export function spelledFields(output: Buffer): SpelledName[] {
  const fields: SpelledName[] = []
  if (isUtf8(output)) {
    for (const name of output.toString('utf8').split('\0')) if (name !== '') fields.push({ name, utf8: true })
    return fields
  }
  for (let start = 0; start < output.length;) {
    let end = output.indexOf(0, start)
    if (end < 0) end = output.length
    if (end > start) fields.push(spellName(output.subarray(start, end)))
    start = end + 1
  }
  return fields
}

/** git's `-z` output as text, each field spelled by `spellName`. */
export function spellFields(output: Buffer): string {
  return spelledFields(output)
    .map((field) => field.name)
    .join('\0')
}
