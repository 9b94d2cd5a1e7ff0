import type { ChangedFile } from '../core/model.js'
import { baseName, byCodePoint, toRepoPath, type RepoPath } from '../core/repo-path.js'
import type { LanguageAdapter } from '../languages/adapter.js'

/** What the change says about the tests to run, before the report weighs what it could not see. */
export interface TestScope {
  /** Why every test must run (changed files that decide how all tests run); empty when the affected list is enough. */
  readonly allBecause: readonly string[]
  /** For each language with a runner, the command line that runs its tests of those to run. */
  readonly runners: readonly {
    readonly language: string
    readonly name: string
    readonly args: readonly string[]
    /** How many of the tests to run are this language's, which `args` runs. */
    readonly tests: number
  }[]
}

/**
 * Lock files of any ecosystem, by the names package managers give them: a dependency changed under
 * every test. Each language's own configuration files are its adapter's (`affectsAllTests`).
 */
const LOCK_FILE = /\.lock$|\.lockb$|-lock\.(?:json|ya?ml)$|^lockfile$/u

export function testScope(
  changes: readonly ChangedFile[],
  tests: readonly RepoPath[],
  languages: readonly LanguageAdapter[],
  declaredEverything: readonly string[] = [],
): TestScope {
  const because = new Set<string>(declaredEverything)
  for (const change of changes) {
    for (const raw of change.previousPath === undefined ? [change.path] : [change.path, change.previousPath]) {
      let path: RepoPath
      try {
        path = toRepoPath(raw)
      } catch {
        continue
      }
      if (LOCK_FILE.test(baseName(path))) because.add(`${path} changed: a lock file decides what every test runs against`)
      for (const adapter of languages) {
        const why = adapter.affectsAllTests?.(path)
        if (why !== undefined) because.add(`${path} changed: ${why}`)
      }
    }
  }
  const runners = languages.flatMap((adapter) => {
    const mine = adapter.select(tests.map((path) => ({ path }))).map((f) => f.path)
    const runner = mine.length ? adapter.testRunner : undefined
    return runner ? [{ language: adapter.id, name: runner.name, args: runner.args(mine), tests: mine.length }] : []
  })
  return { allBecause: [...because].sort(byCodePoint), runners }
}
