import { buildOptions } from '../build-options.js'
import { buildGraph } from '../../graph/build-graph.js'
import { graphJson } from '../../report/graph-json.js'
import { graphText } from '../../report/graph-text.js'
import { styleFor } from '../../format/style.js'
import type { CliIo, CommandArgs } from '../main.js'
import { UsageError } from '../usage-error.js'

export async function graphCommand(args: CommandArgs, io: CliIo): Promise<void> {
  if (args.positionals.length) throw new UsageError(`graph takes no file names (got ${args.positionals.join(' ')})`)
  const graph = await buildGraph(args.repoDir, buildOptions(args, io))
  io.stdout.write(args.json ? JSON.stringify(graphJson(graph)) + '\n' : graphText(graph, styleFor(io.stdout, io.env)))
}
