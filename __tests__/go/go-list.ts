// The judge for Go: the go tool's own `go list`, run on a copy of a tree (it never writes into the
// tree itself), and the comparison of what it says each package imports with what the graph says.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { buildConfigurations, type BuildConfiguration } from './go-list-configurations.js'

export const haveGo = spawnSync('go', ['version']).status === 0

/** One package as `go list` reports it, in one build configuration, with its imports mapped to folders. */
export interface ListedPackage {
  /** Folder relative to the tree, with `/`; '' for the root. */
  readonly dir: string
  /** The configuration's name (`host`, `tags`, `windows/amd64`, …). */
  readonly configuration: string
  readonly importPath: string
  /** The three builds of a folder: the package (GoFiles + CgoFiles), its internal tests, its external tests. */
  readonly builds: readonly {
    readonly role: 'source' | 'test' | 'xtest'
    readonly files: readonly string[]
    readonly imports: readonly string[]
  }[]
}

export interface GoListing {
  readonly packages: ListedPackage[]
  /** Modules where go list failed outright (not per package), with its message. */
  readonly failures: string[]
  /** The configurations go list ran in, in order. */
  readonly configurations: string[]
  /** Go files of a module that no build of any configuration holds (the graph's still are, unjudged). */
  readonly unjudged: string[]
  /** Symbolic links left out of the copy, as the graph leaves them out (§6 does not follow them). */
  readonly symlinks: string[]
}

interface Module {
  readonly dir: string
  /** Its .go files as the graph reads them: not below a nested module or a folder the go tool skips. */
  readonly files: string[]
}

interface ListRecord {
  Dir?: string
  ImportPath: string
  Standard?: boolean
  ForTest?: string
  Match?: string[]
  GoFiles?: string[]
  CgoFiles?: string[]
  IgnoredGoFiles?: string[]
  InvalidGoFiles?: string[]
  TestGoFiles?: string[]
  XTestGoFiles?: string[]
  Imports?: string[]
  TestImports?: string[]
  XTestImports?: string[]
  Error?: { Err: string }
}

/**
 * go/build's MultiplePackageError: a folder whose files name two packages, which the go tool cannot
 * build and §6 reads as a package per clause (etcd's tools/mod holds `package tools` under
 * `//go:build tools` and `package libs` under `//go:build libs`, both set by the `tags` configuration).
 * Such a record is no build to judge.
 */
const isSeveralPackages = (r: ListRecord) => r.Error?.Err.startsWith('found packages ') === true

/** Folders the go tool never looks in for `./...`, and never for a go.mod of the tree. */
const isSkipped = (name: string) => name === 'vendor' || name === 'testdata' || name.startsWith('.') || name.startsWith('_')

/**
 * `go list -e -json -deps -test ./...` in every module of a copy of `tree`, offline: first for the
 * host, then in each further configuration of `buildConfigurations` in the modules where some file is
 * still in no listed build (the graph is the union over configurations, §6). Go 1.19 refuses
 * `go 1.x.y` and `toolchain` lines, so the copy's go.mod and go.work files have them cleaned; a module
 * that the nearest go.work does not use is listed on its own (GOWORK=off), as the go tool requires.
 */
export function goList(tree: string): GoListing {
  const work = mkdtempSync(join(tmpdir(), 'blast-radius-golist-'))
  try {
    const copy = join(work, 'tree')
    // The graph never follows a symbolic link (§6), so the judge's copy holds none either.
    const symlinks: string[] = []
    cpSync(tree, copy, {
      recursive: true,
      filter: (source) => {
        if (source.split(sep).includes('.git')) return false
        if (!lstatSync(source).isSymbolicLink()) return true
        symlinks.push(relative(tree, source).split(sep).join('/'))
        return false
      },
    })
    const modules: Module[] = []
    cleanModFiles(copy, modules, undefined)
    const env = {
      ...process.env,
      HOME: join(work, 'home'),
      GOCACHE: join(work, 'cache'),
      GOPATH: join(work, 'gopath'),
      GOPROXY: 'off',
      GOFLAGS: '-mod=mod',
      CGO_ENABLED: '1',
      GOTOOLCHAIN: 'local',
    }
    const go = (module: Module, args: string[], extra: Record<string, string>) =>
      spawnSync('go', args, { cwd: module.dir, env: { ...env, ...extra }, encoding: 'utf8', maxBuffer: 1 << 30 })
    // A module the go.work above it does not list as one of its own is built on its own; in a
    // workspace the go tool takes no -mod=mod.
    const inWorkspace = new Map(
      modules.map((module) => {
        const workspace = go(module, ['list', '-m', '-f', '{{.Dir}}'], { GOFLAGS: '' })
        const used = workspace.status === 0 && workspace.stdout.split('\n').includes(module.dir)
        return [module, go(module, ['env', 'GOWORK'], {}).stdout.trim() !== '' && used]
      }),
    )
    const packages = new Map<string, ListedPackage>()
    const covered = new Set<string>()
    const failures: string[] = []
    const configurations: string[] = []
    const { configurations: all, ignored } = buildConfigurations(modules.flatMap((m) => m.files))
    for (const configuration of all) {
      const waiting = (m: Module) => m.files.some((f) => !covered.has(f) && !ignored.has(f))
      const pending = configuration.name === 'host' ? modules : modules.filter(waiting)
      if (!pending.length) break
      configurations.push(configuration.name)
      for (const module of pending) {
        const records = listModule(
          module,
          configuration,
          (args, extra) => go(module, args, { ...extra, ...configuration.env }),
          inWorkspace.get(module)!,
        )
        if (typeof records === 'string') {
          failures.push(`${relative(copy, module.dir) || '.'} (${configuration.name}): ${records}`)
          continue
        }
        for (const listed of listedPackages(records, copy, configuration.name)) {
          const key = `${configuration.name}\0${listed.dir}`
          if (packages.has(key)) continue
          packages.set(key, listed)
          for (const build of listed.builds) for (const file of build.files) covered.add(join(copy, listed.dir, file))
        }
      }
    }
    const unjudged = modules.flatMap((m) => m.files.filter((f) => !covered.has(f)).map((f) => relative(copy, f).split(sep).join('/')))
    return {
      packages: [...packages.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0)),
      failures,
      configurations,
      unjudged: unjudged.sort(),
      symlinks: symlinks.sort(),
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

type GoRun = (args: string[], extra: Record<string, string>) => SpawnSyncReturns<string>

/** What go list says of one module in one configuration, or its message where it failed outright. */
function listModule(module: Module, configuration: BuildConfiguration, go: GoRun, inWorkspace: boolean): ListRecord[] | string {
  const tags = configuration.tags.length ? [`-tags=${configuration.tags.join(',')}`] : []
  const list = () => go(['list', '-e', '-json', '-deps', '-test', ...tags, './...'], inWorkspace ? { GOFLAGS: '' } : { GOWORK: 'off' })
  let run = list()
  // Offline, a module whose requirements the go tool must load cannot be listed at all (a go.mod
  // before 1.17's pruned graphs: cobra's `go 1.15`), or lists its own packages without a folder
  // (client_golang's tutorials/whatsup requires the module client_golang, whose path is a prefix
  // of its own, so the go tool must look inside it for each package). Without its `require` lines
  // it can, each import of a module it then cannot find being a package error (unresolved), as the
  // graph has it.
  if (lostOffline(run)) {
    const mod = join(module.dir, 'go.mod')
    writeFileSync(mod, readFileSync(mod, 'utf8').replace(/^require\s*\([^)]*\)|^require\b.*$/gm, ''))
    run = list()
  }
  return run.status === 0 ? parseStream(run.stdout) : run.stderr.trim()
}

const LOOKUP_DISABLED = /module lookup disabled by GOPROXY=off/

function lostOffline(run: SpawnSyncReturns<string>): boolean {
  if (run.status !== 0) return LOOKUP_DISABLED.test(run.stderr)
  return parseStream(run.stdout).some((r) => r.Match?.length && r.Dir === undefined && LOOKUP_DISABLED.test(r.Error?.Err ?? ''))
}

/** Cleans every go.mod and go.work below `dir`, and gathers each module with its .go files. */
function cleanModFiles(dir: string, modules: Module[], enclosing: Module | undefined): void {
  const entries = readdirSync(dir, { withFileTypes: true })
  let module = enclosing
  for (const entry of entries) {
    if (!entry.isFile() || (entry.name !== 'go.mod' && entry.name !== 'go.work')) continue
    const path = join(dir, entry.name)
    const text = readFileSync(path, 'utf8')
    writeFileSync(path, text.replace(/^go (\d+\.\d+)\.\d+.*$/m, 'go $1').replace(/^(toolchain|godebug)\b.*$/gm, ''))
    if (entry.name === 'go.mod') modules.push((module = { dir, files: [] }))
  }
  for (const entry of entries) {
    if (entry.isDirectory() && !isSkipped(entry.name)) cleanModFiles(join(dir, entry.name), modules, module)
    else if (entry.isFile() && entry.name.endsWith('.go') && !isSkipped(entry.name)) module?.files.push(join(dir, entry.name))
  }
}

function parseStream(text: string): ListRecord[] {
  // `go list -json` prints one object after another, each starting with `{` at the start of a line.
  return text
    .split(/^(?=\{)/m)
    .filter((chunk) => chunk.trim())
    .map((chunk) => JSON.parse(chunk) as ListRecord)
}

/** The packages a run matched (`./...`), each build's imports written as `dir:FOLDER` (in the tree) or `ext:PATH`. */
function listedPackages(records: readonly ListRecord[], root: string, configuration: string): ListedPackage[] {
  const inTree = (dir: string | undefined) => dir !== undefined && (dir === root || dir.startsWith(root + sep))
  const folderOf = new Map<string, string>()
  for (const r of records) {
    if (r.Standard || r.ForTest || !inTree(r.Dir)) continue
    const nonTest = [...(r.GoFiles ?? []), ...(r.CgoFiles ?? []), ...(r.IgnoredGoFiles ?? []), ...(r.InvalidGoFiles ?? [])]
    if (nonTest.some((f) => !f.endsWith('_test.go'))) folderOf.set(r.ImportPath, relative(root, r.Dir!).split(sep).join('/'))
  }
  const mapped = (imports: readonly string[] | undefined) =>
    [...new Set((imports ?? []).filter((p) => p !== 'C').map((p) => (folderOf.has(p) ? `dir:${folderOf.get(p)}` : `ext:${p}`)))].sort()
  return records
    .filter(
      (r) => !r.Standard && !r.ForTest && r.Match?.length && inTree(r.Dir) && !r.ImportPath.endsWith('.test') && !isSeveralPackages(r),
    )
    .map((r) => {
      const dir = relative(root, r.Dir!).split(sep).join('/')
      return {
        dir,
        configuration,
        importPath: r.ImportPath,
        builds: [
          { role: 'source' as const, files: [...(r.GoFiles ?? []), ...(r.CgoFiles ?? [])], imports: mapped(r.Imports) },
          { role: 'test' as const, files: r.TestGoFiles ?? [], imports: mapped(r.TestImports) },
          { role: 'xtest' as const, files: r.XTestGoFiles ?? [], imports: mapped(r.XTestImports) },
        ].filter((b) => b.files.length),
      }
    })
}

export interface Comparison {
  /** Package folders compared, in any configuration. */
  readonly packages: number
  /** Imports compared, summed over every build of every configuration. */
  readonly imports: number
  /** One line per build whose imports differ: `dir (role[, configuration]): go list only […]; graph only […]`. */
  readonly disagreements: string[]
  /** One line per pair of files of one build that the graph does not link (package or import). */
  readonly unlinked: string[]
}

/** The graph's imports of each build, from its edges and unresolved imports, against go list's. */
export function compareWithGoList(graph: ImportGraph, listing: GoListing): Comparison {
  const targets = new Map<string, Set<string>>()
  const linked = new Set<string>()
  const add = (from: string, entry: string) => {
    const set = targets.get(from)
    if (set) set.add(entry)
    else targets.set(from, new Set([entry]))
  }
  for (const edge of graph.edges) {
    linked.add(`${edge.from}\0${edge.to}`)
    if (edge.kind === 'import') add(edge.from, `dir:${edge.to.slice(0, Math.max(0, edge.to.lastIndexOf('/')))}`)
  }
  for (const u of graph.unresolved) add(u.from, `ext:${u.specifier}`)
  let imports = 0
  const disagreements: string[] = []
  const unlinked = new Set<string>()
  for (const pkg of listing.packages) {
    const path = (file: string) => (pkg.dir ? `${pkg.dir}/${file}` : file)
    const label = pkg.configuration === 'host' ? '' : `, ${pkg.configuration}`
    for (const build of pkg.builds) {
      const ours = new Set(build.files.flatMap((f) => [...(targets.get(path(f)) ?? [])]))
      imports += build.imports.length
      const goOnly = build.imports.filter((i) => !ours.has(i))
      const graphOnly = [...ours].filter((i) => !build.imports.includes(i)).sort()
      if (goOnly.length || graphOnly.length) {
        disagreements.push(
          `${pkg.dir || '.'} (${build.role}${label}): go list only [${goOnly.join(' ')}]; graph only [${graphOnly.join(' ')}]`,
        )
      }
    }
    // Within one build, every file sees every other (the package scope, or an import of its own folder).
    const sources = pkg.builds.find((b) => b.role === 'source')?.files ?? []
    for (const build of pkg.builds) {
      const scope = build.role === 'test' ? [...sources, ...build.files] : build.files
      for (const from of build.files) {
        for (const to of scope) if (from !== to && !linked.has(`${path(from)}\0${path(to)}`)) unlinked.add(`${path(from)} -> ${path(to)}`)
      }
    }
  }
  return { packages: new Set(listing.packages.map((p) => p.dir)).size, imports, disagreements, unlinked: [...unlinked] }
}
