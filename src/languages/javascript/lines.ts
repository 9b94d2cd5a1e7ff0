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

function lineStarts(text: string): number[] {
  const starts = [0]
  const breaks = /\r\n?|[\n\u2028\u2029]/g
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) starts.push(match.index + match[0].length)
  return starts
}
