/** 2281 → "2,281": the one way counts are written. */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',')
}

/** "1 file", "2 files". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${count(n)} ${n === 1 ? word : many}`
}

/**
 * n as a share of `of`, to a tenth of a percent: "82.6%". A share that is neither none nor all never reads
 * as either ("<0.1%", ">99.9%"): one file of 2,872 is not "0.0%" of them.
 */
export function percent(n: number, of: number): string {
  if (of <= 0) return '0%'
  if (n <= 0) return '0.0%'
  if (n >= of) return '100.0%'
  const share = (100 * n) / of
  return share < 0.05 ? '<0.1%' : share >= 99.95 ? '>99.9%' : `${share.toFixed(1)}%`
}
