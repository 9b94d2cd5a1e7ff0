import type { EdgeKind, EdgeKindSpec } from '../core/model.js'
import { baseName, byCodePoint, dirOf, type RepoPath } from '../core/repo-path.js'
import type { AffectedFile } from '../impact/blast-radius.js'
import { chainSteps, shortenChain, type ChainStep } from './chains.js'
import { blobUrl, mdCode, mdText, mdUrl } from '../format/escape.js'
import { count, percent, plural } from '../format/numbers.js'
import { fitLines, type ListLine } from './fit.js'
import { dynamicMeaningWords, filesByLanguage, radiusByLanguage } from './languages.js'
import { mermaidDiagram, type GonePath } from './mermaid.js'
import { areaWords, laterKinds, pathPrefix, shareOf, TOP_AREAS, type ChangedRow, type ReportFacts } from './report-facts.js'
import { riskWord } from './risk.js'
import { riskWasNote, wasNote } from './trend.js'
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

const TOP_FOLDERS = 8
const NAMES_PER_LINE = 20

export function headline(facts: ReportFacts): string {
  const { rows, affected, risk, input } = facts
  const source = changedWords(facts, ' changed')
  const names = input.analysis.names
  // The narrowed figure drives the headline only when asked; it then says so, with the file-level one beside it.
  const narrowed = names?.precision === 'names' ? `, by the changed names (${count(names.fileLevel.affected.total)} at file level)` : ''
  const reached = radiusByLanguage(facts.languages, facts.input.analysis.graph)
  const lines = [
    `## Blast radius: ${source} → ${plural(affected.length, 'file')} (${shareOf(affected.length, facts)} of ${count(facts.graphFiles)})${narrowed}${wasNote(input.previous, affected.length)}`,
    '',
    ...(reached ? [`${reached} in the blast radius.`, ''] : []),
    `**Risk: ${riskWord(risk)}**${riskWasNote(input.previous, risk.level)}: ${mdText(risk.why)}.` +
      (risk.level === 'unknown' ? ' This does not mean the change is safe: the graph cannot see it.' : ''),
  ]
  if (!affected.length && rows.length) lines.push('', 'Nothing in the graph imports the changed files, directly or through others.')
  for (const sentence of declaredSentences(input.analysis)) lines.push('', `**${mdText(sentence)}**`)
  return lines.join('\n')
}

/** Three lines a reviewer reads first: where the radius flows, where it lands, and how much of it bites at import time. */
export function whatToCheck(facts: ReportFacts): string | undefined {
  const { affected, hubs, areas } = facts
  if (!affected.length) return undefined
  const share = (n: number) => percent(n, affected.length)
  const hubText = hubs.map((h) => `${fileLink(facts, h.path)} (${count(h.through)}, ${share(h.through)})`).join(', ')
  const areaText = areas
    .slice(0, TOP_AREAS)
    .map(([folder, n]) => `${areaWords(facts, folder, mdCode)} ${count(n)}`)
    .join(' · ')
  const moreAreas = areas.length > TOP_AREAS ? ` · ${plural(areas.length - TOP_AREAS, 'more area')}` : ''
  const lazy = affected.length - facts.importTimeTotal
  const later = laterKinds(facts)
  return [
    '**What to check**',
    '',
    hubs.length
      ? `- **Hubs** (most of the radius reaches the change through them): ${hubText}`
      : '- **Hubs**: none; every affected file imports a changed file directly.',
    `- **Areas**: ${areaText}${moreAreas}`,
    ...(later === undefined
      ? []
      : [
          `- **At import time**: ${count(facts.importTimeTotal)} (${share(facts.importTimeTotal)}) load the change when they are imported; ${count(lazy)} only through ${later} imports, which run later.`,
        ]),
  ].join('\n')
}

export function notes(facts: ReportFacts): string | undefined {
  const notes = facts.input.notes ?? []
  return notes.length ? notes.map((note) => `> [!NOTE]\n> ${mdText(note)}`).join('\n\n') : undefined
}

const SNAPSHOT_ALT = '3D snapshot of the import graph, the blast radius lit'

export function snapshot(facts: ReportFacts): string | undefined {
  const links = facts.input.snapshot
  if (!links?.imageUrl && !links?.viewUrl && !links?.stillUrl) return undefined
  // mdUrl encodes quotes and angle brackets too, so its URLs are safe inside an HTML attribute.
  const image =
    links.image2xUrl && links.imageUrl
      ? `<img src="${mdUrl(links.image2xUrl)}" width="800" alt="${SNAPSHOT_ALT}">`
      : links.imageUrl && `![${SNAPSHOT_ALT}](${mdUrl(links.imageUrl)})`
  // A link to the viewer's file must not read as a page: a browser shows its source, so it is to download.
  const view =
    links.viewUrl &&
    (links.viewIsFile
      ? `[Download the interactive 3D view](${mdUrl(links.viewUrl)}) (an HTML file: save it, then open it in a browser)`
      : `[Open the interactive 3D view${image ? '' : ' of the blast radius'}](${mdUrl(links.viewUrl)})`)
  const still = !image && links.stillUrl ? `[The 3D snapshot (PNG)](${mdUrl(links.stillUrl)})` : undefined
  if (image && links.viewUrl && !links.viewIsFile) {
    const linked = image.startsWith('<img') ? `<a href="${mdUrl(links.viewUrl)}">${image}</a>` : `[${image}](${mdUrl(links.viewUrl)})`
    return `${linked}\n\n${view!}`
  }
  return [image, still && view ? `${still} · ${view}` : (still ?? view)].filter(Boolean).join('\n\n')
}

/**
 * Where a reader finds what a cut list leaves out, in the words of the place the markdown is shown:
 * "report.json has them all" beside the CLI's report.md; '' where no such place is known (then a cut
 * list only counts the rest).
 */
export type Rest = string

const rest = (where: Rest) => (where ? ` (${where})` : '')

export function changedTable(facts: ReportFacts, budget: number, where: Rest = ''): string | undefined {
  if (!facts.rows.length) return undefined
  const rows = [...facts.rows].sort((a, b) => b.total - a.total || byCodePoint(a.path, b.path))
  const lines = rows.map((row) => tableRow(facts, row))
  const renamed = rows.filter((row) => row.previousPath !== undefined)
  const table = [
    '| Changed file | Status | Ring 1 | Total | Rings | At import time |',
    '|---|---|--:|--:|--:|--:|',
    ...fitLines(lines, budget, (n) => `| …and ${plural(n, 'more changed file')}${rest(where)} | | | | | |`),
  ]
  const counted = rowsCountChangedWords(facts)
  if (counted) table.push('', counted)
  const names = changedNamesParts(facts.input.analysis, mdCode)
  const precision = precisionSentence(facts.input.analysis)
  if (names.length)
    table.push(
      '',
      ...fitLines(
        names.map((n) => `- Names changed in ${n}`),
        budget / 4,
        (n) => `- …and ${count(n)} more`,
      ),
      ...(precision === undefined ? [] : ['', precision]),
    )
  if (renamed.length) {
    table.push(
      '',
      ...fitLines(
        renamed.map((row) => `- ${mdCode(row.path)} was ${mdCode(row.previousPath!)}`),
        budget / 4,
        (n) => `- …and ${count(n)} more renamed`,
      ),
    )
  }
  return table.join('\n')
}

function tableRow(facts: ReportFacts, row: ChangedRow): string {
  const name = row.status === 'removed' ? mdCode(row.path) : fileLink(facts, row.path)
  const status = row.broken ? `${row.status}, ⚠️ ${plural(row.broken, 'import')} break${row.broken === 1 ? 's' : ''}` : row.status
  return `| ${name} | ${status} | ${count(row.direct)} | ${count(row.total)} | ${count(row.deepest)} | ${count(row.importTime)} |`
}

/** A file of the graph as code, linked at the head commit where the repository is known (its folder kept). */
function fileLink(facts: ReportFacts, path: string, line?: number): string {
  const { repoUrl, headSha } = facts.input
  const text = mdCode(line === undefined ? path : `${path}:${line}`)
  if (!repoUrl || !headSha) return text
  return `[${text}](${mdUrl(blobUrl(repoUrl, headSha, pathPrefix(facts.input) + path) + (line === undefined ? '' : `#L${line}`))})`
}

export function outsideNote(facts: ReportFacts, budget: number): string | undefined {
  const { outside } = facts.confidence
  if (!outside.length) return undefined
  const lines = outside.map((o) => `- ${mdCode(o.change.path)}: ${mdText(describeOutside(o.why))}`)
  return [
    `Changed but not in the graph (${count(outside.length)}):`,
    '',
    ...fitLines(lines, budget, (n) => `- …and ${count(n)} more`),
  ].join('\n')
}

/** A collapsed section: its summary line stays in view, the body opens on a click. */
function collapsed(summary: string, body: readonly string[]): string {
  return [`<details><summary>${summary}</summary>`, '', ...body, '', '</details>'].join('\n')
}

export function landing(facts: ReportFacts, budget: number): string | undefined {
  if (!facts.affected.length) return undefined
  const { bar, labels } = ringBar(facts.ringCounts)
  const top = facts.areas
    // A row saying "…and 1 more area" takes the room of that area's own row.
    .slice(0, facts.areas.length === TOP_FOLDERS + 1 ? TOP_FOLDERS + 1 : TOP_FOLDERS)
    .map(([folder, n]) => `| ${areaWords(facts, folder, mdCode)} | ${count(n)} | ${percent(n, facts.affected.length)} |`)
  const lines = [
    `**Files by ring** (log scale): \`${bar}\` ${labels.join(' · ')}`,
    '',
    '| Area | Affected files | Share of the radius |',
    '|---|--:|--:|',
    ...fitLines(top, budget, (n) => `| …and ${count(n)} more | | |`),
  ]
  if (facts.areas.length > TOP_FOLDERS + 1) lines.push(`| …and ${plural(facts.areas.length - TOP_FOLDERS, 'more area')} | | |`)
  return collapsed(
    `<strong>Where it lands</strong>: ${plural(facts.ringCounts.length, 'ring')}, ${plural(facts.areas.length, 'area')}`,
    lines,
  )
}

export function testsToRun(facts: ReportFacts, budget: number, where: Rest = ''): string | undefined {
  const run = facts.testRun
  if (run.all) {
    return collapsed('<strong>Tests to run</strong>: all', [
      'The affected tests cannot be listed safely, so every test should run:',
      '',
      ...run.reasons.map((r) => `- ${mdText(r)}`),
    ])
  }
  if (!facts.affected.length && !run.files.length) return undefined
  if (!run.files.length)
    return '**Tests to run**: none. No test file is in the blast radius: nothing in the test suite imports this change, directly or through others.'
  // A changed test file is not in the radius (no changed file is), yet it is the first test the change reaches.
  const which =
    run.files.length > facts.tests.length
      ? 'The changed test files and the test files in the blast radius'
      : 'The test files in the blast radius'
  // In a mixed repository a runner's arguments hold only its own language's tests.
  const runs = run.runners.map((r) => {
    const name = facts.input.analysis.graph.languageName(r.language)
    const own = r.tests === run.files.length ? 'them' : r.tests === 1 ? `the ${name} one` : `the ${count(r.tests)} ${name} ones`
    return `the action's \`${r.name}-args\` output runs ${own}`
  })
  const lines = [
    `${which}, as the languages' test runners collect them${runs.length ? ` (${runs.join('; ')})` : ''}:`,
    '',
    ...fitLines(
      run.files.map((t) => `- ${mdCode(t)}`),
      budget,
      (n) => `- …and ${count(n)} more${rest(where)}`,
    ),
  ]
  return collapsed(`<strong>Tests to run</strong>: ${plural(run.files.length, 'test file')}`, lines)
}

export function whoShouldLook(facts: ReportFacts, budget: number): string | undefined {
  const owners = facts.owners
  if (!owners) return undefined
  if (!owners.owners.length) return `**Who should look**: ${mdCode(owners.file)} names no owner of these files.`
  const share = (n: number) => percent(n, facts.affected.length)
  const rows = owners.owners.map((o) => `| ${mdCode(o.owner)} | ${count(o.changed)} | ${count(o.affected)} | ${share(o.affected)} |`)
  const lines = [
    `Code owners by ${mdCode(owners.file)} (last matching line wins), most of the radius first:`,
    '',
    '| Owner | Changed files | Affected files | Share of the radius |',
    '|---|--:|--:|--:|',
    ...fitLines(rows, budget / 2, (n) => `| …and ${plural(n, 'more owner')} | | | |`),
  ]
  if (owners.errors)
    lines.push(
      '',
      `${plural(owners.errors, 'line')} of ${mdCode(owners.file)} GitHub would skip (a negation, a range or an owner that is not a handle).`,
    )
  const names = owners.owners
    .slice(0, 3)
    .map((o) => mdCode(o.owner))
    .join(', ')
  return collapsed(
    `<strong>Who should look</strong>: ${names}${owners.owners.length > 3 ? ` and ${count(owners.owners.length - 3)} more` : ''}`,
    lines,
  )
}

export function why(facts: ReportFacts, budget: number): string | undefined {
  if (!facts.chains.length) return undefined
  const lines = facts.chains.map(({ why, links }) => {
    // A removed file (or a renamed file's old name) is not at the head commit: a link to it would lead nowhere.
    const name = (step: ChainStep) => (step.kind === 'removed' ? mdCode(step.path) : fileLink(facts, step.path, step.line))
    const steps = shortenChain(chainSteps(links)).map((step, i) =>
      'hidden' in step ? ` → …${plural(step.hidden, 'more file')}…` : `${i === 0 ? '' : arrow(step.kind)}${name(step)}`,
    )
    const label = 'hub' in why ? 'hub' : `area ${areaWords(facts, why.area, mdCode)}`
    return `- ${label}, ring ${count(links.length - 1)}: ${steps.join('')}`
  })
  const kinds = new Set(facts.chains.flatMap((c) => c.links.map((link) => link.kind)))
  const legend = [`${ARROWS}, at the line cited`, ...kindLegend(facts.input.analysis.graph.kinds, kinds)].join('; ')
  const shown = fitLines(lines, budget, (n) => `- …and ${plural(n, 'more chain')}`)
  return collapsed('<strong>Why</strong>: how the change reaches the hubs and each area', [
    `Each chain ends at the change (${legend}):`,
    '',
    ...shown,
  ])
}

/** The one direction of every arrow in the report: chains and the diagram alike. */
const ARROWS = '`a → b`: a imports b'

/** What each marked arrow on the chains means, in the words of the languages that made those edges. */
function kindLegend(specs: readonly EdgeKindSpec[], shown: ReadonlySet<EdgeKind | undefined>): string[] {
  const legend = specs
    .filter((spec) => spec.kind !== 'import' && shown.has(spec.kind))
    .map((spec) => `\`→(${spec.kind})\`: ${spec.meaning}`)
  if (shown.has('declared')) legend.push(`\`→(declared)\`: reads a file, as ${mdCode('.blast-radius.yml')} declares`)
  return shown.has('removed') ? [...legend, '`→(removed)`: imports a file this change removes'] : legend
}

function arrow(kind: EdgeKind | undefined): string {
  return kind === 'import' || kind === undefined ? ' → ' : ` →(${kind}) `
}

export function diagram(facts: ReportFacts): string | undefined {
  const gone = new Map<RepoPath, GonePath>()
  for (const g of facts.gone) {
    if (!g.stillImportedBy.length || (g.status !== 'removed' && g.status !== 'renamed')) continue
    gone.set(g.path as RepoPath, { status: g.status, importers: [...new Set(g.stillImportedBy.map((u) => u.from))] })
  }
  const drawn = mermaidDiagram(
    facts.input.analysis.graph,
    facts.input.analysis.inGraph,
    facts.affected,
    (path) => areaWords(facts, facts.areaOf(path)),
    gone,
  )
  if (!drawn) return undefined
  const lines = [
    `Arrows as in the chains (${ARROWS}); red boxes are the changed files, amber ones ring 1, grey ones ring 2; where a ring is large its files are grouped by area, with their counts.`,
    '',
    drawn.block,
  ]
  if (drawn.edgesNotDrawn) lines.push('', `${plural(drawn.edgesNotDrawn, 'arrow')} not drawn, to keep the diagram readable.`)
  return collapsed('<strong>Diagram</strong>: the changed files, ring 1 and ring 2', lines)
}

/** Every affected file, by ring and then folder; cut to `budget` with a count of the rest. */
export function fullList(facts: ReportFacts, budget: number, where: Rest = ''): string | undefined {
  if (!facts.affected.length || budget < 500) return undefined
  const lines: ListLine[] = []
  const byRing: AffectedFile[][] = []
  for (const file of facts.affected) (byRing[file.ring - 1] ??= []).push(file)
  for (const [i, files] of byRing.entries()) {
    if (!files) continue
    lines.push({ text: `\n**Ring ${count(i + 1)}** (${plural(files.length, 'file')})\n`, files: 0 })
    const byFolder = new Map<string, string[]>()
    for (const { path } of files) {
      const names = byFolder.get(dirOf(path)) ?? []
      names.push(baseName(path))
      byFolder.set(dirOf(path), names)
    }
    for (const folder of [...byFolder.keys()].sort(byCodePoint)) {
      const names = byFolder.get(folder)!
      for (let at = 0; at < names.length; at += NAMES_PER_LINE) {
        const part = names.slice(at, at + NAMES_PER_LINE)
        lines.push({ text: `- ${mdCode(folder ? `${folder}/` : './')}: ${part.map(mdCode).join(' ')}`, files: part.length })
      }
    }
  }
  const head = `<details><summary>All ${plural(facts.affected.length, 'affected file')}, by ring and folder</summary>\n`
  const tail = '\n</details>'
  const body = fitLines(lines, budget - head.length - tail.length, (n) => `\n…and ${plural(n, 'more file')}${rest(where)}`)
  return [head, ...body, tail].join('\n')
}

export function gone(facts: ReportFacts, budget: number, where: Rest = ''): string | undefined {
  if (!facts.gone.length) return undefined
  const lines: string[] = []
  for (const file of facts.gone) {
    const importers = file.stillImportedBy
    lines.push(
      `- ${mdCode(file.path)} (${file.status}): ` +
        (importers.length
          ? `still imported in ${plural(importers.length, 'place')}, which will fail to import:`
          : 'no import names it any more.'),
    )
    for (const u of importers) lines.push(`  - ${mdCode(u.from)} line ${u.line}: ${mdCode(u.specifier)}`)
  }
  const broken = facts.gone.reduce((n, g) => n + g.stillImportedBy.length, 0)
  return collapsed(
    `<strong>Removed and renamed files</strong>: ${plural(facts.gone.length, 'file')}${broken ? `, ⚠️ ${plural(broken, 'import')} still name${broken === 1 ? 's' : ''} them` : ''}`,
    fitLines(lines, budget, (n) => `- …and ${count(n)} more lines${rest(where)}`),
  )
}

export function confidence(facts: ReportFacts, budget: number): string {
  const c = facts.confidence
  const lines: string[] = []
  if (!c.graphFiles) lines.push('- ⚠️ **The graph is empty**: no file could be read, so no number here says anything about this change.')
  else {
    const read = filesByLanguage(facts.languages, facts.input.analysis.graph)
    const reached = radiusByLanguage(facts.languages, facts.input.analysis.graph)
    lines.push(
      `- The graph read ${plural(c.graphFiles, 'file')}${read && ` (${read})`} and ${plural(facts.graphEdges, 'import')} between them` +
        `${reached && `; the blast radius holds ${reached}`}.`,
    )
  }
  if (c.graphFiles && c.unreadTotal > c.graphFiles) {
    lines.push(
      `- ⚠️ The graph holds fewer files than the ${count(c.unreadTotal)} files of languages it does not read: most of this repository is invisible to it.`,
    )
  }
  if (c.blindChanged)
    lines.push(
      `- ⚠️ ${plural(c.blindChanged, 'changed file')} of code the graph does not measure (listed under the table): the radius may be larger.`,
    )
  // Only imports in a language the change reaches can hide importers of its radius (none, for a change of docs or data).
  if (c.unresolvedInReach) {
    lines.push(
      `- ⚠️ ${looksLocalWords(c.unresolvedInReach)}${c.unresolvedInReach < c.unresolvedLocal.length ? ' in the languages this change reaches' : ''} (listed below): their importers may be missing from the radius, which may be larger.`,
    )
  }
  const listed = (title: string, items: string[]) => {
    lines.push(`- ${title}`)
    lines.push(
      '  <details><summary>List</summary>',
      '',
      ...fitLines(
        items.map((i) => `  - ${i}`),
        budget / 4,
        (n) => `  - …and ${count(n)} more`,
      ),
      '',
      '  </details>',
    )
  }
  if (c.unresolvedLocal.length) {
    listed(
      `${looksLocalWords(c.unresolvedLocal.length)} from their importer${inReachWords(c.unresolvedLocal.length, c.unresolvedInReach)}: a file of this repository has the name, or the import is relative, yet the importer's path reaches none (a missing module, a module under a root that path does not have, or a name set up at run time); their edges are missing.`,
      c.unresolvedLocal.map((u) => `${mdCode(u.from)} line ${u.line}: ${mdCode(u.specifier)}`),
    )
  }
  if (c.partial.length) {
    listed(
      `${plural(c.partial.length, 'file has', 'files have')} a syntax error; the imports above it still count.`,
      c.partial.map((p) => `${mdCode(p.path)} line ${p.line}`),
    )
  }
  if (c.skipped.length)
    listed(
      `${plural(c.skipped.length, 'file was', 'files were')} skipped.`,
      c.skipped.map((s) => `${mdCode(s.path)}: ${mdText(s.reason)}`),
    )
  if (c.dynamic.length) {
    listed(
      `${plural(c.dynamic.length, 'dynamic import')} (${dynamicMeaningWords(facts.input.analysis.graph, c.dynamic)}) seen but not followed.`,
      c.dynamic.map((d) => `${mdCode(d.from)} line ${d.line}: ${mdCode(d.specifier)}`),
    )
  }
  const unread = Object.entries(c.unread)
  if (unread.length) {
    lines.push(
      `- Not read (no language support yet): ${unread.map(([ending, n]) => `${count(n)} ${mdCode(`.${ending}`)}`).join(', ')} files; imports in and between them are not in the graph.`,
    )
  }
  for (const [reason, n] of Object.entries(c.leftOut)) lines.push(`- Left out on purpose: ${plural(n, 'file')} ${reason}.`)
  for (const caveat of c.caveats) lines.push(`- ${caveat}`)
  // Warnings stay in view; the rest is the detail behind every number.
  const warnings = lines.filter((l) => l.startsWith('- ⚠️'))
  const rest = lines.filter((l) => !l.startsWith('- ⚠️'))
  return [...warnings, collapsed('<strong>Confidence</strong>: what the graph could not see', rest)].join('\n\n')
}

export function footer(facts: ReportFacts): string {
  const { headSha, repoUrl, analysisMs, now, version, rerun } = facts.input
  const head = headSha
    ? `Head ${repoUrl ? `[${mdCode(headSha.slice(0, 7))}](${mdUrl(`${repoUrl.replace(/\/+$/u, '')}/commit/${headSha}`)})` : mdCode(headSha.slice(0, 7))}`
    : 'The working tree'
  const how = rerun?.workflowUrl ? `[Run workflow](${mdUrl(rerun.workflowUrl)})` : 'Actions → Run workflow (workflow_dispatch)'
  const pr = rerun?.prNumber !== undefined ? ` with \`pr-number\` ${rerun.prNumber}` : ' with `pr-number`'
  const again = rerun ? ` · re-run: ${how}${pr}` : ''
  return [
    '---',
    `<sub>${head} · graph of ${plural(facts.graphFiles, 'file')} and ${plural(facts.graphEdges, 'import')} · ` +
      `analysed in ${(analysisMs / 1000).toFixed(1)} s on ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC · ` +
      `blast-radius ${mdText(version)}${again}</sub>`,
  ].join('\n')
}
