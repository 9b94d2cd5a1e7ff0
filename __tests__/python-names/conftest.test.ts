import { describe, expect, it } from '@jest/globals'
import { analyzeChange } from '../../src/change/analyze-change.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import { conftestPairs } from '../../src/languages/python/conftest.js'
import { pythonTestFiles } from '../../src/languages/python/test-files.js'
import { graphOf } from '../helpers/fixture-repo.js'

// pytest loads every conftest.py from the root down to a test module's folder before the module:
// a `conftest` edge from the module to each of them (issue 17, item 4).
const pairs = (files: string[]) =>
  conftestPairs(files as RepoPath[], new Set(pythonTestFiles(files as RepoPath[], new Map()))).map((p) => `${p.from} -> ${p.to}`)

describe('conftest edges', () => {
  it.each([
    ['a test beside its conftest', ['conftest.py', 'test_a.py'], ['test_a.py -> conftest.py']],
    [
      'every depth up to the root',
      ['conftest.py', 'a/conftest.py', 'a/b/c/test_x.py'],
      ['a/b/c/test_x.py -> a/conftest.py', 'a/b/c/test_x.py -> conftest.py', 'a/conftest.py -> conftest.py'],
    ],
    ['a conftest gets the ones above it, not itself', ['conftest.py', 'a/conftest.py'], ['a/conftest.py -> conftest.py']],
    ['a sibling folder’s conftest does not count', ['a/conftest.py', 'b/test_x.py'], []],
    ['*_test.py is collected too', ['conftest.py', 'x_test.py'], ['x_test.py -> conftest.py']],
    ['helpers and product code are not collected', ['conftest.py', 'tests/helpers.py', 'app.py', 'tests/__init__.py'], []],
    [
      'a test module of the default rule beyond pytest’s own (tests.py) gets them too',
      ['conftest.py', 'tests/tests.py'],
      ['tests/tests.py -> conftest.py'],
    ],
    ['a folder called conftest.py/ is no conftest', ['x/conftest.pyc', 'x/test_a.py'], []],
  ])('%s', (_, files, expected) => {
    expect(pairs(files).sort()).toEqual(expected.sort())
  })

  it('are edges of kind conftest in the graph, and a changed conftest selects the tests below it', async () => {
    const graph = await graphOf({
      'conftest.py': '',
      'app/core.py': '',
      'tests/unit/conftest.py': 'import pytest\n',
      'tests/unit/test_core.py': 'from app import core\n',
      'tests/unit/deep/test_deep.py': '',
      'tests/other/test_other.py': '',
    })
    expect(graph.edges.filter((e) => e.kind === 'conftest').map((e) => `${e.from} -> ${e.to}`)).toEqual([
      'tests/other/test_other.py -> conftest.py',
      'tests/unit/conftest.py -> conftest.py',
      'tests/unit/deep/test_deep.py -> conftest.py',
      'tests/unit/deep/test_deep.py -> tests/unit/conftest.py',
      'tests/unit/test_core.py -> conftest.py',
      'tests/unit/test_core.py -> tests/unit/conftest.py',
    ])
    expect(graph.kinds.find((k) => k.kind === 'conftest')).toMatchObject({ atLoad: true, meaning: expect.stringContaining('conftest.py') })
    const analysis = analyzeChange(graph, [{ path: 'tests/unit/conftest.py', status: 'modified' }])
    expect(analysis.affectedTests).toEqual(['tests/unit/deep/test_deep.py', 'tests/unit/test_core.py'])
    // Not "all tests": the conftest decides only the tests below it.
    expect(analysis.testScope.allBecause).toEqual([])
    // the test modules below it; a conftest.py is configuration, not a test pytest collects
    expect(analyzeChange(graph, [{ path: 'conftest.py', status: 'modified' }]).affectedTests).toEqual([
      'tests/other/test_other.py',
      'tests/unit/deep/test_deep.py',
      'tests/unit/test_core.py',
    ])
  })
})
