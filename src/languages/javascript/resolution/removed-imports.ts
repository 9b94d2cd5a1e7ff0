import type { Unresolved } from '../../../core/model.js'
import { byCodePoint, type RepoPath } from '../../../core/repo-path.js'
import { isRelativeName, joinPath, parentOf } from './paths.js'

/** What an extensionless name may stand for, in TypeScript's order: TypeScript, declarations, JavaScript. */
const ADDED = ['.ts', '.tsx', '.d.ts', '.js', '.jsx']
/** A JavaScript extension written for a TypeScript source (`./x.js` naming `x.ts`). */
const WRITTEN_FOR: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.d.ts'],
  '.jsx': ['.tsx', '.ts', '.d.ts'],
  '.mjs': ['.mts', '.d.mts'],
  '.cjs': ['.cts', '.d.cts'],
}

/**
 * For each removed JavaScript/TypeScript file, the unresolved relative imports (and `/// <reference
 * path>`s) that would reach it if it were still there: the names TypeScript probes for `./x` (the file,
 * its extensions, `.js` written for `.ts`, the folder's index). The references found nothing, so no
 * other file stands before the removed one. Only relative names: what a bare name reaches depends on
 * configs and package.json files that the adapter's `importsNaming` is not given.
 */
export function importsNamingRemoved(removed: readonly RepoPath[], references: readonly Unresolved[]): Map<RepoPath, Unresolved[]> {
  const byCandidate = new Map<string, Unresolved[]>()
  for (const reference of references) {
    if (!isRelativeName(reference.specifier)) continue
    const base = joinPath(parentOf(reference.from), reference.specifier)
    if (base === undefined) continue
    for (const candidate of candidatesFor(base)) {
      const list = byCandidate.get(candidate)
      if (list) list.push(reference)
      else byCandidate.set(candidate, [reference])
    }
  }
  const result = new Map<RepoPath, Unresolved[]>()
  for (const path of removed) {
    const found = byCandidate.get(path)
    if (found)
      result.set(
        path,
        [...new Set(found)].sort((a, b) => byCodePoint(a.from, b.from) || a.line - b.line),
      )
  }
  return result
}

function candidatesFor(base: string): string[] {
  const candidates = [base, ...ADDED.map((ext) => base + ext), ...ADDED.map((ext) => `${base}/index${ext}`)]
  const written = /\.[cm]?jsx?$/.exec(base)?.[0]
  if (written) candidates.push(...WRITTEN_FOR[written]!.map((ext) => base.slice(0, -written.length) + ext))
  return candidates
}
