import picomatch from 'picomatch'
import { baseName, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { PytestConfig } from './layout.js'

/**
 * Test code for Python's path, by the usual layouts: `test_*.py`, `*_test.py`, `tests.py`, `conftest.py`, or any
 * file below a folder named `tests` (what pytest imports with its rootdir on the path: support modules too).
 * A folder named `test` alone does not count: it is often a test framework the product ships (Django's `django/test/`).
 */
export function isPythonTestFile(path: string): boolean {
  const name = baseName(path)
  return /^test_.*\.pyi?$|_test\.pyi?$|^tests\.pyi?$|^conftest\.py$/u.test(name) || belowTestsFolder(path)
}

/** Below a folder named `tests` at any depth, without splitting the path: most files are not tests. */
function belowTestsFolder(path: string): boolean {
  return path.startsWith('tests/') || path.includes('/tests/')
}

/**
 * Without a `python_files` of the repository's: pytest's default (`test_*.py`, `*_test.py`), and what
 * Django's and unittest's discovery (`test*.py`) collects as it is usually run, from a `tests` folder
 * (`python -m unittest discover -s tests`, Django's own runtests.py), or an app's `tests.py`. A folder's
 * other modules (`models.py`, `urls.py` under `tests/`) are support code no runner collects.
 */
const DEFAULT_TESTS = /^(?:test_.*|.*_test|tests)\.py$/u
const IN_TESTS_FOLDER = /^test.*\.py$/u

/**
 * The test modules among `files`, as their test runner collects them: by the `python_files` of the
 * pytest configuration nearest above each file where it sets them (matched as pytest does: a pattern
 * without `/` against the file's name, one with `/` against the end of its path), else by the default
 * above. By the default `conftest.py` and `__init__.py` never are (no default pattern matches them);
 * a repository's patterns take them where they match, as pytest does (`python_files = *.py`).
 */
export function pythonTestFiles(files: readonly RepoPath[], pytest: ReadonlyMap<string, PytestConfig>): RepoPath[] {
  const matchers = new Map<PytestConfig, (path: string, name: string) => boolean>()
  const matcherOf = (config: PytestConfig) => {
    let match = matchers.get(config)
    if (!match) {
      // fnmatch, as pytest's fnmatch_ex: `*` crosses `/`, and a pattern with a `/` matches the path's end.
      const byName = picomatch(
        config.files!.filter((p) => !p.includes('/')),
        { bash: true, dot: true },
      )
      const byPath = picomatch(
        config.files!.filter((p) => p.includes('/')).map((p) => `*/${p}`),
        { bash: true, dot: true },
      )
      matchers.set(config, (match = (path, name) => byName(name) || byPath(`/${path}`)))
    }
    return match
  }
  return files.filter((path) => {
    const name = baseName(path)
    if (!name.endsWith('.py')) return false
    const config = nearest(pytest, path)
    // pytest collects any module its python_files match, conftest.py and __init__.py too (`*.py`).
    if (config?.files) return matcherOf(config)(path, name)
    if (name === 'conftest.py' || name === '__init__.py') return false
    return DEFAULT_TESTS.test(name) || (IN_TESTS_FOLDER.test(name) && belowTestsFolder(path))
  })
}

/** The pytest configuration of the nearest folder at or above the file's. */
function nearest(pytest: ReadonlyMap<string, PytestConfig>, path: RepoPath): PytestConfig | undefined {
  if (!pytest.size) return undefined
  for (let dir: string = dirOf(path); ; dir = dirOf(dir)) {
    const config = pytest.get(dir)
    if (config || dir === '') return config
  }
}
