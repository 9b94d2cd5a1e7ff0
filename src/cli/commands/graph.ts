import { once } from 'node:events'
import { buildOptions } from '../build-options.js'
import { buildGraph } from '../../graph/build-graph.js'
import { graphJsonText } from '../../report/graph-json.js'
import { graphText } from '../../report/graph-text.js'
import { styleFor } from '../../format/style.js'
import type { CliIo, CommandArgs } from '../main.js'
import { UsageError } from '../usage-error.js'

export async function graphCommand(args: CommandArgs, io: CliIo): Promise<void> {
  if (args.positionals.length) throw new UsageError(`graph takes no file names (got ${args.positionals.join(' ')})`)
  const graph = await buildGraph(args.repoDir, buildOptions(args, io))
  if (!args.json) {
    io.stdout.write(graphText(graph, styleFor(io.stdout, io.env)))
    return
  }
  // Piece by piece, waiting when the stream's buffer is full: the JSON of a large graph is never one string.
  for (const piece of graphJsonText(graph)) if (!io.stdout.write(piece)) await once(io.stdout, 'drain')
}
