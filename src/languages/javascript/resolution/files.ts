import { DTS, JS, JSON_EXT, TS, knownExtension, isDeclarationFile, type ExtensionFlags } from './extensions.js'
import { baseOf } from './paths.js'
import type { State } from './state.js'
import { ESM } from './state.js'

/**
 * Loading a module as a file: TypeScript's extension probing. `.js` written, `.ts` found; TypeScript
 * extensions before declarations before JavaScript; no added extension in an ES module (node16).
 */

/** A candidate with `moduleSuffixes` applied, the first that exists. */
export function tryFile(path: string, state: State): string | undefined {
  const suffixes = state.options.moduleSuffixes
  if (!suffixes?.length) return state.tree.fileExists(path) ? path : undefined
  const ext = knownExtension(path) ?? ''
  const stem = ext ? path.slice(0, -ext.length) : path
  for (const suffix of suffixes) {
    const candidate = stem + suffix + ext
    if (state.tree.fileExists(candidate)) return candidate
  }
  return undefined
}

export function loadModuleFromFile(extensions: ExtensionFlags, candidate: string, state: State): string | undefined {
  return (
    loadWithoutImplicitExtension(extensions, candidate, state) ??
    (state.features & ESM ? undefined : tryAddingExtensions(candidate, extensions, '', state))
  )
}

/** A name with an extension: that extension replaced by each one it may stand for. */
export function loadWithoutImplicitExtension(extensions: ExtensionFlags, candidate: string, state: State): string | undefined {
  const name = baseOf(candidate)
  if (!name.includes('.')) return undefined
  const known = knownExtension(candidate)
  const stem = known ? candidate.slice(0, -known.length) : candidate.slice(0, candidate.lastIndexOf('.'))
  return tryAddingExtensions(stem, extensions, candidate.slice(stem.length), state)
}

/** A target named by package.json (`main`, `types`, an `exports` entry): taken as written when it is TypeScript. */
export function loadFromPackageJsonField(extensions: ExtensionFlags, candidate: string, state: State): string | undefined {
  // As TypeScript tests it: `x.d.ts` ends in `.ts` too.
  if ((extensions & TS && /.\.(?:[cm]?ts|tsx)$/.test(candidate)) || (extensions & DTS && /.\.d\.[cm]?ts$/.test(candidate))) {
    return tryFile(candidate, state)
  }
  if (state.isConfigLookup && extensions === JSON_EXT && candidate.endsWith('.json') && candidate.length > 5) {
    return tryFile(candidate, state)
  }
  return loadWithoutImplicitExtension(extensions, candidate, state)
}

export function tryAddingExtensions(stem: string, extensions: ExtensionFlags, written: string, state: State): string | undefined {
  const attempt = (ext: string): string | undefined => tryFile(stem + ext, state)
  const first = (...tries: Array<() => string | undefined | false>): string | undefined => {
    for (const t of tries) {
      const found = t()
      if (found) return found
    }
    return undefined
  }
  switch (written) {
    case '.mjs':
    case '.mts':
    case '.d.mts':
      return first(
        () => !!(extensions & TS) && attempt('.mts'),
        () => !!(extensions & DTS) && attempt('.d.mts'),
        () => !!(extensions & JS) && attempt('.mjs'),
      )
    case '.cjs':
    case '.cts':
    case '.d.cts':
      return first(
        () => !!(extensions & TS) && attempt('.cts'),
        () => !!(extensions & DTS) && attempt('.d.cts'),
        () => !!(extensions & JS) && attempt('.cjs'),
      )
    case '.json':
      return first(
        () => !!(extensions & DTS) && attempt('.d.json.ts'),
        () => !!(extensions & JSON_EXT) && attempt('.json'),
      )
    case '.tsx':
    case '.jsx':
      return first(
        () => !!(extensions & TS) && (attempt('.tsx') ?? attempt('.ts')),
        () => !!(extensions & DTS) && attempt('.d.ts'),
        () => !!(extensions & JS) && (attempt('.jsx') ?? attempt('.js')),
      )
    case '.ts':
    case '.d.ts':
    case '.js':
    case '':
      return first(
        () => !!(extensions & TS) && (attempt('.ts') ?? attempt('.tsx')),
        () => !!(extensions & DTS) && attempt('.d.ts'),
        () => !!(extensions & JS) && (attempt('.js') ?? attempt('.jsx')),
        () => state.isConfigLookup && attempt('.json'),
      )
    default:
      // `./styles.css` may have `styles.d.css.ts` beside it (allowArbitraryExtensions).
      return extensions & DTS && !isDeclarationFile(stem + written) ? attempt(`.d${written}.ts`) : undefined
  }
}
