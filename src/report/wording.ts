import { count, plural } from '../format/numbers.js'
import type { ChangeAnalysis } from '../change/analyze-change.js'
import type { OutsideReason } from './confidence.js'
import type { ReportFacts } from './report-facts.js'

/**
 * The headline's sources: "3 changed files", or "2 changed files in the graph (of 3`of`)" where some are
 * not measured. A removed file that files still import is measured (its row has their radius), though
 * the graph no longer holds it.
 */
export function changedWords(facts: ReportFacts, of: string): string {
  const changes = facts.input.analysis.changes.length
  const measured = facts.rows.length
  return measured === changes
    ? plural(changes, 'changed file')
    : `${plural(measured, 'changed file')} in the graph (of ${count(changes)}${of})`
}

/** Why a changed file is not in the graph, in words shared by every reporter. */
export function describeOutside(why: OutsideReason): string {
  switch (why.kind) {
    case 'skipped':
      return `skipped (${why.reason}): its reach is unknown`
    case 'not-analysed':
      return 'source the graph reads, but left out of it (include/exclude): its reach is unknown'
    case 'unread-language':
      return `.${why.ending} code, a language the graph does not read yet: its reach is unknown`
    case 'not-code':
      return 'not source code: nothing imports it'
  }
}

/**
 * Unresolved imports their language judges meant for this repository (`looksLocal`), in the words of
 * every reporter: they "look local", never "did not resolve" of "this repository's modules", since the
 * module may well exist, under a root the importer's path does not have.
 */
export function looksLocalWords(n: number): string {
  return `${plural(n, 'import')} look${n === 1 ? 's' : ''} local but resolve${n === 1 ? 's' : ''} to no file`
}

/**
 * Why the table's rows may count more than the headline, where they do: each row counts the other changed
 * files it reaches, the union radius counts no changed file ("a row's figures count the other changed
 * files it reaches, up to 217 here; the headline's radius leaves every changed file out").
 */
export function rowsCountChangedWords(facts: ReportFacts): string | undefined {
  const most = Math.max(0, ...facts.rows.map((row) => row.changedReached))
  if (!most) return undefined
  return `A row's figures count the other changed files it reaches${facts.rows.length > 2 ? `, up to ${count(most)} here` : ''}; the headline's radius leaves every changed file out.`
}

/**
 * How many of the imports that look local can hide importers of this change's radius, where not all:
 * " (none of them in a language this change reaches)", " (2 of them in the languages this change reaches)".
 */
export function inReachWords(total: number, inReach: number): string {
  if (inReach === total) return ''
  return inReach ? ` (${count(inReach)} of them in the languages this change reaches)` : ' (none of them in a language this change reaches)'
}

/** Rings beyond this are summed into one "…" part, so that a very deep radius still fits a line. */
const RINGS_SHOWN = 24
const BLOCKS = '▁▂▃▄▅▆▇█'

/**
 * Per-ring counts as a bar of blocks (one a ring) and labels "1: 57". The scale is logarithmic, so that
 * a ring of 1 file and one of 128 look different next to one of 1,120.
 */
export function ringBar(ringCounts: readonly number[]): { bar: string; labels: string[] } {
  const shown = ringCounts.slice(0, RINGS_SHOWN)
  const largest = Math.max(1, ...shown)
  const bar = shown
    .map((n) => BLOCKS[Math.min(BLOCKS.length - 1, Math.round(((BLOCKS.length - 1) * Math.log1p(n)) / Math.log1p(largest)))]!)
    .join('')
  const labels = shown.map((n, i) => `${i + 1}: ${count(n)}`)
  const rest = ringCounts.slice(RINGS_SHOWN)
  if (rest.length)
    labels.push(
      `…${plural(rest.length, 'more ring')} (${plural(
        rest.reduce((a, b) => a + b, 0),
        'file',
      )})`,
    )
  return { bar, labels }
}

/**
 * What the repository's declarations say of this change, one sentence each: every file is affected (with
 * why), and what could not be read of them (never dropped in silence).
 */
export function declaredSentences(analysis: ChangeAnalysis): string[] {
  const { everything, problems } = analysis.declared
  const all = everything.length ? [`Everything is affected: ${everything.map((e) => e.why).join('; ')}.`] : []
  return [...all, ...problems.map((p) => `${p}.`)]
}

/**
 * The top-level names each changed file's diff touches, where its language can tell: `capfirst`, or
 * "all its names" with why; where its language can tell who uses them, the narrowed radius beside the
 * file-level one (issue 17): "`capfirst`, `slugify`: 23 files import it; 4 use the changed names → 412 files
 * in the narrowed radius". Which of the two drives the headline is the run's precision.
 */
export function changedNamesParts(analysis: ChangeAnalysis, code: (text: string) => string): string[] {
  const narrowed = new Map(analysis.names?.files.map((f) => [f.path, f]))
  return [...analysis.changedNames].map(([path, names]) => {
    if (names.all) return `${code(path)}: all its names (${names.why})`
    if (!names.names.length) return `${code(path)}: no top-level name (blank lines or comments between definitions)`
    const radius = narrowed.get(path)
    const list = names.names.map(code).join(', ')
    // Nothing imports the file (the table's ring 1 says 0): no one can use the names.
    if (!radius?.importers) return `${code(path)}: ${list}`
    const importing = `${plural(radius.importers, 'file')} ${radius.importers === 1 ? 'imports' : 'import'} it`
    const using = `${count(radius.users.length)} ${radius.users.length === 1 ? 'uses' : 'use'} the changed names`
    return `${code(path)}: ${list}; ${importing}; ${using} → ${plural(radius.total, 'file')} in the narrowed radius`
  })
}

/** Which radius the figures are, where both are known: "Figures are narrowed to the changed names (precision: names)". */
export function precisionSentence(analysis: ChangeAnalysis): string | undefined {
  const names = analysis.names
  // A radius of no file has nothing to narrow.
  if (!names?.fileLevel.affected.total) return undefined
  const narrowed = plural(names.narrowed.affected.total, 'file')
  const fileLevel = `${count(names.fileLevel.affected.total)} at file level`
  if (names.precision === 'names') return `Figures are narrowed to the changed names (precision: names): ${narrowed}, of ${fileLevel}.`
  return `Narrowed to the changed names: ${narrowed}, of ${fileLevel}; the figures stay file-level (precision: files).`
}
