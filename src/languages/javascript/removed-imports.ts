import type { Unresolved } from '../../core/model.js'
import { byCodePoint, dirOf, type RepoPath } from '../../core/repo-path.js'
import { isJsGraphFile } from './files.js'

/** What TypeScript tries for a specifier without a known extension, files then folders (§5: never `.mjs`/`.cjs`). */
const PROBES = ['.ts', '.tsx', '.d.ts', '.js', '.jsx']
/** A JavaScript extension written in a specifier also finds the TypeScript sources it is emitted from. */
const SOURCES_OF: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.d.ts'],
  '.jsx': ['.tsx', '.d.ts'],
  '.mjs': ['.mts', '.d.mts'],
  '.cjs': ['.cts', '.d.cts'],
}

/**
 * For each removed JavaScript/TypeScript file, the unresolved references that name it by a relative
 * specifier (`./x`, `../x/y.js`, `.`) from their own file's folder: the path itself, the path with one
 * of TypeScript's probed extensions or folder `index` files, or a `.js`-family name for its TypeScript
 * source. A deliberate simplification of resolution: `paths` aliases, package names and
 * `package.json` fields are not followed here, so such a reference to a removed file is not listed.
 */
export function importsNamingRemoved(removed: readonly RepoPath[], references: readonly Unresolved[]): Map<RepoPath, Unresolved[]> {
  const result = new Map<string, Unresolved[]>(removed.filter(isJsGraphFile).map((path) => [path, []]))
  for (const reference of references) {
    const target = relativeTarget(reference.from, reference.specifier)
    if (target === undefined) continue
    for (const candidate of new Set(candidatesOf(target))) result.get(candidate)?.push(reference)
  }
  for (const list of result.values()) list.sort((a, b) => byCodePoint(a.from, b.from) || a.line - b.line)
  return result as Map<RepoPath, Unresolved[]>
}

/** The repository path a relative specifier points at from a file, or undefined (not relative, or above the root). */
function relativeTarget(from: RepoPath, specifier: string): string | undefined {
  if (!/^\.\.?(?:\/|$)/.test(specifier)) return undefined
  const parts = dirOf(from) ? dirOf(from).split('/') : []
  for (const part of specifier.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (!parts.length) return undefined
      parts.pop()
    } else parts.push(part)
  }
  return parts.join('/')
}

function candidatesOf(target: string): string[] {
  const candidates = [target]
  for (const probe of PROBES) candidates.push(target + probe, `${target ? target + '/' : ''}index${probe}`)
  const extension = /\.[cm]?jsx?$/.exec(target)?.[0]
  if (extension) for (const source of SOURCES_OF[extension]!) candidates.push(target.slice(0, -extension.length) + source)
  return candidates
}
