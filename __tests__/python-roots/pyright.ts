import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import type { Edge } from '../../src/core/model.js'
import { byCodePoint } from '../../src/core/repo-path.js'

const PYRIGHT = join(createRequire(import.meta.url).resolve('pyright/package.json'), '..', 'index.js')

/** What one pyright run says of a fixture. */
export interface PyrightRun {
  /** The repository files each file imports. */
  readonly imports: Map<string, string[]>
  /**
   * Each execution environment's search paths inside the fixture, in pyright's order (its root
   * first, then its extra paths), as `--verbose` prints them; its bundled stdlib comes before them.
   */
  readonly environments: string[][]
}

/**
 * Which repository files pyright says each file imports (`pyright --dependencies --verbose`), on a
 * temporary copy of `fixture` with `config` as its pyrightconfig.json. pyright runs with no Python on
 * its PATH, so nothing installed on this machine joins its search paths: only the repository and its
 * own bundled stubs, which are left out here.
 */
export async function pyrightImports(fixture: string, config: object): Promise<PyrightRun> {
  const dir = await mkdtemp(join(tmpdir(), 'blast-radius-pyright-'))
  const noPython = await mkdtemp(join(tmpdir(), 'blast-radius-no-python-'))
  try {
    await cp(fixture, dir, { recursive: true })
    await writeFile(join(dir, 'pyrightconfig.json'), JSON.stringify(config))
    const stdout = await new Promise<string>((done, fail) =>
      execFile(
        process.execPath,
        [PYRIGHT, '--dependencies', '--verbose'],
        { cwd: dir, env: { PATH: noPython }, maxBuffer: 64 << 20 },
        (error, out) => {
          if (out.includes('Imported by')) done(out)
          else fail(error ?? new Error(`pyright printed no dependencies:\n${out}`))
        },
      ),
    )
    return { imports: parseDependencies(stdout, dir), environments: parseSearchPaths(stdout, dir) }
  } finally {
    await rm(dir, { recursive: true, force: true })
    await rm(noPython, { recursive: true, force: true })
  }
}

/** A path as a file of `dir` (relative, with `/`), or undefined outside it. */
function insideOf(dir: string, path: string): string | undefined {
  const rel = relative(dir, path).split('\\').join('/')
  return rel.startsWith('..') ? undefined : rel || '.'
}

/**
 * `Execution environment: …` / `  Search paths:` / `    /path` blocks, the paths inside `dir`, but
 * `typings` (pyright's stubPath: stubs only, which CPython never reads).
 */
function parseSearchPaths(stdout: string, dir: string): string[][] {
  const environments: string[][] = []
  let paths: string[] | undefined
  for (const line of stdout.split('\n')) {
    if (line.startsWith('Execution environment:')) environments.push([])
    else if (line === '  Search paths:') paths = environments.at(-1)
    else if (line.startsWith('    ') && paths) {
      const path = insideOf(dir, line.trim())
      if (path && path !== 'typings') paths.push(path)
    } else paths = undefined
  }
  return environments
}

/**
 * The search paths of the execution environment pyright gives `file`: the first whose root (its
 * first path) holds it. A file that none holds gets pyright's default environment, which
 * `--verbose` does not print when environments are configured: that is an error here.
 */
export function searchPathsOf(run: PyrightRun, file: string): string[] {
  const holds = (root: string) => root === '.' || file === root || file.startsWith(`${root}/`)
  const found = run.environments.find((paths) => paths[0] !== undefined && holds(paths[0]))
  if (!found) throw new Error(`no execution environment pyright printed holds ${file}`)
  return found
}

/** Blocks of `path` / ` Imports N files` / `    file:///…` / ` Imported by …`, for files inside `dir`. */
function parseDependencies(stdout: string, dir: string): Map<string, string[]> {
  const imports = new Map<string, string[]>()
  const inside = (path: string) => insideOf(dir, path)
  let current: string[] | undefined
  let section: 'imports' | 'importedBy' | undefined
  for (const line of stdout.split('\n')) {
    if (line.startsWith(' Imports ')) section = 'imports'
    else if (line.startsWith(' Imported by ')) section = 'importedBy'
    else if (line.startsWith('    file://')) {
      const target = inside(fileURLToPath(line.trim()))
      if (section === 'imports' && current && target) current.push(target)
    } else if (line !== '' && !line.startsWith(' ')) {
      const file = inside(join(dir, line.trim()))
      current = file && /\.pyi?$/.test(file) ? [] : undefined
      if (file && current) imports.set(file, current)
      section = undefined
    }
  }
  return imports
}

/** Where our graph and pyright differ: `from -> to` pairs only one of them has. */
export interface Differences {
  readonly ours: number
  readonly oursOnly: string[]
  readonly pyrightOnly: string[]
}

/**
 * Compares our edges (all kinds but `package`) with pyright's imports, file by file. pyright also
 * lists the `__init__` of every package an import runs; our graph reaches those through `package`
 * edges (from the importer or from the imported file), so a pair they imply is no difference.
 */
export function differences(edges: readonly Edge[], theirs: ReadonlyMap<string, readonly string[]>): Differences {
  // A pair joined by an import and by `package` (its kind the import's) is a package edge too.
  const packageOf = new Map<string, string>(edges.filter((e) => (e.kinds ?? [e.kind]).includes('package')).map((e) => [e.from, e.to]))
  // `conftest` and `string` pairs are no import statement: pyright has nothing to say of them.
  const mine = new Set(edges.filter((e) => !['package', 'conftest', 'string'].includes(e.kind)).map((e) => `${e.from} -> ${e.to}`))
  const implied = new Set(mine)
  const chain = (from: string, start: string) => {
    for (let init = packageOf.get(start); init; init = packageOf.get(init)) implied.add(`${from} -> ${init}`)
  }
  for (const [from] of theirs) chain(from, from)
  for (const pair of mine) chain(pair.split(' -> ')[0]!, pair.split(' -> ')[1]!)
  const pyright = new Set([...theirs].flatMap(([from, tos]) => tos.filter((to) => to !== from).map((to) => `${from} -> ${to}`)))
  return {
    ours: mine.size,
    oursOnly: [...mine].filter((p) => !pyright.has(p)).sort(byCodePoint),
    pyrightOnly: [...pyright].filter((p) => !implied.has(p)).sort(byCodePoint),
  }
}
