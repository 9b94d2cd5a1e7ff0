import type { ExtensionFlags } from './extensions.js'
import { loadFromPackageJsonField } from './files.js'
import { inputForOutputPath } from './input-for-output.js'
import { hasOwn, isObject } from './json.js'
import { joinPath } from './paths.js'
import { rangeHoldsForTypeScript } from './semver-range.js'
import { PATTERN_TRAILERS, type PackageInfo, type State } from './state.js'

/**
 * package.json `exports` and `imports` as TypeScript reads them: exact keys, then pattern keys by
 * specificity, conditions in the order written (`default`, the state's, `types@<range>`), arrays as
 * fallbacks, `null` as "not exported". A bare target of `imports` is resolved as a package name.
 */

/** Resolves a bare `imports` target (`"#x": "other-package"`) from the package folder. */
export type BareResolver = (name: string, fromDir: string, extensions: ExtensionFlags, state: State) => string | undefined

const keys = (object: object): string[] => Object.keys(object)
const allKeysStartWithDot = (object: object): boolean => keys(object).every((k) => k.startsWith('.'))
const noKeyStartsWithDot = (object: object): boolean => !keys(object).some((k) => k.startsWith('.'))

export function loadFromExports(
  scope: PackageInfo,
  extensions: ExtensionFlags,
  subpath: string,
  state: State,
  bare: BareResolver,
): string | undefined {
  const exports = scope.json.exports
  if (!exports) return undefined
  const load = targetLoader(extensions, state, scope, false, bare)
  if (subpath === '.') {
    let main: unknown
    if (typeof exports === 'string' || Array.isArray(exports) || (isObject(exports) && noKeyStartsWithDot(exports))) main = exports
    else if (isObject(exports) && hasOwn(exports, '.')) main = exports['.']
    return main ? load(main, '', false) : undefined
  }
  if (isObject(exports) && allKeysStartWithDot(exports)) return loadFromMap(subpath, exports, load, state)
  return undefined
}

export function loadFromImports(
  scope: PackageInfo,
  extensions: ExtensionFlags,
  name: string,
  state: State,
  bare: BareResolver,
): string | undefined {
  const imports = scope.json.imports
  if (!isObject(imports)) return undefined
  return loadFromMap(name, imports, targetLoader(extensions, state, scope, true, bare), state)
}

type TargetLoader = (target: unknown, subpath: string, pattern: boolean) => string | undefined

function loadFromMap(name: string, table: Record<string, unknown>, load: TargetLoader, state: State): string | undefined {
  if (!name.endsWith('/') && !name.includes('*') && hasOwn(table, name)) return load(table[name], '', false)
  const expanding = keys(table)
    .filter((k) => hasOneStar(k) || k.endsWith('/'))
    .sort(comparePatternKeys)
  for (const key of expanding) {
    const star = key.indexOf('*')
    if (state.features & PATTERN_TRAILERS && matchesWithTrailer(key, name)) {
      return load(table[key], name.substring(star, name.length - (key.length - 1 - star)), true)
    }
    if (key.endsWith('*') && name.startsWith(key.slice(0, -1))) return load(table[key], name.substring(key.length - 1), true)
    if (name.startsWith(key)) return load(table[key], name.substring(key.length), false)
  }
  return undefined
}

function hasOneStar(key: string): boolean {
  const first = key.indexOf('*')
  return first !== -1 && first === key.lastIndexOf('*')
}

function matchesWithTrailer(key: string, name: string): boolean {
  if (key.endsWith('*')) return false
  const star = key.indexOf('*')
  return star !== -1 && name.startsWith(key.slice(0, star)) && name.endsWith(key.slice(star + 1))
}

/** Node's order of pattern keys: the longer prefix first, then a pattern after an exact key of that length, then the longer key. */
function comparePatternKeys(a: string, b: string): number {
  const aStar = a.indexOf('*')
  const bStar = b.indexOf('*')
  const aBase = aStar === -1 ? a.length : aStar + 1
  const bBase = bStar === -1 ? b.length : bStar + 1
  if (aBase !== bBase) return aBase > bBase ? -1 : 1
  if (aStar === -1) return 1
  if (bStar === -1) return -1
  if (a.length !== b.length) return a.length > b.length ? -1 : 1
  return 0
}

const INVALID_SEGMENT = (part: string): boolean => part === '..' || part === '.' || part === 'node_modules'

function targetLoader(extensions: ExtensionFlags, state: State, scope: PackageInfo, isImports: boolean, bare: BareResolver): TargetLoader {
  const load: TargetLoader = (target, subpath, pattern) => {
    if (typeof target === 'string') {
      if (!pattern && subpath.length > 0 && !target.endsWith('/')) return undefined
      if (!target.startsWith('./')) {
        if (isImports && !target.startsWith('../') && !target.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(target)) {
          const name = pattern ? target.replaceAll('*', () => subpath) : target + subpath
          return bare(name, scope.dir, extensions, state)
        }
        return undefined
      }
      if (target.split('/').slice(1).some(INVALID_SEGMENT)) return undefined
      if (subpath.split('/').some(INVALID_SEGMENT)) return undefined
      const written = pattern ? target.replaceAll('*', () => subpath) : target + subpath
      const finalPath = joinPath(scope.dir, written)
      if (finalPath === undefined) return undefined
      return inputForOutputPath(finalPath, scope, extensions, state) ?? loadFromPackageJsonField(extensions, finalPath, state)
    }
    if (Array.isArray(target)) {
      for (const element of target) {
        const found = load(element, subpath, pattern)
        if (found) return found
      }
      return undefined
    }
    if (isObject(target)) {
      for (const condition of keys(target)) {
        if (condition === 'default' || state.conditions.includes(condition) || versionedTypesKey(state.conditions, condition)) {
          const found = load(target[condition], subpath, pattern)
          if (found) return found
        }
      }
    }
    return undefined
  }
  return load
}

function versionedTypesKey(conditions: readonly string[], key: string): boolean {
  return conditions.includes('types') && key.startsWith('types@') && rangeHoldsForTypeScript(key.slice('types@'.length)) === true
}
