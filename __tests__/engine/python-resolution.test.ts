import { describe, expect, it } from '@jest/globals'
import { analyzeChange } from '../../src/change/analyze-change.js'
import { edgeLines, graphOf, importEdges } from '../helpers/fixture-repo.js'

// One specification per rule of CONTRACTS.md §4, each on a repository written for it.

describe('relative imports', () => {
  it('resolve at each level from the file’s own package', async () => {
    const graph = await graphOf({
      'a/__init__.py': '',
      'a/x.py': '',
      'a/b/__init__.py': '',
      'a/b/y.py': '',
      'a/b/c/__init__.py': '',
      'a/b/c/m.py': 'from . import z\nfrom .. import y\nfrom ... import x\nfrom ..y import thing\n',
      'a/b/c/z.py': '',
    })
    expect(importEdges(graph)).toEqual([
      'a/b/c/m.py -> a/b/c/z.py (import)',
      'a/b/c/m.py -> a/b/y.py (import)',
      'a/b/c/m.py -> a/x.py (import)',
    ])
  })

  it('start from the package itself in an __init__.py', async () => {
    const graph = await graphOf({ 'p/__init__.py': 'from .core import run\nfrom . import util\n', 'p/core.py': '', 'p/util.py': '' })
    expect(importEdges(graph)).toEqual(['p/__init__.py -> p/core.py (import)', 'p/__init__.py -> p/util.py (import)'])
  })

  it('`from . import name` falls back to the package when the name is not a module', async () => {
    const graph = await graphOf({ 'p/__init__.py': 'VERSION = 1', 'p/m.py': 'from . import VERSION\n' })
    expect(edgeLines(graph)).toEqual(['p/m.py -> p/__init__.py (import)'])
  })

  it('resolve to nothing when they climb above the top-level package, or the file has no package', async () => {
    const graph = await graphOf({
      'p/__init__.py': '',
      'p/m.py': 'from .. import other\nfrom ...far import x\n',
      'top.py': 'from . import p\nfrom .p import m\n',
      'other.py': '',
    })
    expect(importEdges(graph)).toEqual([])
    expect(graph.unresolved.map((u) => `${u.from}:${u.line} ${u.specifier}`)).toEqual([
      'p/m.py:1 ..other', // as written, with the imported name where there is no module
      'p/m.py:2 ...far',
      'top.py:1 .p',
      'top.py:2 .p',
    ])
  })
})

describe('absolute imports', () => {
  it('`import a.b.c` depends on a.b.c, or on a.b when no file provides a.b.c', async () => {
    const graph = await graphOf({
      'a/__init__.py': '',
      'a/b/__init__.py': 'c = 1',
      'a/b/real.py': '',
      'm.py': 'import a.b.real\nimport a.b.c\nimport a.nothing.deep\n',
    })
    expect(importEdges(graph)).toEqual(['m.py -> a/b/__init__.py (import)', 'm.py -> a/b/real.py (import)'])
    expect(graph.unresolved.map((u) => u.specifier)).toEqual(['a.nothing.deep'])
  })

  it('`from X import n` depends on the submodule X.n when there is one, else on X', async () => {
    const graph = await graphOf({
      'pkg/__init__.py': '',
      'pkg/sub.py': '',
      'pkg/mod.py': 'def helper(): pass',
      'user.py': 'from pkg import sub, attribute\nfrom pkg.mod import helper\n',
    })
    expect(importEdges(graph)).toEqual([
      'user.py -> pkg/__init__.py (import)',
      'user.py -> pkg/mod.py (import)',
      'user.py -> pkg/sub.py (import)',
    ])
  })

  it('a star import depends on its module only', async () => {
    const graph = await graphOf({ 'pkg/__init__.py': '', 'pkg/sub.py': '', 'user.py': 'from pkg import *\n' })
    expect(importEdges(graph)).toEqual(['user.py -> pkg/__init__.py (import)'])
  })

  it('a package (a/__init__.py) wins over a module (a.py) in the same root', async () => {
    const graph = await graphOf({ 'a/__init__.py': '', 'a.py': '', 'm.py': 'import a\n' })
    expect(importEdges(graph)).toEqual(['m.py -> a/__init__.py (import)'])
  })

  it('names outside the repository land in unresolved with their line', async () => {
    const graph = await graphOf({ 'm.py': 'import os\n\nfrom collections import abc\nimport numpy as np\n' })
    expect(graph.edges).toEqual([])
    expect(graph.unresolved).toEqual([
      { from: 'm.py', specifier: 'os', line: 1 },
      { from: 'm.py', specifier: 'collections', line: 3 },
      { from: 'm.py', specifier: 'numpy', line: 4 },
    ])
  })

  it('`import a . b` (spaces around the dot) is the name a.b', async () => {
    const graph = await graphOf({ 'a/__init__.py': '', 'a/b.py': '', 'm.py': 'import a . b\n' })
    expect(importEdges(graph)).toEqual(['m.py -> a/b.py (import)'])
  })
})

describe('edge kinds', () => {
  it('module level (try, if, with, class bodies) is `import`; a function body is `lazy`', async () => {
    const graph = await graphOf({
      'a.py': '',
      'b.py': '',
      'c.py': '',
      'd.py': '',
      'e.py': '',
      'f.py': '',
      'm.py': [
        'try:',
        '    import a',
        'except ImportError:',
        '    a = None',
        'if True:',
        '    import b',
        'class K:',
        '    import c',
        '    def method(self):',
        '        import d',
        'async def g():',
        '    with open("x"):',
        '        import e',
        'def outer():',
        '    class Inner:',
        '        import f',
      ].join('\n'),
    })
    expect(importEdges(graph)).toEqual([
      'm.py -> a.py (import)',
      'm.py -> b.py (import)',
      'm.py -> c.py (import)',
      'm.py -> d.py (lazy)',
      'm.py -> e.py (lazy)',
      'm.py -> f.py (lazy)',
    ])
  })

  it('`if TYPE_CHECKING:` bodies are `type`, not their else; type wins over lazy', async () => {
    const graph = await graphOf({
      'a.py': '',
      'b.py': '',
      'c.py': '',
      'd.py': '',
      'e.py': '',
      'f.py': '',
      'g.py': '',
      'h.py': '',
      'm.py': [
        'import typing',
        'from typing import TYPE_CHECKING',
        'if TYPE_CHECKING:',
        '    import a',
        'else:',
        '    import b',
        'if typing.TYPE_CHECKING:',
        '    import c',
        'def f():',
        '    if TYPE_CHECKING:',
        '        import d',
        'if TYPE_CHECKING:',
        '    def g():',
        '        import e',
        'if not TYPE_CHECKING:',
        '    import f',
        'if TYPE_CHECKING and True:',
        '    import g',
        'if (TYPE_CHECKING):',
        '    import h',
      ].join('\n'),
    })
    expect(importEdges(graph)).toEqual([
      'm.py -> a.py (type)',
      'm.py -> b.py (import)',
      'm.py -> c.py (type)',
      'm.py -> d.py (type)',
      'm.py -> e.py (type)',
      'm.py -> f.py (import)',
      'm.py -> g.py (import)',
      'm.py -> h.py (type)',
    ])
  })

  it('a pair imported several ways keeps the first of import, lazy, type, package', async () => {
    const graph = await graphOf({
      'p/__init__.py': '',
      'p/a.py': 'def f():\n    from p import b\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from p import b\n',
      'p/b.py': 'import p\ndef f():\n    import p\n',
    })
    expect(edgeLines(graph)).toEqual(['p/a.py -> p/__init__.py (package)', 'p/a.py -> p/b.py (lazy)', 'p/b.py -> p/__init__.py (import)'])
  })

  it('keeps every kind of a pair: a lazy import of a module its package loads anyway is reached at import time', async () => {
    const graph = await graphOf({
      'p/__init__.py': 'from . import core\n',
      'p/core.py': '',
      'p/__main__.py': 'def main():\n    import p\n',
    })
    // p/__main__.py imports p lazily, and (being in p) depends on p/__init__.py as its package: both kinds kept.
    expect(graph.edges.find((e) => e.from === 'p/__main__.py')).toEqual({
      from: 'p/__main__.py',
      to: 'p/__init__.py',
      kind: 'lazy',
      kinds: ['lazy', 'package'],
      line: 2,
    })
    const analysis = analyzeChange(graph, [{ path: 'p/core.py', status: 'modified' }])
    expect(analysis.importTimeImpact.affected.files.map((f) => f.path)).toEqual(['p/__init__.py', 'p/__main__.py'])
  })

  it('`package`: a module depends on its package’s __init__.py, an __init__.py on its parent’s, a namespace subpackage’s files on the enclosing one', async () => {
    const graph = await graphOf({
      'a/__init__.py': '',
      'a/b/__init__.py': '',
      'a/b/c.py': '',
      'a/ns/d.py': '',
      'a/ns/inner/__init__.py': '',
    })
    // `import a.ns.d` runs a/__init__.py first: a/ns has none of its own (a namespace portion inside a package).
    expect(edgeLines(graph)).toEqual([
      'a/b/__init__.py -> a/__init__.py (package)',
      'a/b/c.py -> a/b/__init__.py (package)',
      'a/ns/d.py -> a/__init__.py (package)',
      'a/ns/inner/__init__.py -> a/__init__.py (package)',
    ])
  })

  it('no edge from a file to itself', async () => {
    const graph = await graphOf({ 'p/__init__.py': 'from . import *\nimport p\n' })
    expect(graph.edges).toEqual([])
  })
})

describe('source roots', () => {
  it('a src layout: src/ is a root, so `import app` finds src/app', async () => {
    const graph = await graphOf({
      'src/app/__init__.py': '',
      'src/app/core.py': '',
      'tests/test_core.py': 'from app.core import run\nimport app\n',
    })
    expect(importEdges(graph)).toEqual([
      'tests/test_core.py -> src/app/__init__.py (import)',
      'tests/test_core.py -> src/app/core.py (import)',
    ])
  })

  it('a Django-like tests/ root: test apps import each other as top-level modules', async () => {
    const graph = await graphOf({
      'django/__init__.py': '',
      'django/test.py': '',
      'tests/runtests.py': 'import django\nfrom admin_views.models import Article\n',
      'tests/admin_views/__init__.py': '',
      'tests/admin_views/models.py': 'from django import test\n',
      'tests/admin_views/tests.py': 'from .models import Article\nfrom admin_views import models\nimport tests.admin_views.models\n',
    })
    expect(importEdges(graph)).toEqual([
      'tests/admin_views/models.py -> django/test.py (import)',
      'tests/admin_views/tests.py -> tests/admin_views/models.py (import)',
      'tests/runtests.py -> django/__init__.py (import)',
      'tests/runtests.py -> tests/admin_views/models.py (import)',
    ])
    // A test file's path holds the folder pytest runs in (here the repository root), where `tests` is a
    // namespace package: issue 12's rules resolve the name (the old roots rule left it unresolved).
    expect(graph.unresolved).toEqual([])
  })

  it('a namespace subfolder inside a package keeps the package’s prefix', async () => {
    const graph = await graphOf({
      'pkg/__init__.py': '',
      'pkg/plugins/extra.py': 'from . import base\nfrom ..core import x\n',
      'pkg/plugins/base.py': '',
      'pkg/core.py': 'import pkg.plugins.extra\n',
    })
    expect(importEdges(graph)).toEqual([
      'pkg/core.py -> pkg/plugins/extra.py (import)',
      'pkg/plugins/extra.py -> pkg/core.py (import)',
      'pkg/plugins/extra.py -> pkg/plugins/base.py (import)',
    ])
  })

  it('a name resolves in the importing file’s own roots first, deepest first', async () => {
    const graph = await graphOf({
      'util.py': '',
      'tests/util.py': '',
      'tests/test_a.py': 'import util\n',
      'tools/run.py': 'import util\n',
    })
    expect(importEdges(graph)).toEqual(['tests/test_a.py -> tests/util.py (import)', 'tools/run.py -> util.py (import)'])
  })

  it('a name is looked up only along the importer’s own path: a module of another folder is not found, and looks local', async () => {
    // Issue 12: the old rule asked every other root (here b/ would have given b/helpers.py); Python would not.
    const graph = await graphOf({
      'b/helpers.py': '',
      'c/main.py': 'import helpers\n',
    })
    expect(importEdges(graph)).toEqual([])
    expect(graph.unresolved).toEqual([{ from: 'c/main.py', specifier: 'helpers', line: 1, looksLocal: true }])
  })
})

describe('files', () => {
  it('a .pyi stub counts only where no .py of the same module exists', async () => {
    const graph = await graphOf({
      'p/__init__.py': '',
      'p/fast.pyi': 'def f() -> int: ...\n',
      'p/both.py': '',
      'p/both.pyi': 'import os\n',
      'user.py': 'from p import fast, both\n',
    })
    expect(graph.files.map((f) => f.path)).toEqual(['p/__init__.py', 'p/both.py', 'p/fast.pyi', 'user.py'])
    expect(importEdges(graph)).toEqual(['user.py -> p/both.py (import)', 'user.py -> p/fast.pyi (import)'])
  })

  it('skips vendored and virtual-environment folders, and dot-folders outside git', async () => {
    const graph = await graphOf({
      'app.py': 'import lib\n',
      'node_modules/x/lib.py': '',
      '.venv/lib/site-packages/lib.py': '',
      'venv/lib.py': '',
      '.hidden/lib.py': '',
      'a/__pycache__/lib.py': '',
      '.tox/lib.py': '',
      'site-packages/lib.py': '',
    })
    expect(graph.files.map((f) => f.path)).toEqual(['app.py'])
  })
})

describe('one importer’s edges and unresolved imports', () => {
  it('keep the strongest kind and its first line, every kind joined, past the first sixteen targets too', async () => {
    const modules = Array.from({ length: 20 }, (_, k) => `m${k}`)
    const graph = await graphOf({
      ...Object.fromEntries(modules.map((m) => [`${m}.py`, ''])),
      // Lines 1–20 import m0…m19; then m3 and m18 again, lazily, and m18 once more at module level.
      'main.py': `${modules.map((m) => `import ${m}`).join('\n')}\ndef f():\n    import m3\n    import m18\nimport m18\n`,
    })
    const edge = (to: string) => graph.edges.find((e) => e.from === 'main.py' && e.to === to)
    expect(graph.edges.filter((e) => e.from === 'main.py')).toHaveLength(20)
    expect(edge('m3.py')).toMatchObject({ kind: 'import', kinds: ['import', 'lazy'], line: 4 })
    expect(edge('m18.py')).toMatchObject({ kind: 'import', kinds: ['import', 'lazy'], line: 19 })
    expect(edge('m19.py')).toEqual({ from: 'main.py', to: 'm19.py', kind: 'import', line: 20 })
  })

  it('keep a name that does not resolve once per line, on any line', async () => {
    const graph = await graphOf({
      'near.py': 'import gone, gone\nimport gone\n',
      // Far below the lines resolution marks one by one: found by a search of the file's own entries.
      'far.py': `${'\n'.repeat(70_000)}import gone, gone\nimport gone, other\n`,
    })
    expect(graph.unresolved.map((u) => `${u.from}:${u.line} ${u.specifier}`)).toEqual([
      'far.py:70001 gone',
      'far.py:70002 gone',
      'far.py:70002 other',
      'near.py:1 gone',
      'near.py:2 gone',
    ])
  })
})
