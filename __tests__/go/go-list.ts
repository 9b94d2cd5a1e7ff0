// The judge for Go: the go tool's own `go list`, run on a copy of a tree (it never writes into the
// tree itself), and the comparison of what it says each package imports with what the graph says.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import type { ImportGraph } from '../../src/graph/import-graph.js'

export const haveGo = spawnSync('go', ['version']).status === 0

/** One package as `go list` reports it, for the host platform, with its imports mapped to folders. */
export interface ListedPackage {
  /** Folder relative to the tree, with `/`; '' for the root. */
  readonly dir: string
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
}

/** Folders the go tool never looks in for `./...`, and never for a go.mod of the tree. */
const isSkipped = (name: string) => name === 'vendor' || name === 'testdata' || name.startsWith('.') || name.startsWith('_')

/**
 * `go list -e -json -deps -test ./...` in every module of a copy of `tree`, offline. Go 1.19 refuses
 * `go 1.x.y` and `toolchain` lines, so the copy's go.mod and go.work files have them cleaned; a module
 * that the nearest go.work does not use is listed on its own (GOWORK=off), as the go tool requires.
 */
export function goList(tree: string): GoListing {
  const work = mkdtempSync(join(tmpdir(), 'blast-radius-golist-'))
  try {
    const copy = join(work, 'tree')
    cpSync(tree, copy, { recursive: true, filter: (source) => !source.split(sep).includes('.git') })
    const modules: string[] = []
    cleanModFiles(copy, modules)
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
    const packages = new Map<string, ListedPackage>()
    const failures: string[] = []
    for (const module of modules) {
      const go = (args: string[], extra: Record<string, string>) =>
        spawnSync('go', args, { cwd: module, env: { ...env, ...extra }, encoding: 'utf8', maxBuffer: 1 << 30 })
      // A module the go.work above it does not list as one of its own is built on its own; in a
      // workspace the go tool takes no -mod=mod.
      const workspace = go(['list', '-m', '-f', '{{.Dir}}'], { GOFLAGS: '' })
      const inWorkspace =
        go(['env', 'GOWORK'], {}).stdout.trim() !== '' && workspace.status === 0 && workspace.stdout.split('\n').includes(module)
      const list = () => go(['list', '-e', '-json', '-deps', '-test', './...'], inWorkspace ? { GOFLAGS: '' } : { GOWORK: 'off' })
      let run = list()
      // Offline, a module whose requirements the go tool must load (a go.mod before 1.17's pruned
      // graphs) cannot be listed at all; without its `require` lines it can, each import of a module
      // it then cannot find being a package error (unresolved), as the graph has it.
      if (run.status !== 0 && /module lookup disabled by GOPROXY=off/.test(run.stderr)) {
        const mod = join(module, 'go.mod')
        writeFileSync(mod, readFileSync(mod, 'utf8').replace(/^require\s*\([^)]*\)|^require\b.*$/gm, ''))
        run = list()
      }
      if (run.status !== 0) {
        failures.push(`${relative(copy, module) || '.'}: ${run.stderr.trim()}`)
        continue
      }
      for (const listed of listedPackages(parseStream(run.stdout), copy)) if (!packages.has(listed.dir)) packages.set(listed.dir, listed)
    }
    return { packages: [...packages.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1)), failures }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function cleanModFiles(dir: string, modules: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && !isSkipped(entry.name)) cleanModFiles(path, modules)
    else if (entry.isFile() && (entry.name === 'go.mod' || entry.name === 'go.work')) {
      const text = readFileSync(path, 'utf8')
      writeFileSync(path, text.replace(/^go (\d+\.\d+)\.\d+.*$/m, 'go $1').replace(/^(toolchain|godebug)\b.*$/gm, ''))
      if (entry.name === 'go.mod') modules.push(dir)
    }
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
function listedPackages(records: readonly ListRecord[], root: string): ListedPackage[] {
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
    .filter((r) => !r.Standard && !r.ForTest && r.Match?.length && inTree(r.Dir) && !r.ImportPath.endsWith('.test'))
    .map((r) => {
      const dir = relative(root, r.Dir!).split(sep).join('/')
      return {
        dir,
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
  readonly packages: number
  readonly imports: number
  /** One line per build whose imports differ: `dir (role): go list only […]; graph only […]`. */
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
  const unlinked: string[] = []
  for (const pkg of listing.packages) {
    const path = (file: string) => (pkg.dir ? `${pkg.dir}/${file}` : file)
    for (const build of pkg.builds) {
      const ours = new Set(build.files.flatMap((f) => [...(targets.get(path(f)) ?? [])]))
      imports += build.imports.length
      const goOnly = build.imports.filter((i) => !ours.has(i))
      const graphOnly = [...ours].filter((i) => !build.imports.includes(i)).sort()
      if (goOnly.length || graphOnly.length) {
        disagreements.push(`${pkg.dir || '.'} (${build.role}): go list only [${goOnly.join(' ')}]; graph only [${graphOnly.join(' ')}]`)
      }
    }
    // Within one build, every file sees every other (the package scope, or an import of its own folder).
    const sources = pkg.builds.find((b) => b.role === 'source')?.files ?? []
    for (const build of pkg.builds) {
      const scope = build.role === 'test' ? [...sources, ...build.files] : build.files
      for (const from of build.files) {
        for (const to of scope) if (from !== to && !linked.has(`${path(from)}\0${path(to)}`)) unlinked.push(`${path(from)} -> ${path(to)}`)
      }
    }
  }
  return { packages: listing.packages.length, imports, disagreements, unlinked }
}
