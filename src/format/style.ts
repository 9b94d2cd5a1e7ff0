/** Colour for people at a terminal; none for pipes, files, or NO_COLOR (https://no-color.org). */
export interface Style {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  yellow(text: string): string
  green(text: string): string
  cyan(text: string): string
}

const ansi = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`
const plain = (text: string) => text

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  const colour = Boolean(stream.isTTY) && !('NO_COLOR' in env && env.NO_COLOR !== '')
  if (!colour) return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain }
  return { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39), cyan: ansi(36, 39) }
}
