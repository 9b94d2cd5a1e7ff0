/** 2281 → "2,281": the one way counts are written. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',')
}

/** "1 file", "2 files". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${count(n)} ${n === 1 ? word : many}`
}
