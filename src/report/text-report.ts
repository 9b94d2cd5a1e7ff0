import type { Style } from '../format/style.js'
import { TEXT_WIDTH, wrapParts } from '../format/wrap.js'
import { chainSteps, shortenChain } from './chains.js'
import { elide, visible } from '../format/escape.js'
import { count, plural } from '../format/numbers.js'
import { areaWords, laterKinds, shareOf, type ReportFacts } from './report-facts.js'
import { riskWord } from './risk.js'
import {
  changedNamesParts,
  changedWords,
  declaredSentences,
  describeOutside,
  inReachWords,
  looksLocalWords,
  precisionSentence,
  ringBar,
  rowsCountChangedWords,
} from './wording.js'
import { dynamicMeaningWords, filesByLanguage, radiusByLanguage } from './languages.js'

/** Items of each list shown in text; --format json has them all. */
const SHOWN = 8

/** The report for a terminal or a pipe: the same facts as the comment, in lines of at most 100 columns. */
export function renderText(facts: ReportFacts, style: Style): string {
  const { input } = facts
  const out: string[] = [...headline(facts, style)]
  for (const note of input.notes ?? [])
    out.push(
      ...wrapParts(
        [
          style.yellow('Note:'),
          ...visible(note)
            .split(' ')
            .map((w) => elide(w, TEXT_WIDTH - 2)),
        ],
        ' ',
      ),
    )
  out.push('', ...table(facts, style))
  for (const part of changedNamesParts(input.analysis, (t) => t)) out.push(...wrapParts(['Names changed in', ...part.split(' ')], ' '))
  const precision = precisionSentence(input.analysis)
  if (precision !== undefined) out.push(...wrapParts(precision.split(' '), ' '))
  out.push(...outside(facts, style))
  if (facts.ringCounts.length) {
    const { bar, labels } = ringBar(facts.ringCounts)
    out.push('', ...wrapParts([`Files by ring: ${bar}`, ...labels], ' · '))
  }
  out.push(
    ...landing(facts, style),
    ...testsAndOwners(facts, style),
    ...chains(facts, style),
    ...gone(facts, style),
    ...confidence(facts, style),
  )
  const { headSha, analysisMs, version } = input
  const byLanguage = filesByLanguage(facts.languages, input.analysis.graph)
  out.push(
    '',
    style.dim(
      `${headSha ? `Head ${headSha.slice(0, 12)}` : 'The working tree'} · graph of ${plural(facts.graphFiles, 'file')}` +
        `${byLanguage && ` (${byLanguage})`}, ` +
        `${plural(facts.graphEdges, 'import')} · ${(analysisMs / 1000).toFixed(1)} s · blast-radius ${elide(version, 20)}`,
    ),
  )
  return out.join('\n') + '\n'
}

function headline(facts: ReportFacts, style: Style): string[] {
  const { affected, risk } = facts
  const source = changedWords(facts, '')
  const colour = (text: string) =>
    risk.level === 'unknown' || risk.level === 'very high' || risk.level === 'high'
      ? style.red(text)
      : risk.level === 'moderate'
        ? style.yellow(text)
        : style.green(text)
  const lines = [
    style.bold(
      `Blast radius: ${source} → ${plural(affected.length, 'file')} (${shareOf(affected.length, facts)} of ${count(facts.graphFiles)})`,
    ),
    ...(radiusByLanguage(facts.languages, facts.input.analysis.graph)
      ? [`${radiusByLanguage(facts.languages, facts.input.analysis.graph)} in the blast radius.`]
      : []),
    ...wrapParts([`Risk: ${colour(riskWord(risk))}:`, ...risk.why.split(' ')], ' '),
  ]
  if (risk.level === 'unknown') lines.push(style.red('This does not mean the change is safe: the graph cannot see it.'))
  for (const sentence of declaredSentences(facts.input.analysis))
    lines.push(...wrapParts(sentence.split(' '), ' ').map((l) => style.bold(l)))
  const later = laterKinds(facts)
  if (affected.length && later !== undefined) {
    lines.push(
      `${count(facts.importTimeTotal)} load the change at import time; ${count(affected.length - facts.importTimeTotal)} only through ${later} imports.`,
    )
  }
  return lines
}

const COLUMNS = ['status', 'ring 1', 'total', 'deepest', 'import', 'lazy/type'] as const
const COLUMN_WIDTH = 10

function table(facts: ReportFacts, style: Style): string[] {
  if (!facts.rows.length) return [style.dim('No changed file is in the graph.')]
  const pathWidth = TEXT_WIDTH - COLUMNS.length * COLUMN_WIDTH
  const lines = [style.bold('Changed file'.padEnd(pathWidth) + COLUMNS.map((c) => c.padStart(COLUMN_WIDTH)).join(''))]
  const rows = [...facts.rows].sort((a, b) => b.total - a.total || (a.path < b.path ? -1 : 1))
  for (const row of rows.slice(0, SHOWN * 4)) {
    const numbers = [row.direct, row.total, row.deepest, row.importTime, row.lazyOrTypeOnly].map((n) => count(n).padStart(COLUMN_WIDTH))
    lines.push(elide(row.path, pathWidth - 1).padEnd(pathWidth) + row.status.padStart(COLUMN_WIDTH) + numbers.join(''))
  }
  if (rows.length > SHOWN * 4) lines.push(style.dim(`…and ${plural(rows.length - SHOWN * 4, 'more changed file')} (see --format json)`))
  const counted = rowsCountChangedWords(facts)
  if (counted) lines.push(...wrapParts(counted.split(' '), ' ').map((l) => style.dim(l)))
  return lines
}

function outside(facts: ReportFacts, style: Style): string[] {
  const { outside } = facts.confidence
  if (!outside.length) return []
  const lines = ['', style.bold(`Changed but not in the graph (${count(outside.length)})`)]
  for (const o of outside.slice(0, SHOWN)) {
    const colour = (text: string) => (o.why.kind === 'not-code' ? style.dim(text) : style.yellow(text))
    lines.push(`  ${elide(o.change.path, TEXT_WIDTH - 2)}`, colour(`    ${elide(describeOutside(o.why), TEXT_WIDTH - 4)}`))
  }
  if (outside.length > SHOWN) lines.push(style.dim(`  …and ${count(outside.length - SHOWN)} more`))
  return lines
}

function landing(facts: ReportFacts, style: Style): string[] {
  if (!facts.affected.length) return []
  const lines = ['', style.bold('Where it lands')]
  // The comment's areas: the same folders and counts wherever the report is read.
  for (const [area, n] of facts.areas.slice(0, SHOWN))
    lines.push(`  ${count(n).padStart(7)}  ${elide(areaWords(facts, area), TEXT_WIDTH - 11)}`)
  if (facts.areas.length > SHOWN) lines.push(style.dim(`  …and ${plural(facts.areas.length - SHOWN, 'more area')}`))
  return lines
}

/** The tests to run (the comment's), or all with why; then who should look. */
function testsAndOwners(facts: ReportFacts, style: Style): string[] {
  const run = facts.testRun
  // With all to run, the radius's own tests still say where the change lands.
  const listed = run.all ? facts.tests : run.files
  const lines: string[] = []
  if (listed.length)
    lines.push(
      run.all || listed.length === facts.tests.length
        ? `${plural(listed.length, 'test file')} in the blast radius`
        : `${plural(listed.length, 'test file')} to run (changed test files and those in the blast radius)`,
    )
  else if (facts.affected.length) lines.push(style.yellow('No test file is in the blast radius.'))
  for (const test of listed.slice(0, SHOWN)) lines.push(`  ${elide(test, TEXT_WIDTH - 2)}`)
  if (listed.length > SHOWN) lines.push(style.dim(`  …and ${count(listed.length - SHOWN)} more (see --format json)`))
  const words = (text: string) =>
    visible(text)
      .split(' ')
      .map((w) => elide(w, TEXT_WIDTH - 2))
  if (run.all) lines.push(...wrapParts([style.yellow('Run all tests:'), ...words(run.reasons.join('; '))], ' '))
  if (facts.owners?.owners.length) {
    const top = facts.owners.owners.slice(0, SHOWN).map((o) => `${elide(o.owner, 40)} (${count(o.affected)})`)
    lines.push(...wrapParts([`Who should look (${elide(facts.owners.file, 40)}, files of the radius owned):`, ...top], ' '))
  }
  // Under "where it lands" when something is affected; else a block of their own.
  return lines.length && !facts.affected.length ? ['', ...lines] : lines
}

function chains(facts: ReportFacts, style: Style): string[] {
  if (!facts.chains.length) return []
  const lines = ['', style.bold('Why: how the change reaches the hubs and the areas (a → b: a imports b, at a:line)')]
  for (const { why, links } of facts.chains) {
    lines.push(
      `  ${'hub' in why ? `hub ${elide(why.hub, TEXT_WIDTH - 30)}` : `area ${elide(areaWords(facts, why.area), TEXT_WIDTH - 30)}`}, ring ${count(links.length - 1)}`,
    )
    for (const [i, step] of shortenChain(chainSteps(links)).entries()) {
      if ('hidden' in step) lines.push(style.dim(`    → …${plural(step.hidden, 'more file')}…`))
      else {
        const arrow = i === 0 ? '  ' : step.kind === 'import' ? '→ ' : `→ ${style.yellow(`(${step.kind})`)} `
        lines.push(`    ${arrow}${elide(step.path, TEXT_WIDTH - 26)}${step.line === undefined ? '' : `:${step.line}`}`)
      }
    }
  }
  return lines
}

function gone(facts: ReportFacts, style: Style): string[] {
  if (!facts.gone.length) return []
  const lines = ['', style.bold('Removed and renamed files')]
  for (const file of facts.gone.slice(0, SHOWN)) {
    const n = file.stillImportedBy.length
    lines.push(`  ${elide(file.path, TEXT_WIDTH - 14)} (${file.status})`)
    lines.push(n ? style.red(`    still imported in ${plural(n, 'place')}:`) : style.dim('    no import names it any more'))
    for (const u of file.stillImportedBy.slice(0, SHOWN)) lines.push(`      ${elide(`${u.from}:${u.line} ${u.specifier}`, TEXT_WIDTH - 6)}`)
    if (n > SHOWN) lines.push(style.dim(`      …and ${count(n - SHOWN)} more`))
  }
  if (facts.gone.length > SHOWN) lines.push(style.dim(`  …and ${plural(facts.gone.length - SHOWN, 'more file')}`))
  return lines
}

function confidence(facts: ReportFacts, style: Style): string[] {
  const c = facts.confidence
  const lines = ['', style.bold('Confidence')]
  if (!c.graphFiles) lines.push(style.red('  The graph is empty: no number here says anything about this change.'))
  if (c.graphFiles && c.unreadTotal > c.graphFiles)
    lines.push(style.yellow(`  The graph holds fewer files than the ${count(c.unreadTotal)} it does not read.`))
  if (c.blindChanged)
    lines.push(style.yellow(`  ${plural(c.blindChanged, 'changed file')} of code not measured: the radius may be larger.`))
  const gaps: [number, string][] = [
    [
      c.unresolvedLocal.length,
      `${looksLocalWords(c.unresolvedLocal.length)}${inReachWords(c.unresolvedLocal.length, c.unresolvedInReach)}`,
    ],
    [c.partial.length, `${plural(c.partial.length, 'file')} with a syntax error (imports above it count)`],
    [c.skipped.length, `${plural(c.skipped.length, 'file')} skipped`],
    [
      c.dynamic.length,
      `${plural(c.dynamic.length, 'dynamic import')} (${dynamicMeaningWords(facts.input.analysis.graph, c.dynamic).replaceAll('`', '')}) not followed`,
    ],
  ]
  for (const [n, text] of gaps) if (n) lines.push(`  ${text}`)
  const unread = Object.entries(c.unread)
  if (unread.length) lines.push(...wrapParts(['  Not read:', ...unread.map(([e, n]) => `${count(n)} .${visible(e)}`)], ' '))
  if (lines.length === 2) lines.push(style.green('  No gaps: every local import resolved, every file parsed.'))
  const notes = [...Object.entries(c.leftOut).map(([reason, n]) => `Left out on purpose: ${plural(n, 'file')} ${reason}.`), ...c.caveats]
  for (const note of notes) {
    const [first, ...words] = note.replaceAll('`', '').split(' ')
    lines.push(...wrapParts([`  ${first!}`, ...words], ' '))
  }
  return lines
}
