import picomatch from 'picomatch'
import { baseName, byCodePoint, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { GivenSetting } from '../adapter.js'
import { PYTHON_PATHS, readExtraPaths, SETTINGS_FILE, type ExtraPaths } from './extra-paths.js'
import { normalPath, type PackagingDecl, type RootDecl } from './packaging-decl.js'
import { readPyproject } from './pyproject.js'
import { readPytestIni, readSetupCfg } from './setup-cfg.js'

/** A folder a project installs top-level packages from, repository-relative. */
export interface PackageRoot extends RootDecl {
  /** The project's folder ('' for the repository root). */
  readonly project: string
}

export interface PythonProject {
  readonly dir: string
  /** The packaging files that make it one. */
  readonly files: readonly RepoPath[]
  readonly roots: readonly PackageRoot[]
  /** Why it adds no roots, when it is a fixture. */
  readonly fixture?: string
  readonly problems: readonly string[]
  readonly oldestPython?: string
}

/** Where pytest runs (the folder of its configuration), its `pythonpath`, repository-relative, and its `python_files`. */
export interface PytestConfig {
  readonly dir: string
  readonly paths: readonly string[]
  readonly files?: readonly string[]
}

/** pytest's own order among its configuration files in one folder: the first that configures it is the one it reads. */
const PYTEST_PRECEDENCE = ['pytest.ini', 'pyproject.toml', 'tox.ini', 'setup.cfg']

/** What the repository says about how it is installed and tested (CONTRACTS.md §4 item 1). */
export interface PythonLayout {
  readonly projects: readonly PythonProject[]
  /** Every root of every project that is not a fixture, in code-point order of their folders. */
  readonly roots: readonly PackageRoot[]
  /** By folder. */
  readonly pytest: ReadonlyMap<string, PytestConfig>
  /** `python-paths` from the repository's settings: on every file's path. */
  readonly extra: ExtraPaths
}

/** What reading the repository's files needs: every discovered file, a file's text, a setup.py's literal call. */
export interface LayoutSource {
  readonly files: readonly RepoPath[]
  readText(path: RepoPath): string | undefined
  /** A setup.py's `setup()` as extraction read it; undefined when extraction did not (or found none). */
  setupOf(path: RepoPath): PackagingDecl | undefined
  /** Settings given to the run (`python-paths`). */
  readonly settings?: Readonly<Record<string, GivenSetting>>
}

const FIXTURE_FOLDERS = new Set(['tests', 'test', 'testing', 'fixtures', 'data'])

/** setuptools' flat-layout discovery leaves these top-level folders out (setuptools/discovery.py, FlatLayoutPackageFinder). */
export const FLAT_LAYOUT_EXCLUDE = [
  'ci',
  'bin',
  'debian',
  'doc',
  'docs',
  'documentation',
  'manpages',
  'news',
  'newsfragments',
  'changelog',
  'test',
  'tests',
  'unit_test',
  'unit_tests',
  'example',
  'examples',
  'scripts',
  'tools',
  'util',
  'utils',
  'python',
  'build',
  'dist',
  'venv',
  'env',
  'requirements',
  'tasks',
  'fabfile',
  'site_scons',
  'benchmark',
  'benchmarks',
  'exercise',
  'exercises',
  'htmlcov',
  '[._]*',
]

const join = (dir: string, rel: string) => (dir === '' ? rel : rel === '' ? dir : `${dir}/${rel}`)

/** The layout a list of files alone gives, no packaging file read: for callers without the repository. */
export function layoutOfFiles(files: readonly RepoPath[]): PythonLayout {
  return readLayout({ files, readText: () => undefined, setupOf: () => undefined })
}

export function readLayout(source: LayoutSource): PythonLayout {
  const byFolder = new Map<string, { files: RepoPath[]; decls: PackagingDecl[] }>()
  for (const file of source.files) {
    const decl = readPackagingFile(file, source)
    if (!decl) continue
    const folder = byFolder.get(dirOf(file)) ?? { files: [], decls: [] }
    folder.files.push(file)
    folder.decls.push(decl)
    byFolder.set(dirOf(file), folder)
  }

  const pytest = new Map<string, PytestConfig>()
  const found: Omit<PythonProject, 'fixture'>[] = []
  for (const [dir, { files, decls }] of [...byFolder].sort(([a], [b]) => byCodePoint(a, b))) {
    const config = PYTEST_PRECEDENCE.map((name) => decls[files.findIndex((f) => baseName(f) === name)]).find((d) => d?.pytest)
    if (config) {
      const paths = (config.pytestPaths ?? []).flatMap((p) => normalPath(join(dir, p)) ?? [])
      pytest.set(dir, { dir, paths, ...(config.pytestFiles && { files: config.pytestFiles }) })
    }
    if (!decls.some((d) => d.project)) continue
    const projectFiles = files.filter((_, k) => decls[k]!.project)
    const declared = decls.flatMap((d) => d.roots)
    const unique = declared.filter((r, k) => declared.findIndex((o) => o.dir === r.dir && String(o.include) === String(r.include)) === k)
    const roots = (unique.length ? unique : defaultRoots(dir, decls, source.files)).map((r) => ({
      ...r,
      dir: join(dir, r.dir),
      project: dir,
    }))
    const oldest = decls.map((d) => d.oldestPython).find(Boolean)
    found.push({ dir, files: projectFiles, roots, problems: decls.flatMap((d) => d.problems), ...(oldest && { oldestPython: oldest }) })
  }
  if (!found.some((p) => p.dir === '')) {
    // Nothing installs the repository root, yet scripts and tests there import its packages as top-level names.
    const roots = defaultRoots('', [], source.files).map((r) => ({
      ...r,
      why: `no packaging at the repository root: ${r.why}`,
      project: '',
    }))
    found.unshift({ dir: '', files: [], roots, problems: [] })
  }

  const projects: PythonProject[] = []
  const fileSet = new Set<string>(source.files)
  for (const project of found) {
    const fixture = fixtureReason(project.dir, projects, fileSet)
    projects.push(fixture ? { ...project, fixture } : project)
  }
  const roots = [...projects.filter((p) => !p.fixture).flatMap((p) => p.roots), ...sitePackages(source.files, projects)].sort((a, b) =>
    byCodePoint(a.dir, b.dir),
  )
  return { projects, roots, pytest, extra: readExtraPaths(source.readText(SETTINGS_FILE), source.settings?.[PYTHON_PATHS], source.files) }
}

function readPackagingFile(file: RepoPath, source: LayoutSource): PackagingDecl | undefined {
  const name = baseName(file)
  if (name === 'setup.py') {
    return source.setupOf(file) ?? { project: true, roots: [], pytest: false, problems: ['setup.py: no literal setup() call read'] }
  }
  if (!['pyproject.toml', 'setup.cfg', 'pytest.ini', 'tox.ini'].includes(name)) return undefined
  const text = source.readText(file)
  if (text === undefined) return undefined
  if (name === 'pyproject.toml') return readPyproject(text)
  if (name === 'setup.cfg') return readSetupCfg(text)
  return readPytestIni(text, name === 'pytest.ini')
}

/**
 * With no roots declared: flit's module where it is, else `src/` when the project has one that is
 * not itself a package, else the project folder with setuptools' flat-layout discovery (regular
 * packages, not the folders it leaves out). A project folder that holds such packages beside a
 * `src/` has both: nothing says which one is meant, and its code can only import the ones beside
 * `src/` if it runs from the project folder.
 */
function defaultRoots(dir: string, decls: readonly PackagingDecl[], files: readonly RepoPath[]): RootDecl[] {
  const prefix = join(dir, 'src') + '/'
  const flit = decls.map((d) => d.flitModule).find(Boolean)
  if (flit) {
    const [folder, file] = [`${prefix}${flit.replaceAll('.', '/')}/`, `${prefix}${flit.replaceAll('.', '/')}.py`]
    const inSrc = files.some((f) => f.startsWith(folder) || f === file)
    return [{ dir: inSrc ? 'src' : '', why: `flit module ${flit}`, namespaces: true, include: [flit.split('.')[0]!] }]
  }
  const hasSrc = files.some((f) => f.startsWith(prefix))
  const [init, stub] = [`${prefix}__init__.py`, `${prefix}__init__.pyi`]
  const srcIsPackage = files.some((f) => f === init || f === stub)
  if (!hasSrc || srcIsPackage) return [flatRoot()]
  const src: RootDecl = { dir: 'src', why: 'src/ layout (no roots declared)', namespaces: true }
  const flat = picomatch(FLAT_LAYOUT_EXCLUDE, { dot: true })
  const inDir = dir === '' ? '' : dir + '/'
  // `PKG/__init__.py(i)` right in the project folder; the test on the name first, which most files fail at once.
  const packagesBeside = files.some((f) => {
    if (!/\/__init__\.pyi?$/.test(f) || !f.startsWith(inDir)) return false
    const rest = f.slice(inDir.length)
    const slash = rest.indexOf('/')
    const top = rest.slice(0, slash)
    return slash > 0 && rest.indexOf('/', slash + 1) < 0 && top !== 'src' && !flat(top)
  })
  return packagesBeside ? [src, { ...flatRoot(), why: 'flat layout beside src/ (no roots declared): regular packages' }] : [src]
}

function flatRoot(): RootDecl {
  return { dir: '', why: 'flat layout (no roots declared): regular packages', namespaces: false, notPackages: FLAT_LAYOUT_EXCLUDE }
}

/**
 * A folder holding `*.dist-info` folders is where an installer put packages (a vendored
 * site-packages): a root of the project around it, unless that project is a fixture.
 */
function sitePackages(files: readonly RepoPath[], projects: readonly PythonProject[]): PackageRoot[] {
  const found = new Map<string, string>()
  for (const file of files) {
    const info = dirOf(file)
    if (!info.endsWith('.dist-info') || found.has(dirOf(info))) continue
    found.set(dirOf(info), baseName(info))
  }
  const roots: PackageRoot[] = []
  for (const [dir, info] of found) {
    const owner = projects
      .filter((p) => p.dir === '' || dir === p.dir || dir.startsWith(p.dir + '/'))
      .sort((a, b) => b.dir.length - a.dir.length)[0]
    if (owner && !owner.fixture) roots.push({ dir, why: `site-packages (holds ${info})`, namespaces: true, project: owner.dir })
  }
  return roots
}

/** Below a tests/fixtures/data folder, or inside another project's packages: a fixture, which adds no roots. */
function fixtureReason(dir: string, projects: readonly PythonProject[], files: ReadonlySet<string>): string | undefined {
  if (dir === '') return undefined
  const folder = dir.split('/').find((part) => FIXTURE_FOLDERS.has(part))
  if (folder) return `below a ${folder}/ folder`
  for (const other of projects) {
    if (other.fixture) continue
    for (const root of other.roots) {
      if (!(root.dir === '' || dir.startsWith(root.dir + '/')) || dir === root.dir) continue
      const top = (root.dir === '' ? dir : dir.slice(root.dir.length + 1)).split('/')[0]!
      const init = join(root.dir, top) + '/__init__.py'
      if (files.has(init) || (root.namespaces && root.dir !== other.dir))
        return `inside ${other.dir || 'the root'} project's package ${top}`
    }
  }
  return undefined
}
