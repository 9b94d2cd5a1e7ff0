import { buildOptions } from '../build-options.js'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { analyzeRepository } from '../../change/analyze-repository.js'
import { changedFiles } from '../../git/changed-files.js'
import { resolveRange } from '../../git/git-range.js'
import { GitError } from '../../git/run-git.js'
import { styleFor } from '../../format/style.js'
import { renderComment } from '../../report/comment.js'
import { reportJson } from '../../report/json-report.js'
import { reportFacts, type ReportFacts } from '../../report/report-facts.js'
import type { ReportInput } from '../../report/report-input.js'
import { isReportFormat, REPORTERS, type ReportFormat } from '../../report/reporters.js'
import { VERSION } from '../../core/version.js'
import { startCardRenderer } from '../../snapshot/render-cards.js'
import { writeSnapshot } from '../../snapshot/write-snapshot.js'
import type { CliIo, CommandArgs } from '../main.js'
import { UsageError } from '../usage-error.js'

/** What the action does, for a local git range: the report as text, markdown (the comment) or JSON. */
export async function diffCommand(args: CommandArgs, io: CliIo): Promise<void> {
  if (args.positionals.length) throw new UsageError(`diff takes no file names (got ${args.positionals.join(' ')}); use --base and --head`)
  const format = formatOf(args)
  const started = performance.now()
  let range
  try {
    range = await resolveRange(args.repoDir, { base: args.base, head: args.head })
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message)
    throw error
  }
  // The cards' renderer boots (another process, from the bundle) while the graph is built; unused, it ends with this one.
  const cards = args.out ? startCardRenderer() : undefined
  const changes = await changedFiles(
    args.repoDir,
    range,
    args.gitLists?.outputs.then((lists) => lists?.untracked),
  )
  // A head commit is read from git's objects (no checkout): with the cache, only blobs it does not know.
  const analysis = await analyzeRepository(args.repoDir, changes, {
    ...buildOptions(args, io),
    commit: range.head,
    ...(args.precision && { precision: args.precision }),
    ...(args.declarations !== undefined && { declaredFile: args.declarations }),
  })
  const input: ReportInput = {
    analysis,
    workingDirectory: range.prefix || '.',
    version: VERSION,
    analysisMs: performance.now() - started,
    now: new Date(),
    ...(range.head !== undefined && { headSha: range.head }),
  }
  const out = args.out === undefined ? undefined : resolve(io.cwd, args.out)
  // First the snapshot's card, which goes to its renderer as soon as it is drawn: the report is said while it renders,
  // once the card's SVGs are handed over (or the snapshot failed first).
  const snapshot = out === undefined ? undefined : writeSnapshot(out, analysis.graph, analysis.impact, cards)
  if (snapshot && cards) await Promise.race([cards.handedOver, snapshot])
  const facts = reportFacts(input)
  const reports = out === undefined ? undefined : writeReports(out, facts)
  await Promise.all([snapshot, reports])
  io.stdout.write(REPORTERS[format](facts, styleFor(io.stdout, io.env)))
}

/** report.md and report.json into `out`. report.md sits beside the snapshot, so it shows the image and links the viewer by relative paths. */
async function writeReports(out: string, facts: ReportFacts): Promise<void> {
  const beside = { ...facts, input: { ...facts.input, snapshot: { imageUrl: 'snapshot.png', viewUrl: 'snapshot.html' } } }
  await mkdir(out, { recursive: true })
  await writeFile(join(out, 'report.md'), renderComment(beside, 'report.json has them all'))
  await writeFile(join(out, 'report.json'), JSON.stringify(reportJson(facts), null, 2) + '\n')
}

function formatOf(args: CommandArgs): ReportFormat {
  const format = args.format ?? (args.json ? 'json' : 'text')
  if (!isReportFormat(format)) {
    const names = Object.keys(REPORTERS)
    throw new UsageError(`--format: expected ${names.slice(0, -1).join(', ')} or ${names.at(-1)!}, got ${format}`)
  }
  if (args.json && format !== 'json') throw new UsageError(`--json and --format ${format} disagree`)
  return format
}
