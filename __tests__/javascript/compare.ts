import type { JsFacts } from '../../src/languages/javascript/facts.js'

/** Agreement of the extractor with the oracle over many files. */
export interface Agreement {
  files: number
  /** Files whose comparable imports are the same list. */
  same: number
  /** Files whose facts are the same, each side cut at its own first error (what the graph gets). */
  exact: number
  /** Files where only one side reports a syntax error, or the two report different lines. */
  errorDisagreements: string[]
  /** Imports the oracle lists (in the compared range). */
  imports: number
  missing: string[]
  extra: string[]
  /** Files with a syntax error by both / by the extractor only / by TypeScript only. */
  errorLines: { same: number; ours: number; theirs: number }
}

/** One import (or dynamic import) as a comparable row. */
export const rowsOf = (facts: JsFacts, below = Infinity): string[] =>
  [
    ...facts.imports
      .filter((i) => i.line < below)
      .map((i) => `${i.line} ${i.kind} ${i.form} ${i.resolutionMode ?? '-'} ${JSON.stringify(i.specifier)}`),
    ...facts.dynamic.filter((d) => d.line < below).map((d) => `${d.line} dynamic ${JSON.stringify(d.specifier)}`),
  ].sort()

/**
 * Compares the rows above the first syntax error either side reports (all rows when neither does),
 * adding to `total`; true when they agree.
 */
export function compareFacts(name: string, ours: JsFacts, theirs: JsFacts, total: Agreement): boolean {
  const below = Math.min(ours.syntaxErrorLine ?? Infinity, theirs.syntaxErrorLine ?? Infinity)
  const a = rowsOf(ours, below)
  const b = rowsOf(theirs, below)
  total.files++
  total.imports += b.length
  if (ours.syntaxErrorLine !== undefined && theirs.syntaxErrorLine !== undefined) total.errorLines.same++
  else if (ours.syntaxErrorLine !== undefined) total.errorLines.ours++
  else if (theirs.syntaxErrorLine !== undefined) total.errorLines.theirs++
  const bs = new Set(b)
  const as = new Set(a)
  for (const row of b) if (!as.has(row)) total.missing.push(`${name}: ${row}`)
  for (const row of a) if (!bs.has(row)) total.extra.push(`${name}: ${row}`)
  if (ours.syntaxErrorLine !== theirs.syntaxErrorLine) {
    total.errorDisagreements.push(`${name}: ours ${ours.syntaxErrorLine ?? '-'}, TypeScript ${theirs.syntaxErrorLine ?? '-'}`)
  }
  const exact = rowsOf(ours).join('\n') === rowsOf(theirs).join('\n')
  if (exact) total.exact++
  const same = a.length === b.length && a.every((row, k) => row === b[k])
  if (same) total.same++
  return same
}
