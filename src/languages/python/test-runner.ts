import { baseName } from '../../core/repo-path.js'
import type { TestRunner } from '../adapter.js'

/**
 * Files pytest or the packaging reads before any test runs: a change to one can change every test's outcome.
 * (A `conftest.py` is not one: it is joined to the tests below it by `conftest` edges, so it selects exactly those.)
 */
const CONFIGURATION: readonly [RegExp, string][] = [
  [/^(?:pytest\.ini|tox\.ini|setup\.cfg|pyproject\.toml)$/u, "it holds the test runner's and the package's configuration"],
  [/^(?:setup\.py|requirements.*\.(?:txt|in)|Pipfile)$/u, 'it decides what the package installs and so what every test imports'],
]

/** Why a change to `path` touches every Python test, or undefined. */
export function pythonAffectsAllTests(path: string): string | undefined {
  const name = baseName(path)
  return CONFIGURATION.find(([pattern]) => pattern.test(name))?.[1]
}

/** pytest, told exactly these test files (paths from the folder pytest runs in); `--` so no path reads as an option. */
export const PYTEST: TestRunner = { name: 'pytest', args: (tests) => (tests.length ? ['--', ...tests] : []) }
