// Removed files are named as resolution names files: through the repository's packaging (its
// pyproject.toml, a literal setup.py), not the file list alone, so the imports that still name a
// removed module of a packaged layout are found and their files join the radius.
import { describe, expect, it } from '@jest/globals'
import { analyzeRepository } from '../../src/change/analyze-repository.js'
import type { ChangeAnalysis } from '../../src/change/analyze-change.js'
import { makeRepo } from '../helpers/fixture-repo.js'

/** The tree after the change, with `removed` gone from it. */
async function removing(files: Record<string, string>, removed: string): Promise<ChangeAnalysis> {
  return analyzeRepository(await makeRepo(files), [{ path: removed, status: 'removed' }], { extractor: 'full' })
}

const stillImported = (analysis: ChangeAnalysis) =>
  analysis.gone.flatMap((g) => g.stillImportedBy.map((u) => `${g.path} <- ${u.from}:${u.line} ${u.specifier}`))

describe('a removed module named through the packaging layout', () => {
  it('a project of a monorepo with a src/ layout and a namespace package (poetry’s shape)', async () => {
    const analysis = await removing(
      {
        'packages/core/pyproject.toml': '[project]\nname = "core"\n',
        'packages/core/src/corelib/api.py': 'from corelib.util import helper\nimport corelib.util\n',
        'packages/core/src/corelib/cli.py': 'from corelib import api\n',
        'packages/core/tests/test_api.py': 'from corelib.api import thing\n',
      },
      'packages/core/src/corelib/util.py',
    )
    expect(stillImported(analysis)).toEqual([
      'packages/core/src/corelib/util.py <- packages/core/src/corelib/api.py:1 corelib.util',
      'packages/core/src/corelib/util.py <- packages/core/src/corelib/api.py:2 corelib.util',
    ])
    expect(analysis.impact.affected.files.map((f) => `${f.ring} ${f.path}`)).toEqual([
      '1 packages/core/src/corelib/api.py',
      '2 packages/core/src/corelib/cli.py',
      '2 packages/core/tests/test_api.py',
    ])
  })

  it('a literal setup.py that installs namespace packages from a folder of its own', async () => {
    const analysis = await removing(
      {
        'setup.py':
          'from setuptools import setup, find_namespace_packages\n' +
          'setup(name="app", package_dir={"": "code"}, packages=find_namespace_packages(where="code"))\n',
        'code/app/main.py': 'from app.tools import run\n',
      },
      'code/app/tools.py',
    )
    expect(stillImported(analysis)).toEqual(['code/app/tools.py <- code/app/main.py:1 app.tools'])
    expect(analysis.impact.affected.total).toBe(1)
  })
})
