import { baseName, dirOf, type RepoPath } from '../../core/repo-path.js'

/**
 * What pytest loads before a test module: every `conftest.py` in its folder and the folders above it,
 * to the root (a `conftest.py` itself gets the ones above it). No import names them, so without these
 * pairs a change to one would reach none of the tests it runs under. `tests`: the test modules, as
 * pythonTestFiles finds them; helpers below `tests/` are not collected: they reach the conftests through
 * the tests that import them.
 */
export function conftestPairs(files: readonly RepoPath[], tests: ReadonlySet<RepoPath>): { from: RepoPath; to: RepoPath }[] {
  const byFolder = new Map<string, RepoPath>()
  for (const file of files) if (baseName(file) === 'conftest.py') byFolder.set(dirOf(file), file)
  const pairs: { from: RepoPath; to: RepoPath }[] = []
  if (!byFolder.size) return pairs
  for (const from of files) {
    if (!tests.has(from) && baseName(from) !== 'conftest.py') continue
    for (let dir = dirOf(from); ; dir = dirOf(dir)) {
      const to = byFolder.get(dir)
      if (to !== undefined && to !== from) pairs.push({ from, to })
      if (dir === '') break
    }
  }
  return pairs
}
