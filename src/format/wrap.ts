/** Terminal output fits this many columns. */
export const TEXT_WIDTH = 100

/**
 * Parts joined by `separator` into lines of at most `width` columns (a single longer part keeps its
 * own line), each line after the first led by `indent`.
 */
export function wrapParts(parts: readonly string[], separator: string, indent = '  ', width = TEXT_WIDTH): string[] {
  const lines: string[] = []
  let line = ''
  for (const part of parts) {
    if (line && line.length + separator.length + part.length > width) {
      lines.push(line)
      line = indent + part
    } else line = line ? line + separator + part : part
  }
  if (line) lines.push(line)
  return lines
}
