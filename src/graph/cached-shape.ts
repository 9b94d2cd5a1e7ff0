// The cache file is outside the program's control (its checksum guards against damage, not against
// another writer): what comes back is checked for the shape the graph relies on before it is used.
// These are the checks the graph's readers of it share (resolution-memo.ts, edge-table.ts).

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
export const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string')
export const isLine = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0
export const isArrayOf = (v: unknown, item: (x: Record<string, unknown>) => boolean) =>
  Array.isArray(v) && v.every((x) => isRecord(x) && item(x))

/** An array (of `length` items, where given) of whole numbers from 0 up to `below`: indexes into a list that long. */
export const isIndexes = (v: unknown, below: number, length?: number): v is number[] =>
  Array.isArray(v) && (length === undefined || v.length === length) && v.every((n) => Number.isInteger(n) && n >= 0 && n < below)
