import { parseArgs } from 'node:util'
import { stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { UsageError } from './usage-error.js'
import { defaultCacheDir } from './cache-dir.js'
import { parseSize } from '../core/parse-size.js'
import { InvalidPathError, toRepoFolder } from '../core/repo-path.js'
import type { GivenSetting } from '../languages/adapter.js'
import type { Precision } from '../change/analyze-change.js'
import { startCacheRead, type EarlyCacheRead } from '../cache/early-read.js'
import { startGitLists, type GitLists } from '../discover/git-lists.js'

export const USAGE = `Usage:
  blast-radius graph  [--repo DIR] [--json]
  blast-radius impact FILE... [--repo DIR] [--json] [--out DIR]
  blast-radius diff   [--repo DIR] [--base REF] [--head REF] [--format text|markdown|json] [--out DIR]

  graph    the whole import graph of the repository
  impact   the blast radius of the named files (paths relative to the repository)
  diff     the report for a git range: from the merge-base of --base (default: the default
           branch) and --head (default: the working tree, untracked files included)

Options:
  --repo DIR   the repository to analyse (default: the current folder)
  --json       machine-readable output (CONTRACTS.md §2)
  --out DIR    also write the results into DIR: impact.json (impact) or report.md and
               report.json (diff), with the 3D snapshot, snapshot.png and snapshot.html
  --base REF   diff: the branch or commit the change is measured from
  --head REF   diff: the commit to analyse, read from git's objects (nothing is checked out)
  --format F   diff: text (default), markdown (the PR comment) or json
  --cache DIR  where each file's extracted imports are kept between runs, by content
               (default: $XDG_CACHE_HOME or ~/.cache, under blast-radius/)
  --no-cache   read and parse every file, and keep nothing
  --max-file-size SIZE
               files larger than this are skipped and listed (default 2MB; e.g. 500KB, 10MB)
  --python-paths DIR
               a folder (relative to the repository) on every Python file's path, after the
               file's own entries and before the projects' roots; repeat it for more (added
               after any python-paths of .blast-radius.yml)
  --precision P
               diff: what drives the figures: files (default: every importer of a changed
               file) or names (only the importers that use its changed names; issue 17)
  --declarations FILE
               diff: the file declaring dependencies no code states, relative to the
               repository (default: .blast-radius.yml)
  -h, --help   this text

Environment: NO_COLOR turns colour off; BLAST_RADIUS_THREADS=N sets the extraction threads.
Exit status: 0 done, 2 bad usage or input (the message says which), 1 an internal failure.
`

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean }
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean }
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
}

const OPTIONS = {
  repo: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  format: { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  'python-paths': { type: 'string', multiple: true },
  precision: { type: 'string' },
  declarations: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

export interface CommandArgs {
  readonly repoDir: string
  readonly positionals: string[]
  readonly json: boolean
  readonly out?: string
  /** The facts cache folder; undefined with --no-cache. */
  readonly cacheDir?: string
  readonly maxFileBytes?: number
  /** BLAST_RADIUS_THREADS: threads for extraction (1 keeps it in one thread); by default chosen by size. */
  readonly threads?: number
  readonly base?: string
  readonly head?: string
  readonly format?: string
  readonly precision?: Precision
  /** `--declarations`: the declarations file instead of `.blast-radius.yml`. */
  readonly declarations?: string
  /** Settings given on the command line, for the languages (`--python-paths`). */
  readonly settings?: Readonly<Record<string, GivenSetting>>
  /** git's lists of the work tree, started before the command's code was loaded. */
  readonly gitLists?: GitLists
  /** The facts cache's file, being read since the start. */
  readonly cacheRead?: EarlyCacheRead
}

type Command = (args: CommandArgs, io: CliIo) => Promise<void>

/**
 * Each command's code, loaded when it runs (the bundle keeps it in files of its own): `graph` never loads
 * the report, the snapshot and the still's renderer, and git can list the work tree while it loads.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  graph: async () => (await import('./commands/graph.js')).graphCommand,
  impact: async () => (await import('./commands/impact.js')).impactCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
}

/** Runs one CLI invocation; returns the exit status (0 done, 2 bad usage or input, 1 internal failure). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const [name, ...rest] = argv
    if (!name || name === '--help' || name === '-h') {
      io[name ? 'stdout' : 'stderr'].write(USAGE)
      return name ? 0 : 2
    }
    const load = COMMANDS[name]
    if (!load) throw new UsageError(`unknown command '${name}'\n\n${USAGE}`)
    let parsed
    try {
      parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true })
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\n\n${USAGE}`)
    }
    if (parsed.values.help) {
      io.stdout.write(USAGE)
      return 0
    }
    const repoDir = resolve(io.cwd, parsed.values.repo ?? '.')
    if (
      !(await stat(repoDir).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    ) {
      throw new UsageError(`--repo: not a folder: ${parsed.values.repo ?? '.'}`)
    }
    const cacheDir = parsed.values['no-cache'] ? undefined : resolve(io.cwd, parsed.values.cache ?? defaultCacheDir(repoDir, io.env))
    // Loading the command's code is most of a short run's start: git lists the work tree meanwhile
    // (a diff of a commit, with --head, reads no work tree).
    const gitLists = parsed.values.head === undefined ? startGitLists(repoDir) : undefined
    // And the facts cache is read meanwhile: at 100,000 files, tens of megabytes.
    const cacheRead = cacheDir === undefined ? undefined : startCacheRead(cacheDir)
    const command = await load()
    await command(
      {
        repoDir,
        positionals: parsed.positionals,
        json: Boolean(parsed.values.json),
        out: parsed.values.out,
        threads: io.env.BLAST_RADIUS_THREADS ? Number(io.env.BLAST_RADIUS_THREADS) || 1 : undefined,
        maxFileBytes: parsed.values['max-file-size'] === undefined ? undefined : sizeOption(parsed.values['max-file-size']),
        cacheDir,
        base: parsed.values.base,
        head: parsed.values.head,
        format: parsed.values.format,
        ...(parsed.values.precision !== undefined && { precision: precisionOption(parsed.values.precision) }),
        ...(parsed.values.declarations !== undefined && { declarations: parsed.values.declarations }),
        ...(gitLists && { gitLists }),
        ...(cacheRead && { cacheRead }),
        ...(parsed.values['python-paths'] && {
          settings: {
            'python-paths': {
              values: await folderOptions('--python-paths', repoDir, parsed.values['python-paths']),
              from: '--python-paths',
            },
          },
        }),
      },
      io,
    )
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`blast-radius: ${error.message}\n`)
      return 2
    }
    io.stderr.write(`blast-radius: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 1
  }
}

function precisionOption(text: string): Precision {
  if (text === 'files' || text === 'names') return text
  throw new UsageError(`--precision: '${text}' is not one of files, names`)
}

function sizeOption(text: string): number {
  try {
    return parseSize(text)
  } catch (error) {
    throw new UsageError(`--max-file-size: ${(error as Error).message}`)
  }
}

/** Folders of the repository named by an option: each relative to it, inside it, and there. */
async function folderOptions(option: string, repoDir: string, values: readonly string[]): Promise<string[]> {
  const folders: string[] = []
  for (const value of values) {
    let folder
    try {
      folder = toRepoFolder(value)
    } catch (error) {
      if (error instanceof InvalidPathError) throw new UsageError(`${option}: ${error.message} (a folder relative to the repository)`)
      throw error
    }
    const isFolder = await stat(join(repoDir, folder)).then(
      (s) => s.isDirectory(),
      () => false,
    )
    if (!isFolder) throw new UsageError(`${option}: no such folder in the repository: ${value}`)
    folders.push(folder)
  }
  return folders
}
