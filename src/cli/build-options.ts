import type { BuildOptions } from '../graph/build-graph.js'
import type { CliIo, CommandArgs } from './main.js'
import { progressTo } from './progress.js'

/** The graph build every command runs, from its options: one place, so the commands cannot drift apart. */
export function buildOptions(args: CommandArgs, io: CliIo): BuildOptions {
  return {
    onProgress: progressTo(io.stderr),
    onWarning: (message) => void io.stderr.write(`blast-radius: warning: ${message}\n`),
    cacheDir: args.cacheDir,
    maxFileBytes: args.maxFileBytes,
    threads: args.threads,
    settings: args.settings,
    gitLists: args.gitLists,
    cacheRead: args.cacheRead,
  }
}
