import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { buildGraph } from '../../src/graph/build-graph.js'
import { makeRepo } from '../helpers/fixture-repo.js'

// Python's test files are the modules its runners collect: checked against Debian's pytest
// (python3-pytest) and unittest's discovery on fixtures where every module holds a test, so a
// module is collected exactly when the runner takes the file for a test module.

const A_TEST = 'import unittest\n\n\nclass T(unittest.TestCase):\n    def test_it(self):\n        pass\n'

const havePytest = (() => {
  try {
    execFileSync('python3', ['-m', 'pytest', '--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/** A repository where each listed module holds a test (`__init__.py` and `conftest.py` none), and other files as given. */
async function repoOf(modules: readonly string[], other: Record<string, string> = {}): Promise<string> {
  const files: Record<string, string> = { ...other }
  for (const path of modules) files[path] = /(?:^|\/)(?:__init__|conftest)\.py$/.test(path) ? '' : A_TEST
  return makeRepo(files)
}

/** The files pytest collects a test from, run in the repository as a user runs it there. */
function pytestFiles(dir: string): string[] {
  const out = execFileSync('python3', ['-m', 'pytest', '--collect-only', '-q', '-p', 'no:cacheprovider', '--import-mode=importlib'], {
    cwd: dir,
    encoding: 'utf8',
  })
  return [...new Set(out.split('\n').flatMap((line) => (line.includes('::') ? [line.slice(0, line.indexOf('::'))] : [])))].sort()
}

/** The files unittest's discovery (Django's runner uses it) loads a test from, from `start` with its default pattern. */
function unittestFiles(dir: string, start: string): string[] {
  const script = [
    'import sys, unittest, os',
    `suite = unittest.defaultTestLoader.discover(${JSON.stringify(start)}, pattern='test*.py', top_level_dir='.')`,
    'def walk(s):',
    '    for t in s:',
    '        yield from (walk(t) if isinstance(t, unittest.TestSuite) else [t])',
    "print('\\n'.join(sorted({os.path.relpath(sys.modules[type(t).__module__].__file__) for t in walk(suite)})))",
  ].join('\n')
  return execFileSync('python3', ['-c', script], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean)
}

async function ourTests(dir: string): Promise<string[]> {
  const graph = await buildGraph(dir)
  return graph.files
    .filter((f) => f.test)
    .map((f) => f.path)
    .sort()
}

const pytestSuite = havePytest ? describe : describe.skip

pytestSuite('Python test files, as pytest and unittest collect them', () => {
  it("without configuration: pytest's defaults and unittest's discovery of the tests folder, not the folder's support modules", async () => {
    const modules = [
      'test_top.py',
      'shop/__init__.py',
      'shop/models.py',
      'shop/views_test.py',
      'shop/tests.py',
      'tests/__init__.py',
      'tests/conftest.py',
      'tests/models.py',
      'tests/urls.py',
      'tests/test_models.py',
      'tests/tests_extra.py',
      'tests/app/__init__.py',
      'tests/app/tests.py',
      'tests/app/admin.py',
    ]
    const dir = await repoOf(modules)
    const pytest = pytestFiles(dir)
    expect(pytest).toEqual(['shop/views_test.py', 'test_top.py', 'tests/test_models.py'])
    const unittest = unittestFiles(dir, 'tests')
    expect(unittest).toEqual(['tests/app/tests.py', 'tests/test_models.py', 'tests/tests_extra.py'])
    // an app's tests.py, as Django's runner discovers it from the project (`manage.py test`)
    expect(unittestFiles(dir, 'shop')).toEqual(['shop/tests.py'])
    expect(await ourTests(dir)).toEqual([...new Set([...pytest, ...unittest, 'shop/tests.py'])].sort())
  })

  it.each([
    ['pytest.ini', '[pytest]\npython_files = check_*.py\n'],
    ['tox.ini', '[tox]\nenvlist = py3\n\n[pytest]\npython_files =\n    check_*.py\n    *_spec.py\n'],
    ['setup.cfg', '[metadata]\nname = shop\n\n[tool:pytest]\npython_files = check_*.py tests/*.py\n'],
    ['pyproject.toml', '[project]\nname = "shop"\n\n[tool.pytest.ini_options]\npython_files = ["check_*.py", "*_spec.py"]\n'],
  ])("by the repository's python_files (%s)", async (name, text) => {
    const modules = [
      'check_a.py',
      'test_a.py',
      'shop/__init__.py',
      'shop/order_spec.py',
      'shop/check_b.py',
      'tests/models.py',
      'tests/test_c.py',
    ]
    const dir = await repoOf(modules, { [name]: text })
    const pytest = pytestFiles(dir)
    expect(pytest).toContain('check_a.py')
    expect(await ourTests(dir)).toEqual(pytest)
  })

  it('takes the configuration pytest reads where a folder has several: pytest.ini before pyproject, tox.ini and setup.cfg', async () => {
    const dir = await repoOf(['check_a.py', 'a_spec.py', 'test_a.py'], {
      'pytest.ini': '[pytest]\npython_files = check_*.py\n',
      'setup.cfg': '[tool:pytest]\npython_files = *_spec.py\n',
      'tox.ini': '[pytest]\npython_files = test_*.py\n',
    })
    const pytest = pytestFiles(dir)
    expect(pytest).toEqual(['check_a.py'])
    expect(await ourTests(dir)).toEqual(pytest)
  })

  it('takes conftest.py and __init__.py for test modules where python_files matches them, as pytest does', async () => {
    const dir = await repoOf(['check_a.py', 'shop/models.py'], {
      'pytest.ini': '[pytest]\npython_files = *.py\n',
      'conftest.py': A_TEST,
      'shop/__init__.py': A_TEST,
      'shop/conftest.py': A_TEST,
    })
    const pytest = pytestFiles(dir)
    expect(pytest).toEqual(['check_a.py', 'conftest.py', 'shop/__init__.py', 'shop/conftest.py', 'shop/models.py'])
    expect(await ourTests(dir)).toEqual(pytest)
  })

  it("reads an ini file's pythonpath as pytest does: split at blanks only, a comma is part of a folder's name", async () => {
    const dir = await repoOf([], {
      'pytest.ini': '[pytest]\npythonpath = a,b\n',
      'a,b/helpers.py': 'VALUE = 1\n',
      'a/helpers.py': 'VALUE = 2\n',
      'test_x.py': 'from helpers import VALUE\n\n\ndef test_it():\n    assert VALUE == 1\n',
    })
    // pytest runs it, and the value is the one of a,b/helpers.py
    execFileSync('python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider'], { cwd: dir, stdio: 'ignore' })
    const graph = await buildGraph(dir)
    expect(graph.edges.filter((e) => e.from === 'test_x.py').map((e) => e.to)).toEqual(['a,b/helpers.py'])
  })

  it('takes an empty pytest.ini for the configuration, as pytest does: its defaults, not the python_files of pyproject beside it', async () => {
    const dir = await repoOf(['check_a.py', 'test_a.py'], {
      'pytest.ini': '',
      'pyproject.toml': '[project]\nname = "shop"\n\n[tool.pytest.ini_options]\npython_files = ["check_*.py"]\n',
    })
    const pytest = pytestFiles(dir)
    expect(pytest).toEqual(['test_a.py'])
    expect(await ourTests(dir)).toEqual(pytest)
  })
})
