import { JS, JSON_EXT, TS, type ExtensionFlags } from './extensions.js'
import { loadFromPackageJsonField } from './files.js'
import { isWithin, joinPath, parentOf, relativeTo } from './paths.js'
import type { PackageInfo, State } from './state.js'

/**
 * TypeScript's own way back from an output to its input, for an `exports`/`imports` target of a package
 * outside node_modules when the importer's options have `outDir` or `declarationDir` (its
 * `tryLoadInputFileForPath`): the target's place below the output folder, put below each guess of the
 * common source folder (`rootDir`; a composite project's folder; else every folder from the root down to
 * the one the importer and the package share), names an input tried with the extensions it may have had.
 */
export function inputForOutputPath(finalPath: string, scope: PackageInfo, extensions: ExtensionFlags, state: State): string | undefined {
  const { options } = state
  if (
    state.isConfigLookup ||
    !(options.declarationDir || options.outDir) ||
    finalPath.startsWith('node_modules/') ||
    finalPath.includes('/node_modules/')
  )
    return undefined
  for (const guess of commonSourceGuesses(scope, state)) {
    for (const outputDir of [options.declarationDir, options.outDir !== options.declarationDir ? options.outDir : undefined]) {
      if (outputDir === undefined || !isWithin(outputDir, finalPath) || outputDir === finalPath) continue
      const base = guess === null ? undefined : joinPath(guess, relativeTo(outputDir, finalPath))
      if (base === undefined) continue
      const ext = OUTPUT_EXTENSIONS.find((e) => base.length > e.length && base.endsWith(e))
      if (!ext) continue
      for (const inputExt of inputExtensionsFor(base)) {
        if (!extensionOk(extensions, inputExt)) continue
        const input = base.slice(0, -ext.length) + inputExt
        if (state.tree.fileExists(input)) return loadFromPackageJsonField(extensions, input, state)
      }
    }
  }
  return undefined
}

const OUTPUT_EXTENSIONS = ['.mjs', '.cjs', '.js', '.json', '.d.mts', '.d.cts', '.d.ts']

/** The guesses in TypeScript's order; null stands for a folder above the repository (nothing is there). */
function commonSourceGuesses(scope: PackageInfo, state: State): (string | null)[] {
  const { rootDir, composite, configDir } = state.options
  if (rootDir !== undefined) return [rootDir]
  if (composite && configDir !== undefined) return [configDir]
  let common = state.requestDir
  while (!isWithin(common, scope.dir)) common = parentOf(common)
  const guesses: (string | null)[] = []
  for (let folder = common; ; folder = parentOf(folder)) {
    guesses.unshift(folder)
    if (folder === '') break
  }
  // TypeScript starts at the file system's root: every folder above the repository comes first, and holds nothing.
  return [null, ...guesses]
}

function inputExtensionsFor(path: string): string[] {
  if (/\.(?:d\.mts|mjs|mts)$/.test(path)) return ['.mts', '.mjs']
  if (/\.(?:d\.cts|cjs|cts)$/.test(path)) return ['.cts', '.cjs']
  if (path.endsWith('.d.json.ts')) return ['.json']
  return ['.tsx', '.ts', '.jsx', '.js']
}

function extensionOk(extensions: ExtensionFlags, ext: string): boolean {
  if (ext === '.json') return !!(extensions & JSON_EXT)
  return /^\.[cm]?tsx?$/.test(ext) ? !!(extensions & TS) : !!(extensions & JS)
}
