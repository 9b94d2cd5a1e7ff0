/**
 * What one packaging file says about where a project's packages live, before any folder is looked at.
 * Paths are relative to the project's folder, with `/`.
 */
export interface RootDecl {
  /** The folder a build backend installs top-level packages from ('' for the project folder). */
  readonly dir: string
  /** Why this folder: the setting that names it, for `graph`'s roots view. */
  readonly why: string
  /** false where only folders with `__init__.py` are packages (setuptools `find_packages()`). */
  readonly namespaces: boolean
  /** Top-level names a package finder keeps (`include`, glob patterns), when it says. */
  readonly include?: readonly string[]
  readonly exclude?: readonly string[]
  /**
   * Top-level folders the flat-layout discovery does not take as packages (`tests`, `docs`, …): still
   * importable through the root, but their files are named from their own basedir.
   */
  readonly notPackages?: readonly string[]
}

export interface PackagingDecl {
  /** Whether the file makes its folder a project (a pyproject.toml may only configure tools). */
  readonly project: boolean
  /** The roots the file declares; empty when it declares none (the defaults then apply). */
  readonly roots: readonly RootDecl[]
  /** flit's module name: flit installs one module, from the project folder or `src/`. */
  readonly flitModule?: string
  /** pytest's `pythonpath`, relative to the project folder, where this file configures pytest. */
  readonly pytestPaths?: readonly string[]
  /** pytest's `python_files`: the patterns a test module's name matches, where this file sets them. */
  readonly pytestFiles?: readonly string[]
  /** Whether this file configures pytest (pytest then runs from its folder). */
  readonly pytest: boolean
  /** The oldest Python `requires-python` admits, as `3.N`. */
  readonly oldestPython?: string
  /** What could not be read, for the roots view: a syntax error, a setting of an unexpected type. */
  readonly problems: readonly string[]
}

/** A folder setting as written (`./src/`, `src`) to a relative path ('' for the folder itself). */
export function cleanDir(raw: string): string {
  return raw
    .replaceAll('\\', '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/')
}

/** `>=3.9`, `>= 3.8, <4`, `~=3.10`, `^3.11` to `3.9`, `3.8`, `3.10`, `3.11`; undefined without a lower bound. */
export function oldestPython(spec: string | undefined): string | undefined {
  const match = spec && /(?:>=|~=|\^|==)\s*(3\.\d+)/.exec(spec)
  return match ? match[1] : undefined
}

/** A repository-relative path with `.` and `..` worked out; undefined when it climbs out of the repository. */
export function normalPath(path: string): string | undefined {
  const parts: string[] = []
  for (const part of path.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part !== '..') parts.push(part)
    else if (!parts.length) return undefined
    else parts.pop()
  }
  return parts.join('/')
}

/**
 * A list of packages (`packages=["a", "a.sub"]`) installs their top-level names from `dir`, except
 * those a `package_dir` entry maps to a folder of their own (already among `mapped`).
 */
export function listedPackages(dir: string, listed: readonly string[], mapped: readonly RootDecl[], why: string): RootDecl[] {
  const taken = new Set(mapped.flatMap((r) => r.include ?? []))
  const include = [...new Set(listed.map((p) => p.split('.')[0]!))].filter((top) => !taken.has(top))
  return include.length ? [{ dir, why, namespaces: true, include }] : []
}
