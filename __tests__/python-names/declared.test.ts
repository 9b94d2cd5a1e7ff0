import { describe, expect, it } from '@jest/globals'
import { analyzeRepository } from '../../src/change/analyze-repository.js'
import { parseDeclared } from '../../src/change/declared.js'
import { readExtraPaths } from '../../src/languages/python/extra-paths.js'
import { reportFacts } from '../../src/report/report-facts.js'
import { headline } from '../../src/report/markdown-sections.js'
import type { ChangeAnalysis } from '../../src/change/analyze-change.js'
import { makeRepo } from '../helpers/fixture-repo.js'

const facts = (analysis: ChangeAnalysis) =>
  reportFacts({ analysis, workingDirectory: '.', version: 'test', analysisMs: 1, now: new Date(0) })

// `.blast-radius.yml` declares what no code states: which code reads a data file, and which files
// affect everything (issue 17, item 4: `declared`). Language-neutral: it names paths, not modules.

describe('reading the declarations', () => {
  it.each([
    [
      'a map of readers',
      'read-by:\n  "templates/**": [shop/views.py, "shop/mail/*.py"]\n',
      { readBy: [{ files: 'templates/**', readers: ['shop/views.py', 'shop/mail/*.py'] }] },
    ],
    [
      'one reader as a string',
      'read-by:\n  "sql/*.sql": db/queries.py\n',
      { readBy: [{ files: 'sql/*.sql', readers: ['db/queries.py'] }] },
    ],
    [
      'affects-all with reasons',
      'affects-all:\n  poetry.lock: every dependency\n',
      { affectsAll: [{ files: 'poetry.lock', reason: 'every dependency' }] },
    ],
    [
      'affects-all as a list',
      'affects-all:\n  - ".github/**"\n',
      { affectsAll: [{ files: '.github/**', reason: 'declared in .blast-radius.yml' }] },
    ],
    ['nothing declared', 'python-paths: [lib]\n', { readBy: [], affectsAll: [], problems: [] }],
  ])('%s', (_, text, expected) => {
    expect(parseDeclared(text)).toMatchObject(expected)
  })

  it.each([
    ['bad YAML', 'read-by: [\n', /not valid YAML/],
    ['readers that are not globs', 'read-by:\n  a.sql: 3\n', /read-by a.sql must name the code/],
    ['read-by as a list', 'read-by: [a]\n', /read-by must map globs/],
    ['a reason that is not text', 'affects-all:\n  a.lock: [x]\n', /the reason must be text/],
  ])('says what it cannot read: %s', (_, text, problem) => {
    expect(parseDeclared(text).problems).toEqual([expect.stringMatching(problem)])
  })
})

describe('one reading of .blast-radius.yml for every reader', () => {
  it.each([
    ['text that is not YAML', 'read-by: [\n', 'is not valid YAML'],
    ['YAML that is not a mapping', '- python-paths\n', 'is not a mapping of settings'],
  ])('%s: each reader says why, and what it leaves out', (_name, text, why) => {
    expect(parseDeclared(text).problems).toEqual([
      expect.stringMatching(new RegExp(`^\\.blast-radius\\.yml ${why}.*: nothing declared in it is read$`)),
    ])
    const paths = readExtraPaths(text, undefined, [])
    expect(paths.sources.map((s) => s.problems)).toEqual([
      [expect.stringMatching(new RegExp(`^\\.blast-radius\\.yml ${why}.*: python-paths not read$`))],
    ])
  })

  it('an empty file declares nothing and says nothing', () => {
    expect(parseDeclared('').problems).toEqual([])
    expect(readExtraPaths('', undefined, []).sources).toEqual([])
  })
})

describe('a change through the declarations', () => {
  const repo = () =>
    makeRepo({
      '.blast-radius.yml':
        'read-by:\n  "templates/**/*.html": ["shop/views.py"]\naffects-all:\n  ".github/workflows/*.yml": the CI configuration runs every test\n',
      'shop/__init__.py': '',
      'shop/views.py': '',
      'shop/urls.py': 'from shop import views\n',
      'shop/models.py': '',
      'tests/test_urls.py': 'import shop.urls\n',
      'templates/shop/list.html': '<ul></ul>',
      '.github/workflows/ci.yml': 'on: push\n',
    })

  it('a changed data file puts the code that reads it in ring 1, and their importers after', async () => {
    const analysis = await analyzeRepository(await repo(), [{ path: 'templates/shop/list.html', status: 'modified' }], { threads: 1 })
    expect(analysis.impact.affected.files.map((f) => `${f.path} ${f.ring} ${f.via}`)).toEqual([
      'shop/views.py 1 templates/shop/list.html',
      'shop/urls.py 2 shop/views.py',
      'tests/test_urls.py 3 shop/urls.py',
    ])
    expect(analysis.affectedTests).toEqual(['tests/test_urls.py'])
    const markdown = headline(facts(analysis))
    expect(markdown).toMatch(/→ 3 files/)
  })

  it('a file that affects all: every file, all tests, and the reason in the headline', async () => {
    const analysis = await analyzeRepository(await repo(), [{ path: '.github/workflows/ci.yml', status: 'modified' }], { threads: 1 })
    expect(analysis.impact.affected.total).toBe(5) // every file of the graph
    expect(analysis.testScope.allBecause).toEqual(['.github/workflows/ci.yml changed: the CI configuration runs every test'])
    const report = facts(analysis)
    expect(report.testRun.all).toBe(true)
    expect(headline(report)).toContain(
      '**Everything is affected: .github/workflows/ci.yml changed: the CI configuration runs every test.**',
    )
  })

  it('another declarations file can be named; one that is not there is said', async () => {
    const dir = await repo()
    const analysis = await analyzeRepository(dir, [{ path: 'shop/models.py', status: 'modified' }], {
      threads: 1,
      declaredFile: 'nope.yml',
    })
    expect(analysis.declared.problems).toEqual(['nope.yml: cannot be read'])
    expect(headline(facts(analysis))).toContain('nope.yml: cannot be read.')
  })
})
