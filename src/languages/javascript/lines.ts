/**
 * 1-based lines as TypeScript counts them: `\n`, `\r\n`, a lone `\r`, U+2028 and U+2029 each end a
 * line (tree-sitter's rows count `\n` only). Built on first use, once per file.
 */
export class LineTable {
  private starts: number[] | undefined

  constructor(private readonly text: string) {}

  /** The line of a UTF-16 offset into the text. */
  lineAt(offset: number): number {
    const starts = (this.starts ??= lineStarts(this.text))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}

/** Line ends other than `\n`. */
const OTHER_BREAKS = /[\r\u2028\u2029]/

function lineStarts(text: string): number[] {
  const starts = [0]
  // Most files end their lines with `\n` alone: indexOf then finds each, without a match object per line.
  if (!OTHER_BREAKS.test(text)) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
    return starts
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    } else if (c === 10 || c === 0x2028 || c === 0x2029) starts.push(i + 1)
  }
  return starts
}
