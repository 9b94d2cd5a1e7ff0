const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 }

/** A size a person writes (`2MB`, `500 KB`, `1048576`) in bytes; a RangeError for anything else. */
export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text)
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new RangeError(`not a size: '${text}' (write e.g. 2MB, 500KB or a number of bytes)`)
  }
  return Math.round(Number(match[1]) * unit)
}
