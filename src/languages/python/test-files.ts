import { baseName } from '../../core/repo-path.js'

/**
 * Test code by the usual Python layouts: `test_*.py`, `*_test.py`, `tests.py`, `conftest.py`, or any
 * file below a folder named `tests`. A folder named `test` alone does not count: it is often a test
 * framework the product ships (Django's `django/test/`).
 */
export function isPythonTestFile(path: string): boolean {
  const name = baseName(path)
  // A folder named `tests` at any depth, without splitting the path: most files are not tests.
  return /^test_.*\.pyi?$|_test\.pyi?$|^tests\.pyi?$|^conftest\.py$/u.test(name) || path.startsWith('tests/') || path.includes('/tests/')
}
