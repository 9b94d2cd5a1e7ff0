import { buildOptions } from '../build-options.js'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { InvalidPathError, toRepoPath, type RepoPath } from '../../core/repo-path.js'
import { analyzeRepository } from '../../change/analyze-repository.js'
import type { ImportGraph } from '../../graph/import-graph.js'
import { impactJson } from '../../report/impact-json.js'
import { impactText } from '../../report/impact-text.js'
import { styleFor } from '../../format/style.js'
import { writeSnapshot } from '../../snapshot/write-snapshot.js'
import type { CliIo, CommandArgs } from '../main.js'
import { UsageError } from '../usage-error.js'

export async function impactCommand(args: CommandArgs, io: CliIo): Promise<void> {
  if (!args.positionals.length) throw new UsageError('impact needs at least one file (a path relative to the repository)')
  const named = args.positionals.map((name) => ({ name, path: repoPath(name) }))
  const { graph, impact } = await analyzeRepository(
    args.repoDir,
    named.map(({ path }) => ({ path, status: 'modified' as const })),
    buildOptions(args, io),
  )
  for (const { name, path } of named) inGraph(graph, name, path)
  const json = impactJson(impact)
  if (args.out) {
    const out = resolve(io.cwd, args.out)
    await mkdir(out, { recursive: true })
    await writeFile(join(out, 'impact.json'), JSON.stringify(json, null, 2) + '\n')
    await writeSnapshot(out, graph, impact)
  }
  io.stdout.write(args.json ? JSON.stringify(json) + '\n' : impactText(impact, graph, styleFor(io.stdout, io.env)))
}

function repoPath(name: string): RepoPath {
  try {
    return toRepoPath(name)
  } catch (error) {
    if (error instanceof InvalidPathError) throw new UsageError(error.message)
    throw error
  }
}

/** Nothing, when the graph holds the file the user named; else a usage error that says what is wrong. */
function inGraph(graph: ImportGraph, name: string, path: RepoPath): void {
  if (graph.has(path)) return
  const skipped = graph.skipped.find((s) => s.path === path)
  if (skipped) throw new UsageError(`${name}: not in the graph (skipped: ${skipped.reason})`)
  const base = path.slice(path.lastIndexOf('/') + 1)
  const similar = graph.files.filter((f) => f.path.endsWith(`/${base}`) || f.path === base).slice(0, 3)
  const hint = similar.length ? ` Did you mean: ${similar.map((f) => f.path).join(', ')}?` : ''
  throw new UsageError(`${name}: not a file of the graph (paths are relative to the repository).${hint}`)
}
