import { describe, expect, it } from '@jest/globals'
import { importLines, resolveFactsOnly, resolveFiles, resolveFixture, unresolvedLines } from './resolve-fixture.js'
import type { PythonResolution } from '../../src/languages/python/resolve.js'

// One specification per rule of CONTRACTS.md §4 items 1–5, on fixture repositories shaped like the
// layouts that broke the old roots rule (__tests__/fixtures/python-roots/).

describe('a namespace package in a src layout (poetry’s shape)', () => {
  it('every poetry.* import resolves, relative ones inside the namespace package too', async () => {
    const resolution = await resolveFixture('poetry-shape')
    expect(importLines(resolution)).toEqual([
      'src/poetry/config/config.py -> src/poetry/utils/helpers.py (import)',
      // `from poetry.console import commands`, a namespace folder: the __init__ that import runs
      'src/poetry/console/application.py -> src/poetry/console/__init__.py (import)',
      'src/poetry/console/application.py -> src/poetry/factory.py (import)',
      'src/poetry/console/commands/build.py -> src/poetry/factory.py (import)',
      'src/poetry/factory.py -> src/poetry/config/config.py (import)',
      'src/poetry/factory.py -> src/poetry/console/application.py (import)',
      'src/poetry/utils/env.py -> src/poetry/config/config.py (import)',
      'src/poetry/utils/helpers.py -> src/poetry/utils/env.py (import)',
      'tests/conftest.py -> src/poetry/factory.py (import)',
      'tests/conftest.py -> tests/helpers.py (import)',
      'tests/helpers.py -> src/poetry/utils/helpers.py (import)',
      'tests/vcs/git/git_fixture.py -> src/poetry/config/config.py (import)',
      'tests/vcs/git/test_git.py -> src/poetry/console/commands/build.py (import)',
      'tests/vcs/git/test_git.py -> tests/vcs/git/git_fixture.py (import)',
    ])
  })

  it('a fixture project under tests/ adds no roots: its build.py and yaml.py stay third party, not local; a missing module is local', async () => {
    const resolution = await resolveFixture('poetry-shape')
    expect(unresolvedLines(resolution)).toEqual([
      'src/poetry/config/config.py:1 os',
      'src/poetry/console/commands/build.py:1 build',
      'src/poetry/console/commands/build.py:2 yaml',
      'src/poetry/factory.py:1 __future__',
      'src/poetry/factory.py:3 logging',
      'tests/conftest.py:1 pytest',
      'tests/vcs/git/test_git.py:3 poetry.console.nothing (local)',
      // below a namespace package the rest may be another distribution's portion (poetry-core's)
      'tests/vcs/git/test_git.py:4 poetry.core.packages',
    ])
    const fixture = resolution.layout.projects.find((p) => p.dir === 'tests/fixtures/extended_project')
    expect(fixture?.fixture).toBe('below a tests/ folder')
    expect(resolution.layout.roots.map((r) => `${r.dir} (${r.why})`)).toEqual(['src (src/ layout (no roots declared))'])
  })
})

describe('a monorepo of projects, each with src/ (airflow’s shape)', () => {
  it('`import logging` stays the standard library’s, though a project has a top-level logging package', async () => {
    const resolution = await resolveFixture('airflow-shape')
    const logging = resolution.unresolved.filter((u) => u.specifier.split('.')[0] === 'logging')
    expect(logging.map((u) => `${u.from}:${u.line}`)).toEqual([
      'airflow-core/src/airflow/__init__.py:1',
      'airflow-core/src/airflow/models/dag.py:1',
      'airflow-core/src/airflow/models/dag.py:2',
      'airflow-core/src/airflow/utils/log.py:1',
      'airflow-core/tests/unit/models/test_dag.py:1',
      'dev/logging-tools/src/logging_tools/cli.py:1',
      'providers/standard/src/airflow/providers/standard/hooks/base.py:1',
      'shared/logging/src/airflow_shared/logging/__init__.py:1',
      'shared/logging/src/airflow_shared/logging/configure.py:1',
    ])
    expect(logging.some((u) => u.looksLocal)).toBe(false)
    expect(resolution.edges.some((e) => e.to.startsWith('dev/logging-tools/src/logging/'))).toBe(false)
  })

  it('every project’s roots are on every path; an extend_path package merges with its namesakes', async () => {
    const resolution = await resolveFixture('airflow-shape')
    expect(importLines(resolution)).toEqual([
      'airflow-core/src/airflow/models/dag.py -> airflow-core/src/airflow/utils/log.py (import)',
      'airflow-core/src/airflow/models/dag.py -> shared/logging/src/airflow_shared/logging/configure.py (import)',
      'airflow-core/src/airflow/utils/log.py -> providers/standard/src/airflow/providers/standard/hooks/base.py (import)',
      'airflow-core/tests/unit/models/test_dag.py -> airflow-core/src/airflow/models/dag.py (import)',
      'airflow-core/tests/unit/models/test_dag.py -> airflow-core/tests/unit/models/helpers.py (import)',
      'providers/standard/src/airflow/providers/standard/hooks/base.py -> airflow-core/src/airflow/models/dag.py (import)',
      'shared/logging/src/airflow_shared/logging/__init__.py -> shared/logging/src/airflow_shared/logging/configure.py (import)',
    ])
    expect(resolution.layout.roots.map((r) => `${r.dir} (${r.why})`)).toEqual([
      ' (flat layout (no roots declared): regular packages)',
      'airflow-core/src (tool.hatch.build.targets.wheel.packages)',
      'dev/logging-tools/src (src/ layout (no roots declared))',
      'providers/standard/src (flit module airflow.providers.standard)',
      'shared/logging/src (tool.hatch.build.targets.wheel.packages)',
    ])
  })

  it('without extend_path, a regular package hides its namesakes’ subpackages (CPython’s order), and that is said', async () => {
    const resolution = await resolveFiles({
      'a/pyproject.toml': '[project]\nname = "a"\n',
      'a/src/ns/__init__.py': '',
      'a/src/ns/core.py': 'from ns.extra import thing\n',
      'b/pyproject.toml': '[project]\nname = "b"\n',
      'b/src/ns/extra/__init__.py': '',
    })
    expect(importLines(resolution)).toEqual([])
    expect(unresolvedLines(resolution)).toEqual(['a/src/ns/core.py:1 ns.extra (local)'])
  })
})

describe('an extend_path package after a namespace portion of its name (extend-path-order)', () => {
  it('its own folder comes first in its __path__, the portions before it after: its own x.py wins', async () => {
    const resolution = await resolveFixture('extend-path-order')
    expect(importLines(resolution)).toEqual([
      'z/src/zapp/other.py -> a/src/ns/only_a.py (import)',
      'z/src/zapp/user.py -> b/src/ns/x.py (import)',
    ])
  })

  it('a module of a folder it gathers runs that __init__ first: its package edge', async () => {
    const resolution = await resolveFixture('extend-path-order')
    expect(resolution.edges.filter((e) => e.kind === 'package').map((e) => `${e.from} -> ${e.to}`)).toEqual([
      'a/src/ns/only_a.py -> b/src/ns/__init__.py',
      'a/src/ns/x.py -> b/src/ns/__init__.py',
      'b/src/ns/x.py -> b/src/ns/__init__.py',
      'z/src/zapp/other.py -> z/src/zapp/__init__.py',
      'z/src/zapp/user.py -> z/src/zapp/__init__.py',
    ])
  })
})

describe('test folders', () => {
  it('with and without __init__.py: basedirs, conftest basedirs, and the folder pytest runs in', async () => {
    const resolution = await resolveFixture('tests-init')
    expect(importLines(resolution)).toEqual([
      'itests/test_api.py -> itests/fakes.py (import)',
      'tests/unit/helpers.py -> src/app/core.py (import)',
      'tests/unit/test_core.py -> src/app/core.py (import)',
      'tests/unit/test_core.py -> tests/unit/helpers.py (import)',
    ])
    // `import fakes` in a package's test module: the basedir is the root, which has no fakes.py.
    expect(unresolvedLines(resolution)).toEqual(['itests/test_api.py:3 fakes', 'src/app/core.py:1 json'])
  })

  it('a file that is not a test does not see the conftest basedirs', async () => {
    const resolution = await resolveFiles({
      'conftest.py': '',
      'tests/test_x.py': 'import tests.tools\n',
      'tests/tools.py': '',
      'tools/run.py': 'import tests.tools\n',
    })
    expect(importLines(resolution)).toEqual(['tests/test_x.py -> tests/tools.py (import)'])
    expect(unresolvedLines(resolution)).toEqual(['tools/run.py:1 tests.tools'])
  })
})

describe('packaging metadata', () => {
  it('a literal setup.py: package_dir through a module-level name and os.path.join; find_packages takes regular packages only', async () => {
    const resolution = await resolveFixture('setup-py-layout')
    expect(importLines(resolution)).toEqual([
      'lib/python/tool/cli.py -> lib/python/tool/core.py (import)',
      'tests/test_cli.py -> lib/python/tool/cli.py (import)',
    ])
    expect(unresolvedLines(resolution)).toEqual(['lib/python/tool/cli.py:2 nsdir.x', 'setup.py:1 os', 'setup.py:2 setuptools'])
    expect(resolution.layout.roots.map((r) => `${r.dir} (${r.why})`)).toEqual(['lib/python (setup.py packages=find_packages())'])
  })

  it('pytest’s pythonpath is on a test file’s path, not on the package’s', async () => {
    const resolution = await resolveFixture('pytest-pythonpath')
    expect(importLines(resolution)).toEqual([
      'testing/support/fakes.py -> src/mylib/api.py (import)',
      'tests/test_api.py -> src/mylib/api.py (import)',
      'tests/test_api.py -> testing/support/fakes.py (import)',
    ])
    expect(unresolvedLines(resolution)).toEqual(['src/mylib/__init__.py:1 fakes (local)'])
  })

  it('setup.cfg: package_dir and find: with where, read as configparser reads them', async () => {
    const resolution = await resolveFiles({
      'setup.cfg':
        '[metadata]\nname = lib\n\n[options]\npackage_dir =\n    = code\npackages = find:\n\n[options.packages.find]\nwhere = code\n',
      'code/lib/__init__.py': '',
      'code/lib/a.py': 'from lib import b\n',
      'code/lib/b.py': '',
    })
    expect(importLines(resolution)).toEqual(['code/lib/a.py -> code/lib/b.py (import)'])
    expect(resolution.layout.roots.map((r) => `${r.dir} (${r.why})`)).toEqual(['code (setup.cfg packages = find:)'])
  })

  it('pyproject.toml: setuptools package-dir, poetry packages from, hatch sources; a broken file is said', async () => {
    const roots = async (pyproject: string) =>
      (await resolveFiles({ 'pyproject.toml': pyproject, 'x/pkg/__init__.py': '' })).layout.projects[0]!
    expect((await roots('[project]\nname="p"\n[tool.setuptools]\npackage-dir = {"" = "x"}\n')).roots.map((r) => r.dir)).toEqual(['x'])
    expect((await roots('[tool.poetry]\npackages = [{ include = "pkg", from = "x" }]\n')).roots.map((r) => r.dir)).toEqual(['x'])
    expect((await roots('[project]\nname="p"\n[tool.hatch.build.targets.wheel.sources]\n"x" = ""\n')).roots.map((r) => r.dir)).toEqual([
      'x',
    ])
    const broken = await roots('[project\nname=')
    expect(broken.problems[0]).toMatch(/^pyproject.toml is not valid TOML \(line 1\)/)
    expect(broken.roots.map((r) => r.dir)).toEqual([''])
  })
})

describe('namespace packages inside regular ones, scripts and their sys.path edits', () => {
  it('a namespace subpackage inside a regular package: absolute and relative imports resolve in it', async () => {
    const resolution = await resolveFixture('namespace-sub')
    expect(importLines(resolution).filter((line) => !line.startsWith('pkg/ns_') && !line.startsWith('app.py'))).toEqual([
      'pkg/sub/ns/mod.py -> pkg/sub/helpers.py (import)',
      'pkg/sub/ns/other.py -> pkg/sub/ns/mod.py (import)',
      'pkg/user.py -> pkg/sub/ns/mod.py (import)',
      'pkg/user.py -> pkg/sub/ns/other.py (import)',
    ])
  })

  it('importing a namespace package itself depends on the last __init__ that import runs (it has no file of its own)', async () => {
    const resolution = await resolveFixture('namespace-sub')
    expect(importLines(resolution).filter((line) => line.startsWith('pkg/ns_') || line.startsWith('app.py'))).toEqual([
      'app.py -> pkg/sub/__init__.py (import)', // `import pkg.sub.ns` and `from pkg.sub import ns`
      'pkg/ns_deep_from.py -> pkg/sub/__init__.py (import)', // `from pkg.sub.ns import inner`: pkg/sub/ns/inner has no __init__ either
      'pkg/ns_deep_import.py -> pkg/sub/__init__.py (import)', // `import pkg.sub.ns.inner`
      'pkg/ns_from.py -> pkg/sub/__init__.py (import)',
      'pkg/ns_import.py -> pkg/sub/__init__.py (import)',
      'pkg/ns_relative.py -> pkg/sub/__init__.py (import)', // `from .sub import ns`
      'pkg/ns_star.py -> pkg/sub/__init__.py (import)', // `from pkg.sub.ns import *` takes no submodule
    ])
    // A name that is no submodule of a namespace package is not there (CPython: ImportError).
    expect(unresolvedLines(resolution)).toEqual(['pkg/ns_name.py:1 pkg.sub.ns.nothing_here (local)'])
  })

  it('a namespace package split across projects: a relative import looks in every portion, as the package’s __path__ does', async () => {
    const resolution = await resolveFixture('namespace-portions')
    expect(importLines(resolution)).toEqual([
      'p1/src/ns/a.py -> p2/src/ns/b.py (import)',
      'p1/src/ns/a_module.py -> p2/src/ns/b.py (import)',
      'p1/src/ns/sub/deep.py -> p2/src/ns/b.py (import)',
      'p3/src/app/main.py -> p2/src/ns/b.py (import)',
    ])
    expect(resolution.unresolved).toEqual([])
  })

  it('a module of a namespace subpackage depends on the nearest package Python runs first, never above its root', async () => {
    const packageEdges = (r: PythonResolution) => r.edges.filter((e) => e.kind === 'package').map((e) => `${e.from} -> ${e.to}`)
    expect(packageEdges(await resolveFixture('namespace-sub')).filter((edge) => !edge.startsWith('pkg/ns_'))).toEqual([
      'pkg/sub/__init__.py -> pkg/__init__.py',
      'pkg/sub/helpers.py -> pkg/sub/__init__.py',
      'pkg/sub/ns/inner/leaf.py -> pkg/sub/__init__.py',
      'pkg/sub/ns/mod.py -> pkg/sub/__init__.py',
      'pkg/sub/ns/other.py -> pkg/sub/__init__.py',
      'pkg/user.py -> pkg/__init__.py',
    ])
    // An __init__ below a namespace level too; and a root that is itself a package's folder adds nothing above the root.
    const nested = await resolveFiles({
      'pyproject.toml': '[project]\nname = "app"\n[tool.setuptools.packages.find]\nwhere = ["lib"]\nnamespaces = true\n',
      'lib/__init__.py': '',
      'lib/app/__init__.py': '',
      'lib/app/ns/inner/__init__.py': '',
      'lib/app/ns/inner/core.py': '',
      'lib/top/mod.py': '',
    })
    expect(packageEdges(nested)).toEqual([
      'lib/app/ns/inner/__init__.py -> lib/app/__init__.py',
      'lib/app/ns/inner/core.py -> lib/app/ns/inner/__init__.py',
    ])
  })

  it('a script appending its sibling folder to sys.path, from __file__ by os.path or pathlib', async () => {
    const resolution = await resolveFixture('sys-path-script')
    expect(importLines(resolution)).toEqual([
      'scripts/run.py -> lib/tool.py (import)',
      'scripts/run.py -> scripts/helper.py (import)',
      'tools/gen.py -> lib/tool.py (import)',
    ])
    expect(unresolvedLines(resolution).filter((u) => u.split(' ')[1] === 'tool')).toEqual(['tools/other.py:1 tool (local)'])
  })

  it('a script’s own folder is first: a sibling shadows the standard library there, nowhere else', async () => {
    const resolution = await resolveFiles({
      'scripts/__init__.py': '',
      'scripts/cli.py': '#!/usr/bin/env python\nimport json\n',
      'scripts/json.py': '',
      'scripts/other.py': 'import json\n',
    })
    expect(importLines(resolution)).toEqual(['scripts/cli.py -> scripts/json.py (import)'])
    expect(unresolvedLines(resolution)).toEqual(['scripts/other.py:1 json'])
  })

  it('a module of an installed package runs with `python -m`: its `if __name__ == "__main__"` does not put its folder first', async () => {
    // poetry's src/poetry/__main__.py beside src/poetry/poetry.py
    const resolution = await resolveFiles({
      'pyproject.toml': '[project]\nname = "pkg"\n',
      'src/pkg/__main__.py': 'if __name__ == "__main__":\n    from pkg.core import main\n',
      'src/pkg/core.py': '',
      'src/pkg/pkg.py': '',
    })
    expect(importLines(resolution)).toEqual(['src/pkg/__main__.py -> src/pkg/core.py (import)'])
  })
})

describe('stubs', () => {
  it('what a .pyi stub imports is kind `type`: a stub never runs', async () => {
    const resolution = await resolveFiles({ 'p/__init__.py': '', 'p/fast.pyi': 'from p import util\n', 'p/util.py': '' })
    expect(importLines(resolution)).toEqual(['p/fast.pyi -> p/util.py (type)'])
  })

  it('a module found as its source, not its stub, when resolution is given both (no selection before it)', async () => {
    // The stub comes after its source in code-point order, so "the later one wins" would take it.
    const resolution = await resolveFactsOnly({
      'main.py': 'import p.a\nfrom p import b\nimport p\n',
      'p/__init__.py': '',
      'p/__init__.pyi': '',
      'p/a.py': '',
      'p/a.pyi': '',
      'p/b.py': '',
      'p/b.pyi': '',
    })
    expect(importLines(resolution)).toEqual([
      'main.py -> p/__init__.py (import)',
      'main.py -> p/a.py (import)',
      'main.py -> p/b.py (import)',
    ])
  })
})

describe('the way out, and what the user sees', () => {
  it('`python-paths` in .blast-radius.yml puts folders on every file’s path; a bad entry is said', async () => {
    const resolution = await resolveFiles({
      '.blast-radius.yml': 'python-paths:\n  - vendor/lib\n  - ../outside\n',
      'vendor/lib/helper.py': '',
      'app/main.py': 'import helper\n',
    })
    expect(importLines(resolution)).toEqual(['app/main.py -> vendor/lib/helper.py (import)'])
    expect(resolution.layout.extra.sources.flatMap((s) => s.problems)).toEqual([
      '.blast-radius.yml: python-paths entry ../outside is not a folder inside the repository: left out',
    ])
  })

  it('`python-paths` given to the run (CLI option, action input) come after the file’s; a folder with no file is said', async () => {
    const files = {
      '.blast-radius.yml': 'python-paths: first\n',
      'first/helper.py': '',
      'second/helper.py': '',
      'second/other.py': '',
      'app/main.py': 'import helper\nimport other\n',
    }
    const given = { 'python-paths': { values: ['second', 'nowhere', '../up'], from: '--python-paths' } }
    const resolution = await resolveFiles(files, given)
    expect(importLines(resolution)).toEqual(['app/main.py -> first/helper.py (import)', 'app/main.py -> second/other.py (import)'])
    expect(resolution.roots!.filter((p) => p.roots.some((r) => r.why === 'python-paths') || p.problems.length)).toEqual([
      { language: 'python', project: '', files: ['.blast-radius.yml'], roots: [{ dir: 'first', why: 'python-paths' }], problems: [] },
      {
        language: 'python',
        project: '',
        files: ['--python-paths'],
        roots: [{ dir: 'second', why: 'python-paths' }],
        problems: [
          '--python-paths: python-paths entry nowhere holds no file of the repository: left out',
          '--python-paths: python-paths entry ../up is not a folder inside the repository: left out',
        ],
      },
    ])
    // Without them, `other` is third party.
    expect(importLines(await resolveFiles(files))).toEqual(['app/main.py -> first/helper.py (import)'])
  })
})

describe('installed packages in the repository', () => {
  it('a folder holding *.dist-info folders is a site-packages entry of its project, not of a fixture', async () => {
    const resolution = await resolveFiles({
      'pyproject.toml': '[project]\nname = "app"\n',
      'app/__init__.py': 'import six\nfrom attr import define\n',
      'vendor/six.py': '',
      'vendor/six-1.16.0.dist-info/METADATA': '',
      'vendor/attr/__init__.py': '',
      'vendor/attrs-23.1.0.dist-info/RECORD': '',
      'tests/fixtures/env/lib/yaml/__init__.py': '',
      'tests/fixtures/env/lib/PyYAML-6.0.dist-info/METADATA': '',
      'tests/fixtures/env/pyproject.toml': '[project]\nname = "env"\n',
    })
    expect(importLines(resolution)).toEqual([
      'app/__init__.py -> vendor/attr/__init__.py (import)',
      'app/__init__.py -> vendor/six.py (import)',
    ])
    expect(resolution.layout.roots.map((r) => `${r.dir} (${r.why})`)).toEqual([
      ' (flat layout (no roots declared): regular packages)',
      'vendor (site-packages (holds attrs-23.1.0.dist-info))',
    ])
  })
})

describe('conftest.py edits', () => {
  it('a conftest’s sys.path edit holds for the tests below it, not for other code', async () => {
    const resolution = await resolveFiles({
      'tests/conftest.py': 'import os, sys\nsys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))\n',
      'tests/unit/test_a.py': 'import fixtures_lib\n',
      'support/fixtures_lib.py': '',
      'app/run.py': 'import fixtures_lib\n',
    })
    expect(importLines(resolution)).toEqual(['tests/unit/test_a.py -> support/fixtures_lib.py (import)'])
    expect(unresolvedLines(resolution)).toEqual(['app/run.py:1 fixtures_lib (local)', 'tests/conftest.py:1 os', 'tests/conftest.py:1 sys'])
  })
})
