import type { EdgeKind, EdgeKindSpec } from '../core/model.js'
import { baseName, byCodePoint, dirOf } from '../core/repo-path.js'
import type { AffectedFile } from '../impact/blast-radius.js'
import { shortenChain } from './chains.js'
import { blobUrl, mdCode, mdText, mdUrl } from '../format/escape.js'
import { count, plural } from '../format/numbers.js'
import { fitLines, type ListLine } from './fit.js'
import { mermaidDiagram } from './mermaid.js'
import { laterKinds, shareOf, type ChangedRow, type ReportFacts } from './report-facts.js'
import { riskWord } from './risk.js'
import { describeOutside, ringBar } from './wording.js'

const TOP_FOLDERS = 8
const NAMES_PER_LINE = 20

export function headline(facts: ReportFacts): string {
  const { rows, affected, risk, input } = facts
  const changes = input.analysis.changes.length
  const source = rows.length === changes ? plural(changes, 'changed file') : `${plural(rows.length, 'changed file')} in the graph (of ${count(changes)} changed)`
  const lines = [
    `## Blast radius: ${source} → ${plural(affected.length, 'file')} (${shareOf(affected.length, facts)} of ${count(facts.graphFiles)})`,
    '',
    `**Risk: ${riskWord(risk)}**: ${mdText(risk.why)}.` +
      (risk.level === 'unknown' ? ' This does not mean the change is safe: the graph cannot see it.' : ''),
  ]
  if (!affected.length && rows.length) lines.push('', 'Nothing in the graph imports the changed files, directly or through others.')
  if (affected.length) {
    const lazy = affected.length - facts.importTimeTotal
    lines.push(
      '',
      `${count(facts.importTimeTotal)} of them load the change at import time; ${count(lazy)} reach it only through ${laterKinds(facts)} imports, which do not run when a file is loaded.`,
    )
  }
  return lines.join('\n')
}

export function notes(facts: ReportFacts): string | undefined {
  const notes = facts.input.notes ?? []
  return notes.length ? notes.map((note) => `> [!NOTE]\n> ${mdText(note)}`).join('\n\n') : undefined
}

export function snapshot(facts: ReportFacts): string | undefined {
  const links = facts.input.snapshot
  if (!links?.imageUrl && !links?.viewUrl) return undefined
  const image = links.imageUrl && `![3D snapshot of the import graph, the blast radius lit](${mdUrl(links.imageUrl)})`
  if (image && links.viewUrl) return `[${image}](${mdUrl(links.viewUrl)})\n\n[Open the interactive 3D view](${mdUrl(links.viewUrl)})`
  return image || `[Open the interactive 3D view of the blast radius](${mdUrl(links.viewUrl!)})`
}

export function changedTable(facts: ReportFacts, budget: number): string | undefined {
  if (!facts.rows.length) return undefined
  const rows = [...facts.rows].sort((a, b) => b.total - a.total || byCodePoint(a.path, b.path))
  const lines = rows.map((row) => tableRow(facts, row))
  return [
    '| Changed file | Status | Ring 1 | Total | Deepest ring | At import time | Lazy or type only |',
    '|---|---|--:|--:|--:|--:|--:|',
    ...fitLines(lines, budget, (n) => `| …and ${plural(n, 'more changed file')} (report.json has them all) | | | | | | |`),
  ].join('\n')
}

function tableRow(facts: ReportFacts, row: ChangedRow): string {
  const { repoUrl, headSha } = facts.input
  const name = repoUrl && headSha ? `[${mdCode(row.path)}](${mdUrl(blobUrl(repoUrl, headSha, row.path))})` : mdCode(row.path)
  const status = row.previousPath !== undefined ? `${row.status} from ${mdCode(row.previousPath)}` : row.status
  return `| ${name} | ${status} | ${count(row.direct)} | ${count(row.total)} | ${count(row.deepest)} | ${count(row.importTime)} | ${count(row.lazyOrTypeOnly)} |`
}

export function outsideNote(facts: ReportFacts, budget: number): string | undefined {
  const { outside } = facts.confidence
  if (!outside.length) return undefined
  const lines = outside.map((o) => `- ${mdCode(o.change.path)}: ${mdText(describeOutside(o.why))}`)
  return [`Changed but not in the graph (${count(outside.length)}):`, '', ...fitLines(lines, budget, (n) => `- …and ${count(n)} more`)].join('\n')
}

export function rings(facts: ReportFacts): string | undefined {
  if (!facts.ringCounts.length) return undefined
  const { bar, labels } = ringBar(facts.ringCounts)
  return `**Files by ring:** \`${bar}\` ${labels.join(' · ')}`
}

export function whereItLands(facts: ReportFacts, budget: number): string | undefined {
  if (!facts.affected.length) return undefined
  const top = facts.folders.slice(0, TOP_FOLDERS).map(([folder, n]) => `| ${mdCode(folder === '.' ? './' : `${folder}/`)} | ${count(n)} | ${((100 * n) / facts.affected.length).toFixed(1)}% |`)
  const lines = ['### Where it lands', '', '| Folder | Affected files | Share of the radius |', '|---|--:|--:|', ...fitLines(top, budget, (n) => `| …and ${count(n)} more | | |`)]
  if (facts.folders.length > TOP_FOLDERS) lines.push(`| …and ${plural(facts.folders.length - TOP_FOLDERS, 'more folder')} | | |`)
  lines.push('', facts.tests.length ? `**${plural(facts.tests.length, 'test file')}** in the blast radius.` : '**No test file** is in the blast radius: nothing in the test suite imports this change, directly or through others.')
  if (facts.tests.length) {
    lines.push(
      '',
      `<details><summary>Affected test files (${count(facts.tests.length)})</summary>`,
      '',
      ...fitLines(facts.tests.map((t) => `- ${mdCode(t)}`), budget, (n) => `- …and ${count(n)} more (report.json has them all)`),
      '',
      '</details>',
    )
  }
  return lines.join('\n')
}

export function why(facts: ReportFacts, budget: number): string | undefined {
  if (!facts.chains.length) return undefined
  const lines = facts.chains.map((chain) => {
    const links = shortenChain(chain).map((link, i) =>
      'hidden' in link ? ` → …${plural(link.hidden, 'more file')}…` : `${i === 0 ? '' : arrow(link.kind)}${mdCode(link.path)}`,
    )
    return `- ring ${count(chain.length - 1)}: ${links.join('')}`
  })
  const kinds = new Set(facts.chains.flat().map((link) => link.kind))
  const legend = ['`a → b`: a imports b', ...kindLegend(facts.input.analysis.graph.kinds, kinds)].join('; ')
  const shown = fitLines(lines, budget, (n) => `- …and ${plural(n, 'more chain')}`)
  return ['### Why', '', `The farthest files, each with the chain of imports that reaches the change (${legend}):`, '', ...shown].join('\n')
}

/** What each marked arrow on the chains means, in the words of the languages that made those edges. */
function kindLegend(specs: readonly EdgeKindSpec[], shown: ReadonlySet<EdgeKind | undefined>): string[] {
  const legend = specs.filter((spec) => spec.kind !== 'import' && shown.has(spec.kind)).map((spec) => `\`→(${spec.kind})\`: ${spec.meaning}`)
  return shown.has('removed') ? [...legend, '`→(removed)`: imports a file this change removes'] : legend
}

function arrow(kind: EdgeKind | undefined): string {
  return kind === 'import' || kind === undefined ? ' → ' : ` →(${kind}) `
}

export function diagram(facts: ReportFacts): string | undefined {
  const drawn = mermaidDiagram(facts.input.analysis.graph, facts.rows.map((r) => r.path), facts.affected)
  if (!drawn) return undefined
  const lines = [
    '### Rings 1 and 2',
    '',
    'Arrows point from a file to the files that import it; large rings are folded into one node per folder.',
    '',
    drawn.block,
  ]
  if (drawn.edgesNotDrawn) lines.push('', `${plural(drawn.edgesNotDrawn, 'arrow')} not drawn, to keep the diagram readable.`)
  return lines.join('\n')
}

/** Every affected file, by ring and then folder; cut to `budget` with a count of the rest. */
export function fullList(facts: ReportFacts, budget: number): string | undefined {
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
  const body = fitLines(lines, budget - head.length - tail.length, (n) => `\n…and ${plural(n, 'more file')} (report.json has them all)`)
  return [head, ...body, tail].join('\n')
}

export function gone(facts: ReportFacts, budget: number): string | undefined {
  if (!facts.gone.length) return undefined
  const lines: string[] = []
  for (const file of facts.gone) {
    const importers = file.stillImportedBy
    lines.push(
      `- ${mdCode(file.path)} (${file.status}): ` +
        (importers.length ? `still imported in ${plural(importers.length, 'place')}, which will fail to import:` : 'no import names it any more.'),
    )
    for (const u of importers) lines.push(`  - ${mdCode(u.from)} line ${u.line}: ${mdCode(u.specifier)}`)
  }
  return ['### Removed and renamed files', '', ...fitLines(lines, budget, (n) => `- …and ${count(n)} more lines (report.json has them all)`)].join('\n')
}

export function confidence(facts: ReportFacts, budget: number): string {
  const c = facts.confidence
  const lines = ['### Confidence', '']
  if (!c.graphFiles) lines.push('- ⚠️ **The graph is empty**: no file could be read, so no number here says anything about this change.')
  else lines.push(`- The graph read ${plural(c.graphFiles, 'file')} and ${plural(facts.graphEdges, 'import')} between them.`)
  if (c.graphFiles && c.unreadTotal > c.graphFiles) {
    lines.push(`- ⚠️ The graph holds fewer files than the ${count(c.unreadTotal)} files of languages it does not read: most of this repository is invisible to it.`)
  }
  if (c.blindChanged) lines.push(`- ⚠️ ${plural(c.blindChanged, 'changed file')} of code the graph does not measure (listed under the table): the radius may be larger.`)
  const listed = (title: string, items: string[]) => {
    lines.push(`- ${title}`)
    lines.push('  <details><summary>List</summary>', '', ...fitLines(items.map((i) => `  - ${i}`), budget / 4, (n) => `  - …and ${count(n)} more`), '', '  </details>')
  }
  if (c.unresolvedLocal.length) {
    listed(
      `${plural(c.unresolvedLocal.length, 'import')} of this repository's modules did not resolve to a file (a missing module, or a name set up at run time); their edges are missing.`,
      c.unresolvedLocal.map((u) => `${mdCode(u.from)} line ${u.line}: ${mdCode(u.specifier)}`),
    )
  }
  if (c.partial.length) {
    listed(`${plural(c.partial.length, 'file has', 'files have')} a syntax error; the imports above it still count.`, c.partial.map((p) => `${mdCode(p.path)} line ${p.line}`))
  }
  if (c.skipped.length) listed(`${plural(c.skipped.length, 'file was', 'files were')} skipped.`, c.skipped.map((s) => `${mdCode(s.path)}: ${mdText(s.reason)}`))
  if (c.dynamic.length) {
    listed(
      `${plural(c.dynamic.length, 'dynamic import')} (${facts.input.analysis.graph.dynamicMeanings.join('; ')}) seen but not followed.`,
      c.dynamic.map((d) => `${mdCode(d.from)} line ${d.line}: ${mdCode(d.specifier)}`),
    )
  }
  const unread = Object.entries(c.unread)
  if (unread.length) {
    lines.push(`- Not read (no language support yet): ${unread.map(([ending, n]) => `${count(n)} ${mdCode(`.${ending}`)}`).join(', ')} files; imports in and between them are not in the graph.`)
  }
  return lines.join('\n')
}

export function footer(facts: ReportFacts): string {
  const { headSha, repoUrl, analysisMs, now, version, rerun } = facts.input
  const head = headSha ? (repoUrl ? `[${mdCode(headSha.slice(0, 7))}](${mdUrl(`${repoUrl.replace(/\/+$/u, '')}/commit/${headSha}`)})` : mdCode(headSha.slice(0, 7))) : 'the working tree'
  const how = rerun?.workflowUrl ? `[Run workflow](${mdUrl(rerun.workflowUrl)})` : 'Actions → Run workflow (workflow_dispatch)'
  const pr = rerun?.prNumber !== undefined ? ` with \`pr-number\` ${rerun.prNumber}` : ' with `pr-number`'
  const again = rerun ? ` · re-run: ${how}${pr}` : ''
  return [
    '---',
    `<sub>Head ${head} · graph of ${plural(facts.graphFiles, 'file')} and ${plural(facts.graphEdges, 'import')} · ` +
      `analysed in ${(analysisMs / 1000).toFixed(1)} s on ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC · ` +
      `blast-radius ${mdText(version)}${again}</sub>`,
  ].join('\n')
}
