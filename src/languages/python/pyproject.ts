import { parse, TomlError } from 'smol-toml'
import { iniArgs } from './config-ini.js'
import { cleanDir, listedPackages, oldestPython, type PackagingDecl, type RootDecl } from './packaging-decl.js'

type Table = Record<string, unknown>

const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : typeof v === 'string' ? [v] : undefined

/** pytest's list settings in TOML: a list of strings, or one string, each split at blanks (as in an ini file). */
const words = (v: unknown): string[] | undefined => strings(v)?.flatMap(iniArgs)

function at(table: Table, ...keys: string[]): unknown {
  let value: unknown = table
  for (const key of keys) value = isTable(value) ? value[key] : undefined
  return value
}

/** The first part of a package or module path (`foo/bar`, `foo.bar`, `foo.py` → `foo`). */
function topName(path: string): string {
  return cleanDir(path).split(/[/.]/)[0]!
}

/**
 * A pyproject.toml read with a TOML parser: what each build backend it configures says about roots.
 * Not a project without `[project]`, `[build-system]` or `[tool.poetry]`; undefined when it does not
 * configure pytest either.
 */
export function readPyproject(text: string): PackagingDecl | undefined {
  let doc: Table
  try {
    doc = parse(text)
  } catch (error) {
    const where = error instanceof TomlError ? ` (line ${error.line})` : ''
    return { project: true, roots: [], pytest: false, problems: [`pyproject.toml is not valid TOML${where}: roots from the defaults`] }
  }
  const isProject = isTable(doc.project) || isTable(doc['build-system']) || isTable(at(doc, 'tool', 'poetry'))
  const pytestTable = at(doc, 'tool', 'pytest', 'ini_options') ?? at(doc, 'tool', 'pytest')
  const pytest = isTable(pytestTable)
  const pytestPaths = pytest ? words(pytestTable.pythonpath) : undefined
  const pytestFiles = pytest ? words(pytestTable.python_files) : undefined
  const testing = { ...(pytestPaths && { pytestPaths }), ...(pytestFiles && { pytestFiles }) }
  if (!isProject) return pytest ? { project: false, roots: [], pytest, problems: [], ...testing } : undefined

  const problems: string[] = []
  const roots: RootDecl[] = [...setuptoolsRoots(doc, problems), ...hatchRoots(doc, problems), ...poetryRoots(doc)]
  const pdm = at(doc, 'tool', 'pdm', 'build', 'package-dir')
  if (typeof pdm === 'string') roots.push({ dir: cleanDir(pdm), why: 'tool.pdm.build.package-dir', namespaces: true })
  const maturin = at(doc, 'tool', 'maturin', 'python-source')
  if (typeof maturin === 'string') roots.push({ dir: cleanDir(maturin), why: 'tool.maturin.python-source', namespaces: true })

  const backend = at(doc, 'build-system', 'build-backend')
  // flit's module: `tool.flit.module.name` (dotted for a namespace package's portion), else the project's name normalised.
  const flitOwn = at(doc, 'tool', 'flit', 'module', 'name')
  const projectName = at(doc, 'project', 'name')
  const flitModule =
    typeof flitOwn === 'string'
      ? flitOwn
      : typeof backend === 'string' && backend.startsWith('flit') && typeof projectName === 'string'
        ? projectName.replace(/[-.]+/g, '_').toLowerCase()
        : undefined
  const requires = at(doc, 'project', 'requires-python') ?? at(doc, 'tool', 'poetry', 'dependencies', 'python')
  return {
    project: true,
    roots,
    pytest,
    problems,
    ...(flitModule && { flitModule }),
    ...testing,
    ...(typeof requires === 'string' && oldestPython(requires) && { oldestPython: oldestPython(requires) }),
  }
}

/** `[tool.setuptools]`: `package-dir`, `packages` (a list, or `find` with `where`, `include`, `exclude`, `namespaces`). */
function setuptoolsRoots(doc: Table, problems: string[]): RootDecl[] {
  const setuptools = at(doc, 'tool', 'setuptools')
  if (!isTable(setuptools)) return []
  const roots: RootDecl[] = []
  const packageDir = setuptools['package-dir']
  const base = isTable(packageDir) && typeof packageDir[''] === 'string' ? cleanDir(packageDir['']) : ''
  if (isTable(packageDir)) roots.push(...mappedPackages(packageDir, 'tool.setuptools.package-dir', problems))
  const packages = setuptools.packages
  const listed = strings(packages)
  if (listed) {
    roots.push(...listedPackages(base, listed, roots, 'tool.setuptools.packages'))
  } else if (isTable(packages) && isTable(packages.find)) {
    const find = packages.find
    const where = strings(find.where) ?? ['.']
    for (const dir of where) {
      roots.push({
        dir: cleanDir(dir),
        why: 'tool.setuptools.packages.find.where',
        namespaces: find.namespaces !== false,
        ...(strings(find.include) && { include: strings(find.include)!.map((p) => p.split('.')[0]!) }),
        ...(strings(find.exclude) && { exclude: strings(find.exclude)!.filter((p) => !p.includes('.')) }),
      })
    }
  } else if (isTable(packageDir) && typeof packageDir[''] === 'string') {
    roots.push({ dir: base, why: 'tool.setuptools.package-dir', namespaces: true })
  }
  return roots
}

/**
 * A `package-dir` entry other than `""` maps one package to a folder: it is a root only when the folder
 * has the package's own name (`{ mypkg = "lib/mypkg" }` installs from `lib`); a renaming mapping has no
 * root that would name its files right, so it is said, not guessed.
 */
export function mappedPackages(mapping: Record<string, unknown>, why: string, problems: string[]): RootDecl[] {
  const roots: RootDecl[] = []
  for (const [name, dir] of Object.entries(mapping)) {
    if (name === '' || typeof dir !== 'string') continue
    const folder = cleanDir(dir)
    const parts = name.split('.')
    const tail = folder.split('/').slice(-parts.length).join('.')
    if (tail === name) roots.push({ dir: folder.split('/').slice(0, -parts.length).join('/'), why, namespaces: true, include: [parts[0]!] })
    else problems.push(`${why}: package ${name} lives in ${folder}, a folder of another name: not followed`)
  }
  return roots
}

/** hatch: `packages` (folders whose parent is the root) and `sources` (prefixes taken off, a list or a table to ''). */
function hatchRoots(doc: Table, problems: string[]): RootDecl[] {
  const roots: RootDecl[] = []
  for (const prefix of [
    ['tool', 'hatch', 'build', 'targets', 'wheel'],
    ['tool', 'hatch', 'build'],
  ]) {
    const options = at(doc, ...prefix)
    if (!isTable(options)) continue
    const name = prefix.join('.')
    for (const path of strings(options.packages) ?? []) {
      const dir = cleanDir(path)
      const slash = dir.lastIndexOf('/')
      roots.push({ dir: slash < 0 ? '' : dir.slice(0, slash), why: `${name}.packages`, namespaces: true, include: [dir.slice(slash + 1)] })
    }
    const sources = options.sources
    for (const dir of strings(sources) ?? []) roots.push({ dir: cleanDir(dir), why: `${name}.sources`, namespaces: true })
    if (isTable(sources)) {
      for (const [from, to] of Object.entries(sources)) {
        if (to === '') roots.push({ dir: cleanDir(from), why: `${name}.sources`, namespaces: true })
        else problems.push(`${name}.sources: ${from} is installed as ${String(to)}: not followed`)
      }
    }
    if (roots.length) break // the wheel target's own options win over the general ones
  }
  return roots
}

/** poetry: `packages = [{ include = "foo", from = "src" }]`. */
function poetryRoots(doc: Table): RootDecl[] {
  const packages = at(doc, 'tool', 'poetry', 'packages')
  if (!Array.isArray(packages)) return []
  const roots: RootDecl[] = []
  for (const entry of packages) {
    if (!isTable(entry) || typeof entry.include !== 'string') continue
    const dir = typeof entry.from === 'string' ? cleanDir(entry.from) : ''
    roots.push({ dir, why: 'tool.poetry.packages', namespaces: true, include: [topName(entry.include)] })
  }
  return roots
}
