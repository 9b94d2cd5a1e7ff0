import { describe, expect, it } from '@jest/globals'
import { analyzeChange } from '../../src/change/analyze-change.js'
import { graphOf } from '../helpers/fixture-repo.js'

describe('a change against the graph of the new tree', () => {
  it('finds every file that still imports a removed module, however it names it', async () => {
    // pkg/old.py was removed: none of these imports can work any more.
    const graph = await graphOf({
      'pkg/__init__.py': '',
      'pkg/d.py': 'from .old import x\n',
      'a.py': 'import pkg.old\n',
      'b.py': 'from pkg import old\n',
      'c.py': 'from pkg.old import x\n',
      'e.py': 'import pkg.old.deeper\n',
      'fine.py': 'from pkg import d\n',
    })
    const analysis = analyzeChange(graph, [{ path: 'pkg/old.py', status: 'removed' }])
    expect(analysis.inGraph).toEqual([])
    expect(analysis.gone).toHaveLength(1)
    expect(analysis.gone[0]!.stillImportedBy.map((u) => `${u.from}:${u.line}`)).toEqual([
      'a.py:1',
      'b.py:1',
      'c.py:1',
      'e.py:1',
      'pkg/d.py:1',
    ])
  })

  it('does not take a name for one a letter longer: removing o.py leaves `import os` alone', async () => {
    const graph = await graphOf({ 'a.py': 'import os\n', 'b.py': 'import o\n' })
    const analysis = analyzeChange(graph, [{ path: 'o.py', status: 'removed' }])
    expect(analysis.gone[0]!.stillImportedBy.map((u) => `${u.from}:${u.specifier}`)).toEqual(['b.py:o'])
  })

  it('traces the old path of a renamed file, and blasts from the new one', async () => {
    const graph = await graphOf({ 'new_name.py': '', 'user.py': 'import old_name\n', 'other.py': 'import new_name\n' })
    const analysis = analyzeChange(graph, [{ path: 'new_name.py', status: 'renamed', previousPath: 'old_name.py' }])
    expect(analysis.inGraph).toEqual(['new_name.py'])
    // user.py still imports the old name: it breaks, so it is in the radius too (ring 1, via the old path).
    expect(analysis.impact.affected.files).toEqual([
      { path: 'other.py', ring: 1, via: 'new_name.py' },
      { path: 'user.py', ring: 1, via: 'old_name.py' },
    ])
    expect(analysis.gone.map((g) => [g.path, g.stillImportedBy.map((u) => u.from)])).toEqual([['old_name.py', ['user.py']]])
  })

  it('counts the files that still import a removed file, and their importers, in the radius', async () => {
    const graph = await graphOf({
      'app.py': 'import pkg.old\n',
      'main.py': 'import app\n',
      'lazy.py': 'def f():\n    import app\n',
      'pkg/__init__.py': '',
    })
    const analysis = analyzeChange(graph, [{ path: 'pkg/old.py', status: 'removed' }])
    expect(analysis.inGraph).toEqual([])
    expect(analysis.goneSources).toBe(1)
    expect(analysis.impact.affected.files).toEqual([
      { path: 'app.py', ring: 1, via: 'pkg/old.py' },
      { path: 'lazy.py', ring: 2, via: 'app.py' },
      { path: 'main.py', ring: 2, via: 'app.py' },
    ])
    expect(analysis.importTimeImpact.affected.files.map((f) => f.path)).toEqual(['app.py', 'main.py'])
  })

  it('keeps apart changed files the graph does not read, and counts the import-time radius', async () => {
    const graph = await graphOf({
      'core.py': '',
      'eager.py': 'import core\n',
      'lazy.py': 'def f():\n    import core\n',
    })
    const analysis = analyzeChange(graph, [
      { path: 'core.py', status: 'modified' },
      { path: 'docs/index.md', status: 'added' },
    ])
    expect(analysis.outsideGraph.map((c) => c.path)).toEqual(['docs/index.md'])
    expect(analysis.impact.affected.total).toBe(2)
    expect(analysis.importTimeImpact.affected.files.map((f) => f.path)).toEqual(['eager.py'])
  })
})
