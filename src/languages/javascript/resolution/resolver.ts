import { DTS, JS, JSON_EXT, TS, type ExtensionFlags } from './extensions.js'
import { loadFromPackageJsonField, loadModuleFromFile, tryFile } from './files.js'
import { isObject, own } from './json.js'
import { conditionsFor, resolvesExports, resolvesImports, resolvesJson, type Mode, type ResolverOptions } from './options.js'
import { loadFromExports, loadFromImports } from './package-maps.js'
import { ancestors, baseOf, isRelativeName, isWithin, joinPath, parentOf, relativeTo } from './paths.js'
import { rangeHoldsForTypeScript } from './semver-range.js'
import { ALL_FEATURES, ESM, EXPORTS, IMPORTS, PATTERN_TRAILERS, SELF_NAME, type Decided, type PackageInfo, type State } from './state.js'
import type { ResolutionTree } from './tree.js'

/**
 * `ts.resolveModuleName` for node10, node16, nodenext and bundler, over a ResolutionTree: the same
 * steps in the same order (paths, baseUrl, rootDirs; `#imports`; self-name; node_modules with
 * `exports`, `typesVersions`, `types`, `main` and `index`), so each answer is the file TypeScript
 * would pick. Returns the resolved path, through links resolved to where the file really is.
 */
export function resolveModuleName(
  name: string,
  containingFile: string,
  options: ResolverOptions,
  tree: ResolutionTree,
  mode: Mode | undefined,
): string | undefined {
  const dir = parentOf(containingFile)
  let extensions = options.noDtsResolution ? TS | JS : TS | JS | DTS
  if (resolvesJson(options)) extensions |= JSON_EXT
  switch (options.resolution) {
    case 'node16':
    case 'nodenext':
      return nodeWorker(ALL_FEATURES | (mode === 'import' ? ESM : 0), name, dir, options, tree, extensions, false, undefined)
    case 'bundler':
      return nodeWorker(
        bundlerFeatures(options),
        name,
        dir,
        options,
        tree,
        extensions,
        false,
        mode ? conditionsFor(options, mode) : undefined,
      )
    case 'node10':
      // A mode given under node10 (a resolution-mode attribute) turns on exports and conditions, as in TypeScript.
      return nodeWorker(
        mode ? ALL_FEATURES : 0,
        name,
        dir,
        options,
        tree,
        extensions,
        false,
        mode ? conditionsFor(options, mode) : undefined,
      )
  }
}

/** How `extends: "@org/tsconfig"` finds a config file (TypeScript's `nodeNextJsonConfigResolver`). */
export function resolveConfigName(name: string, fromDir: string, tree: ResolutionTree): string | undefined {
  const options: ResolverOptions = { moduleResolution: 'nodenext', resolution: 'nodenext', moduleKind: 199, allowJs: true }
  return nodeWorker(ALL_FEATURES, name, fromDir, options, tree, JSON_EXT, true, undefined)
}

function bundlerFeatures(options: ResolverOptions): number {
  return (resolvesExports(options) ? EXPORTS : 0) | (resolvesImports(options) ? IMPORTS : 0) | SELF_NAME | PATTERN_TRAILERS
}

interface Found {
  readonly path: string
  readonly external: boolean
}

function nodeWorker(
  features: number,
  name: string,
  dir: string,
  options: ResolverOptions,
  tree: ResolutionTree,
  extensions: ExtensionFlags,
  isConfigLookup: boolean,
  conditions: readonly string[] | undefined,
): string | undefined {
  const modeless = options.resolution === 'bundler' || options.resolution === 'node10'
  const state: State = {
    tree,
    options,
    features,
    isConfigLookup,
    requestDir: dir,
    conditions: conditions ?? conditionsFor(options, modeless ? undefined : features & ESM ? 'import' : 'require'),
  }
  let result: Found | undefined
  if (options.resolution === 'node10') {
    const priority = extensions & (TS | DTS)
    const secondary = extensions & ~(TS | DTS)
    result = (priority ? tryResolve(priority) : undefined) ?? (secondary ? tryResolve(secondary) : undefined)
  } else result = tryResolve(extensions)
  if (!result) return undefined
  // TypeScript follows links only for packages: a path reached through node_modules by a bare name.
  return result.external && !isRelativeName(name) && !options.preserveSymlinks ? tree.realpath(result.path) : result.path

  function tryResolve(wanted: ExtensionFlags): Found | undefined {
    const fromSettings = optionalSettings(wanted, name, dir, state)
    if (fromSettings) return { path: fromSettings, external: hasNodeModulesPart(fromSettings) }
    if (!isRelativeName(name)) {
      if (state.features & IMPORTS && name.startsWith('#')) {
        const found = loadFromPackageImports(wanted, name, dir, state)
        if (found) return { path: found, external: false }
      }
      if (state.features & SELF_NAME) {
        const found = loadFromSelfName(wanted, name, dir, state)
        if (found) return { path: found, external: false }
      }
      if (name.includes(':')) return undefined
      const found = loadFromNearestNodeModules(wanted, name, dir, state) ?? (wanted & DTS ? loadFromTypeRoots(name, state) : undefined)
      return found ? { path: found, external: true } : undefined
    }
    const candidate = joinPath(dir, name)
    if (candidate === undefined) return undefined
    const trailing = name.endsWith('/') || /(?:^|\/)\.\.?$/.test(name)
    const found = loadByRelativeName(wanted, candidate, trailing, state, true)
    return found ? { path: found, external: false } : undefined
  }
}

function hasNodeModulesPart(path: string): boolean {
  return path.startsWith('node_modules/') || path.includes('/node_modules/')
}

/** `paths`, then `baseUrl` for a bare name, `rootDirs` for a relative one. */
function optionalSettings(extensions: ExtensionFlags, name: string, dir: string, state: State): string | undefined {
  const { paths, baseUrl, pathsBasePath, rootDirs } = state.options
  if (paths && !/^\.\.?(?:$|[\\/])/.test(name)) {
    const base = baseUrl ?? pathsBasePath ?? ''
    const decided = loadUsingPaths(extensions, name, base, paths, state)
    if (decided) return decided.value
  }
  if (!isRelativeName(name)) {
    if (baseUrl === undefined) return undefined
    const candidate = joinPath(baseUrl, name)
    return candidate === undefined ? undefined : loadByRelativeName(extensions, candidate, false, state, true)
  }
  if (!rootDirs) return undefined
  const candidate = joinPath(dir, name)
  if (candidate === undefined) return undefined
  let matched: string | undefined
  for (const root of rootDirs) {
    if (isWithin(root, candidate) && root !== candidate && (matched === undefined || matched.length < root.length)) matched = root
  }
  if (matched === undefined) return undefined
  const suffix = relativeTo(matched, candidate)
  const found = loadByRelativeName(extensions, candidate, false, state, true)
  if (found) return found
  for (const root of rootDirs) {
    if (root === matched) continue
    const other = joinPath(root, suffix)
    const fromOther = other === undefined ? undefined : loadByRelativeName(extensions, other, false, state, true)
    if (fromOther) return fromOther
  }
  return undefined
}

type Loader = (extensions: ExtensionFlags, candidate: string, state: State) => string | undefined

/** A `paths` (or `typesVersions`) table: the matching key with the longest prefix, its substitutions in order. */
function loadUsingPaths(
  extensions: ExtensionFlags,
  name: string,
  base: string,
  table: Readonly<Record<string, unknown>>,
  state: State,
  loader: Loader = (e, c, s) => loadByRelativeName(e, c, false, s, true),
): Decided {
  let matchedKey: string | undefined
  let star: string | undefined
  if (Object.prototype.hasOwnProperty.call(table, name) && !name.includes('*')) matchedKey = name
  else {
    let longest = -1
    for (const { key, prefix, suffix } of patternsOf(table)) {
      if (prefix.length > longest && name.length >= prefix.length + suffix.length && name.startsWith(prefix) && name.endsWith(suffix)) {
        longest = prefix.length
        matchedKey = key
        star = name.slice(prefix.length, name.length - suffix.length)
      }
    }
  }
  if (matchedKey === undefined) return undefined
  const substitutions = table[matchedKey]
  for (const substitution of Array.isArray(substitutions) ? substitutions : []) {
    if (typeof substitution !== 'string') continue
    const path = star !== undefined ? substitution.replace('*', () => star) : substitution
    const candidate = joinPath(base, path)
    if (candidate === undefined) continue
    if (/\.(?:d\.[cm]?ts|[cm]?[jt]s|[jt]sx|json)$/.test(substitution)) {
      const exact = tryFile(candidate, state)
      if (exact) return { value: exact }
    }
    const found = loader(extensions, candidate, state)
    if (found) return { value: found }
  }
  return { value: undefined }
}

interface PathPattern {
  readonly key: string
  readonly prefix: string
  readonly suffix: string
}
const parsedPatterns = new WeakMap<object, readonly PathPattern[]>()

/** A table's keys with exactly one `*`, split once per table (as TypeScript caches them). */
function patternsOf(table: Readonly<Record<string, unknown>>): readonly PathPattern[] {
  let patterns = parsedPatterns.get(table)
  if (!patterns) {
    patterns = Object.keys(table).flatMap((key) => {
      const at = key.indexOf('*')
      return at === -1 || key.indexOf('*', at + 1) !== -1 ? [] : [{ key, prefix: key.slice(0, at), suffix: key.slice(at + 1) }]
    })
    parsedPatterns.set(table, patterns)
  }
  return patterns
}

function loadByRelativeName(
  extensions: ExtensionFlags,
  candidate: string,
  trailingSlash: boolean,
  state: State,
  considerPackageJson: boolean,
): string | undefined {
  if (!trailingSlash) {
    const fromFile = loadModuleFromFile(extensions, candidate, state)
    if (fromFile) return fromFile
  }
  if (state.features & ESM) return undefined
  const packageInfo = considerPackageJson ? packageJsonAt(candidate, state.tree) : undefined
  return loadFromDirectory(extensions, candidate, state, packageInfo)
}

export function packageJsonAt(dir: string, tree: ResolutionTree): PackageInfo | undefined {
  const json = tree.readJson(dir === '' ? 'package.json' : `${dir}/package.json`)
  return json ? { dir, json } : undefined
}

function pathField(json: Record<string, unknown>, field: string, dir: string): string | undefined {
  const value = own(json, field)
  return typeof value === 'string' && value !== '' ? joinPath(dir, value) : undefined
}

function typesVersionsPaths(json: Record<string, unknown>): Record<string, unknown> | undefined {
  const typesVersions = own(json, 'typesVersions')
  if (!isObject(typesVersions)) return undefined
  for (const key of Object.keys(typesVersions)) {
    const holds = rangeHoldsForTypeScript(key)
    if (holds === undefined) continue
    if (holds) return isObject(typesVersions[key]) ? typesVersions[key] : undefined
  }
  return undefined
}

/** A folder as a module: `typesVersions`, `typings`/`types`, `main` (or a config's `tsconfig`), then `index`. */
function loadFromDirectory(
  extensions: ExtensionFlags,
  candidate: string,
  state: State,
  packageInfo: PackageInfo | undefined,
): string | undefined {
  const versionPaths = packageInfo ? typesVersionsPaths(packageInfo.json) : undefined
  let packageFile: string | undefined
  if (packageInfo && packageInfo.dir === candidate) {
    const { json, dir } = packageInfo
    if (state.isConfigLookup) packageFile = pathField(json, 'tsconfig', dir)
    else {
      packageFile =
        (extensions & DTS ? (pathField(json, 'typings', dir) ?? pathField(json, 'types', dir)) : undefined) ??
        (extensions & (TS | JS | DTS) ? pathField(json, 'main', dir) : undefined)
    }
  }
  const loader = (wanted: ExtensionFlags, target: string, inner: State): string | undefined => {
    const fromFile = loadFromPackageJsonField(wanted, target, inner)
    if (fromFile) return fromFile
    const expanded = wanted === DTS ? TS | DTS : wanted
    const features = inner.features
    // A CommonJS package's `main` may name a folder or drop the extension, even in an ES module.
    if (packageInfo?.json.type !== 'module') inner.features &= ~ESM
    const found = loadByRelativeName(expanded, target, false, inner, false)
    inner.features = features
    return found
  }
  const indexPath = joinPath(candidate, state.isConfigLookup ? 'tsconfig' : 'index')!
  if (versionPaths && (!packageFile || isWithin(candidate, packageFile))) {
    const moduleName = relativeTo(candidate, packageFile ?? indexPath)
    const decided = loadUsingPaths(extensions, moduleName, candidate, versionPaths, state, loader)
    if (decided) return decided.value
  }
  const fromPackageFile = packageFile ? loader(extensions, packageFile, state) : undefined
  if (fromPackageFile) return fromPackageFile
  return state.features & ESM ? undefined : loadModuleFromFile(extensions, indexPath, state)
}

function scopeOf(dir: string, tree: ResolutionTree): PackageInfo | undefined {
  for (const folder of ancestors(dir)) {
    const info = packageJsonAt(folder, tree)
    if (info) return info
  }
  return undefined
}

/** A bare `imports` target resolves as a package name from the package's folder, with the same state. */
function bareFromPackage(name: string, fromDir: string, extensions: ExtensionFlags, state: State): string | undefined {
  return nodeWorker(state.features, name, fromDir, state.options, state.tree, extensions, false, state.conditions)
}

function loadFromPackageImports(extensions: ExtensionFlags, name: string, dir: string, state: State): string | undefined {
  if (name === '#' || name.startsWith('#/')) return undefined
  const scope = scopeOf(dir, state.tree)
  return scope ? loadFromImports(scope, extensions, name, state, bareFromPackage) : undefined
}

function loadFromSelfName(extensions: ExtensionFlags, name: string, dir: string, state: State): string | undefined {
  const scope = scopeOf(dir, state.tree)
  if (!scope || !scope.json.exports || typeof scope.json.name !== 'string') return undefined
  const parts = name.split('/').filter((p) => p !== '')
  const nameParts = scope.json.name.split('/').filter((p) => p !== '')
  if (!nameParts.every((p, i) => parts[i] === p)) return undefined
  const rest = parts.slice(nameParts.length)
  const subpath = rest.length ? `./${rest.join('/')}` : '.'
  // allowJs is always on (§5.2) and an importer is never inside node_modules: one pass with every extension.
  return loadFromExports(scope, extensions, subpath, state, bareFromPackage)
}

function loadFromNearestNodeModules(extensions: ExtensionFlags, name: string, dir: string, state: State): string | undefined {
  const priority = extensions & (TS | DTS)
  const secondary = extensions & ~(TS | DTS)
  const lookup = (wanted: ExtensionFlags): string | undefined => {
    for (const folder of ancestors(dir)) {
      if (baseOf(folder) === 'node_modules') continue
      const found = loadFromImmediateNodeModules(wanted, name, folder, state)
      if (found) return found
    }
    return undefined
  }
  return (priority ? lookup(priority) : undefined) ?? (secondary ? lookup(secondary) : undefined)
}

const optionIds = new WeakMap<ResolverOptions, number>()
let lastOptionsId = 0

/** A number per options object: part of the key of the answers a tree remembers. */
function optionsId(options: ResolverOptions): number {
  let id = optionIds.get(options)
  if (id === undefined) optionIds.set(options, (id = ++lastOptionsId))
  return id
}

function loadFromImmediateNodeModules(extensions: ExtensionFlags, name: string, folder: string, state: State): string | undefined {
  const nodeModules = folder === '' ? 'node_modules' : `${folder}/node_modules`
  // TypeScript skips a node_modules folder that is not there (`directoryExists`); here only links make one.
  if (!state.tree.hasNodeModules(nodeModules)) return undefined
  // The answer depends on nothing but these, so importers in many folders below one root share it.
  const key = [optionsId(state.options), extensions, state.features, state.isConfigLookup, state.conditions.join(), nodeModules, name].join(
    '|',
  )
  return state.tree.remember(key, () => searchNodeModules(extensions, name, nodeModules, state))
}

function searchNodeModules(extensions: ExtensionFlags, name: string, nodeModules: string, state: State): string | undefined {
  const found = loadFromSpecificNodeModules(extensions, name, nodeModules, state)
  if (found) return found
  // Only a workspace member called `@types/…` can be here: node_modules itself is never read.
  return extensions & DTS ? loadFromSpecificNodeModules(DTS, mangleScoped(name), `${nodeModules}/@types`, state) : undefined
}

export function parsePackageName(name: string): { packageName: string; rest: string } {
  let at = name.indexOf('/')
  if (name.startsWith('@')) at = name.indexOf('/', at + 1)
  return at === -1 ? { packageName: name, rest: '' } : { packageName: name.slice(0, at), rest: name.slice(at + 1) }
}

function loadFromSpecificNodeModules(extensions: ExtensionFlags, name: string, nodeModules: string, state: State): string | undefined {
  const candidate = joinPath(nodeModules, name)
  if (candidate === undefined) return undefined
  const { packageName, rest } = parsePackageName(name)
  const packageDir = `${nodeModules}/${packageName}`
  let packageInfo = packageJsonAt(candidate, state.tree)
  let rootInfo: PackageInfo | undefined
  if (rest !== '' && packageInfo) {
    rootInfo = packageJsonAt(packageDir, state.tree)
    if (!(state.features & EXPORTS) || !(rootInfo && Object.prototype.hasOwnProperty.call(rootInfo.json, 'exports'))) {
      return loadModuleFromFile(extensions, candidate, state) ?? loadFromDirectory(extensions, candidate, state, packageInfo)
    }
  }
  const loader = (wanted: ExtensionFlags, target: string, inner: State): string | undefined => {
    let found =
      (rest || !(inner.features & ESM) ? loadModuleFromFile(wanted, target, inner) : undefined) ??
      loadFromDirectory(wanted, target, inner, packageInfo)
    const noExports = packageInfo && (packageInfo.json.exports === undefined || packageInfo.json.exports === null)
    if (!found && !rest && noExports && inner.features & ESM) {
      found = loadModuleFromFile(wanted, `${target}/index.js`, inner)
    }
    return found
  }
  if (rest !== '') packageInfo = rootInfo ?? packageJsonAt(packageDir, state.tree)
  if (packageInfo && packageInfo.json.exports && state.features & EXPORTS) {
    return loadFromExports(packageInfo, extensions, rest ? `./${rest}` : '.', state, bareFromPackage)
  }
  const versionPaths = rest !== '' && packageInfo ? typesVersionsPaths(packageInfo.json) : undefined
  if (versionPaths) {
    const decided = loadUsingPaths(extensions, rest, packageDir, versionPaths, state, loader)
    if (decided) return decided.value
  }
  return loader(extensions, candidate, state)
}

/** `typeRoots` folders of the repository's own (`@types` under node_modules is never read). */
function loadFromTypeRoots(name: string, state: State): string | undefined {
  for (const root of state.options.typeRoots ?? []) {
    const candidate = joinPath(root, root.endsWith('node_modules/@types') ? mangleScoped(name) : name)
    if (candidate === undefined) continue
    const found =
      loadModuleFromFile(DTS, candidate, state) ?? loadFromDirectory(DTS, candidate, state, packageJsonAt(candidate, state.tree))
    if (found) return found
  }
  return undefined
}

function mangleScoped(name: string): string {
  return name.startsWith('@') && name.includes('/') ? name.slice(1).replace('/', '__') : name
}
