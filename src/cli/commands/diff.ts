import { buildOptions } from '../build-options.js'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { analyzeChange } from '../../change/analyze-change.js'
import { changedFiles } from '../../git/changed-files.js'
import { resolveRange } from '../../git/git-range.js'
import { withHeadTree } from '../../git/head-tree.js'
import { GitError } from '../../git/run-git.js'
import { buildGraph } from '../../graph/build-graph.js'
import { styleFor } from '../../output/style.js'
import { renderComment } from '../../report/comment.js'
import { reportJson } from '../../report/json-report.js'
import type { ReportInput } from '../../report/report-input.js'
import { renderText } from '../../report/text-report.js'
import { VERSION } from '../../core/version.js'
import { writeSnapshot } from '../../snapshot/write-snapshot.js'
import type { CliIo, CommandArgs } from '../main.js'
import { UsageError } from '../usage-error.js'

const FORMATS = ['text', 'markdown', 'json'] as const
type Format = (typeof FORMATS)[number]

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
  const changes = await changedFiles(args.repoDir, range)
  const graph = await withHeadTree(args.repoDir, range, (dir) => buildGraph(dir, buildOptions(args, io)))
  const input: ReportInput = {
    analysis: analyzeChange(graph, changes),
    workingDirectory: range.prefix || '.',
    version: VERSION,
    analysisMs: performance.now() - started,
    now: new Date(),
    ...(range.head !== undefined && { headSha: range.head }),
  }
  if (args.out) {
    const out = resolve(io.cwd, args.out)
    await mkdir(out, { recursive: true })
    await writeSnapshot(out, graph, input.analysis.impact)
    // report.md sits beside the snapshot, so it can show the image and link the viewer by relative paths.
    const beside = { ...input, snapshot: { imageUrl: 'snapshot.png', viewUrl: 'snapshot.html' } }
    await writeFile(join(out, 'report.md'), renderComment(beside))
    await writeFile(join(out, 'report.json'), JSON.stringify(reportJson(input), null, 2) + '\n')
  }
  io.stdout.write(
    format === 'json' ? JSON.stringify(reportJson(input)) + '\n'
    : format === 'markdown' ? renderComment(input)
    : renderText(input, styleFor(io.stdout, io.env)),
  )
}

function formatOf(args: CommandArgs): Format {
  const format = args.format ?? (args.json ? 'json' : 'text')
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: expected text, markdown or json, got ${format}`)
  if (args.json && format !== 'json') throw new UsageError(`--json and --format ${format} disagree`)
  return format as Format
}
