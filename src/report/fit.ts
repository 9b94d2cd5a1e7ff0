/** Bytes of UTF-8: GitHub's limits count characters, and bytes are never fewer, so a body that fits in bytes fits. */
export function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** A line of a list, and how many files it names (0 for a heading). */
export interface ListLine {
  readonly text: string
  readonly files: number
}

/** Room kept for the "…and N more" line. */
const MORE_LINE = 200

/**
 * The lines that fit in `budget` bytes (each with its newline), in order; when some do not, the last
 * line says how many files were left out, through `more`.
 */
export function fitLines(lines: readonly (ListLine | string)[], budget: number, more: (files: number) => string): string[] {
  const out: string[] = []
  let size = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const text = typeof line === 'string' ? line : line.text
    const room = i === lines.length - 1 ? budget : budget - MORE_LINE
    if (size + bytes(text) + 1 > room) {
      const left = lines.slice(i).reduce((sum, l) => sum + (typeof l === 'string' ? 1 : l.files), 0)
      out.push(more(left))
      return out
    }
    size += bytes(text) + 1
    out.push(text)
  }
  return out
}
