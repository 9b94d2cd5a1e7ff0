// Issue 15: the comment a reviewer acts on, on Django-shaped fixtures: what to check, why (file:line at
// the head commit), tests to run, who should look, the trend, the gate, the diagram and the folder prefix.
import { describe, expect, test } from '@jest/globals'
import MarkdownIt from 'markdown-it'
import { analyzeChange } from '../../src/change/analyze-change.js'
import type { ChangedFile, Edge } from '../../src/core/model.js'
import { toRepoPath } from '../../src/core/repo-path.js'
import { parseCodeowners } from '../../src/report/codeowners.js'
import { COMMENT_TARGET, renderComment } from '../../src/report/comment.js'
import { reportFacts } from '../../src/report/report-facts.js'
import type { ReportInput } from '../../src/report/report-input.js'
import { gateFailure, parseFailOn } from '../../src/report/risk.js'
import { reviewerRequest } from '../../src/report/owners.js'
import { testRunnerNames } from '../../src/languages/registry.js'
import { testOutputs } from '../../src/report/tests-to-run.js'
import { figuresChanged, figuresLine, parseFigures } from '../../src/report/trend.js'
import { pythonGraph } from '../helpers/python-graph.js'
import { FIXED_NOW, HOSTILE } from '../fixtures/report/graphs.js'

const HEAD = '0123456789abcdef0123456789abcdef01234567'

/**
 * Django in miniature: the dispatcher, its package, the signal modules of db/models and core, and
 * importers spread over django/db/models, django/contrib/admin and tests/ (real test modules, and
 * a test app's models.py), each edge with the line of its import.
 */
function miniDjango(extra: string[] = []) {
  const e = (from: string, to: string, line: number, kind = 'import'): Edge => ({ from: toRepoPath(from), to: toRepoPath(to), kind, line })
  const models = Array.from({ length: 6 }, (_, i) => `django/db/models/fields/f${i}.py`)
  const admin = Array.from({ length: 3 }, (_, i) => `django/contrib/admin/a${i}.py`)
  const tests = ['tests/signals/tests.py', 'tests/model_fields/test_f0.py', 'tests/model_fields/models.py']
  const files = [
    'django/dispatch/__init__.py',
    'django/dispatch/dispatcher.py',
    'django/db/models/signals.py',
    'django/core/signals.py',
    ...models,
    ...admin,
    ...tests,
    ...extra,
  ]
  const edges = [
    e('django/dispatch/__init__.py', 'django/dispatch/dispatcher.py', 9),
    e('django/db/models/signals.py', 'django/dispatch/__init__.py', 4),
    e('django/core/signals.py', 'django/dispatch/__init__.py', 1),
    ...models.map((m, i) => e(m, 'django/db/models/signals.py', 10 + i)),
    ...admin.map((a) => e(a, 'django/core/signals.py', 3, 'lazy')),
    e('tests/signals/tests.py', 'django/db/models/signals.py', 2),
    e('tests/model_fields/test_f0.py', models[0]!, 5),
    e('tests/model_fields/models.py', models[1]!, 7),
  ]
  return pythonGraph({ files: files.map((f) => toRepoPath(f)), edges, ms: 5 })
}

function input(changes: ChangedFile[], extra: Partial<ReportInput> = {}, graph = miniDjango()): ReportInput {
  return {
    analysis: analyzeChange(graph, changes),
    workingDirectory: '.',
    version: '0.1.0',
    analysisMs: 1000,
    now: FIXED_NOW,
    headSha: HEAD,
    repoUrl: 'https://github.com/octo/django',
    ...extra,
  }
}

const DISPATCHER = [{ path: 'django/dispatch/dispatcher.py', status: 'modified' as const }]

describe('above the fold: what to check', () => {
  const facts = reportFacts(input(DISPATCHER))
  const body = renderComment(facts)

  test('hubs are the ring-1/2 files most of the radius flows through, with their share', () => {
    expect(facts.hubs.map((h) => [h.path, h.through])).toEqual([
      ['django/dispatch/__init__.py', 15],
      ['django/db/models/signals.py', 10],
      ['django/core/signals.py', 4],
    ])
    expect(body).toContain('(15, 100.0%), [`django/db/models/signals.py`]')
  })

  test('areas are folders deep enough to separate the radius: django/db/models, not django/', () => {
    // django/ holds 11 of 15, django/db 7, django/db/models 7: each is split until no area holds over a quarter;
    // what is left of a split folder (a file or two in subfolders too small to be areas) stays its own, smaller area
    expect(facts.areas.map(([a]) => a)).toEqual(['django/db/models/fields', 'django/contrib', 'tests', 'django', 'django/db/models'])
    expect(facts.areas.find(([a]) => a === 'django')![1]).toBeLessThan(3)
    expect(body).toContain('- **Areas**: `django/db/models/fields/` 6 · `django/contrib/` 3 · `tests/` 3 · 2 more areas')
  })

  test('an area whose subfolders are areas of their own says it holds the rest, wherever an area is named', () => {
    // `django/` 2 beside `django/contrib/` 3 must not read as "django/ holds 2, contrib among them"
    const landing = body.slice(body.indexOf('<strong>Where it lands</strong>'))
    expect(landing).toContain('| `django/` (rest) | 2 |')
    expect(landing).toContain('| `django/db/models/` (rest) | 1 |')
    expect(landing).toContain('| `django/contrib/` | 3 |')
    expect(landing).toContain('| `tests/` | 3 |')
    expect(body).toContain('- area `django/contrib/`, ring 3:')
  })

  test('a row that counts another changed file says why it can exceed the headline', () => {
    const both = reportFacts(input([...DISPATCHER, { path: 'django/db/models/signals.py', status: 'modified' }]))
    const body = renderComment(both)
    // the dispatcher reaches all 15 files, signals.py among them; the union leaves both changed files out
    expect(body).toContain('## Blast radius: 2 changed files → 14 files')
    expect(body).toMatch(/\| \[`django\/dispatch\/dispatcher.py`\]\([^)]*\) \| modified \| 1 \| 15 \|/)
    expect(body).toContain("A row's figures count the other changed files it reaches; the headline's radius leaves every changed file out.")
    expect(both.rows.map((r) => [r.path, r.changedReached])).toEqual([
      ['django/dispatch/dispatcher.py', 1],
      ['django/db/models/signals.py', 0],
    ])
    expect(body.indexOf("A row's figures")).toBeLessThan(body.indexOf('**What to check**'))
    // one changed file: nothing to explain
    expect(renderComment(reportFacts(input(DISPATCHER)))).not.toContain("A row's figures")
  })

  test('headline, risk, table and the summary come before the first collapsed section', () => {
    const fold = body.indexOf('<details>')
    for (const part of ['## Blast radius', '**Risk:', '| Changed file |', '**What to check**', '**At import time**']) {
      expect(body.indexOf(part)).toBeGreaterThan(-1)
      expect(body.indexOf(part)).toBeLessThan(fold)
    }
  })
})

describe('why: chains for hubs and areas, each step at file:line, linked at the head commit', () => {
  test('steps cite the importing line, arrows point from importer to imported, lazy steps are marked', () => {
    const body = renderComment(reportFacts(input(DISPATCHER)))
    const url = (path: string, line: number) => `https://github.com/octo/django/blob/${HEAD}/${path}#L${line}`
    expect(body).toContain(
      `[\`django/db/models/fields/f0.py:10\`](${url('django/db/models/fields/f0.py', 10)}) → [\`django/db/models/signals.py:4\`](${url('django/db/models/signals.py', 4)}) → [\`django/dispatch/__init__.py:9\`]`,
    )
    expect(body).toContain('[`django/contrib/admin/a0.py:3`]')
    expect(body).toMatch(/a0\.py#L3\) →\(lazy\) \[`django\/core\/signals\.py:1`\]/)
    expect(body.match(/`a → b`: a imports b/g)).toHaveLength(2) // the chains' legend, and the diagram's caption
  })

  test('with a working directory, links keep the folder', () => {
    const body = renderComment(reportFacts(input(DISPATCHER, { workingDirectory: 'backend', pathPrefix: 'backend' })))
    expect(body).toContain(`https://github.com/octo/django/blob/${HEAD}/backend/django/db/models/signals.py#L4`)
    expect(body).not.toContain(`/blob/${HEAD}/django/`)
  })
})

describe('tests to run', () => {
  test('the affected test files, with pytest arguments for exactly those', () => {
    const facts = reportFacts(input(DISPATCHER))
    expect(facts.testRun.all).toBe(false)
    const out = testOutputs(facts.testRun, testRunnerNames())
    expect(JSON.parse(out['affected-tests-json']!)).toEqual(facts.tests)
    expect(out['pytest-args']).toBe(['--', ...facts.tests].join(' '))
    expect(out['affected-tests']).toBe(facts.tests.join('\n'))
  })

  test('a changed test file runs too: it is not in the blast radius (no changed file is), yet the change reaches it first', () => {
    // tests/model_fields/test_f0.py imports fields/f0.py: a change to both must run the test it edits
    const facts = reportFacts(
      input([
        { path: 'tests/model_fields/test_f0.py', status: 'modified' },
        { path: 'tests/signals/tests.py', status: 'modified' },
        { path: 'django/db/models/fields/f1.py', status: 'modified' },
      ]),
    )
    // the blast radius's own, as report.json's `tests` says: none (a test app's models.py is support code no runner collects)
    expect(facts.affected.map((f) => f.path)).toContain('tests/model_fields/models.py')
    expect(facts.tests).toEqual([])
    expect(facts.testRun).toMatchObject({ all: false, files: ['tests/model_fields/test_f0.py', 'tests/signals/tests.py'] })
    const out = testOutputs(facts.testRun, testRunnerNames())
    expect(out['pytest-args']).toBe('-- tests/model_fields/test_f0.py tests/signals/tests.py')
    const body = renderComment(facts)
    expect(body).toContain('<summary><strong>Tests to run</strong>: 2 test files</summary>')
    expect(body).toContain('The changed test files and the test files in the blast radius')
    // a change to a test alone: that test is the one to run, not "none"
    const alone = reportFacts(input([{ path: 'tests/signals/tests.py', status: 'modified' }]))
    expect(alone.testRun).toMatchObject({ all: false, files: ['tests/signals/tests.py'] })
    expect(renderComment(alone)).not.toContain('**Tests to run**: none')
  })

  test('odd names are quoted for the shell', () => {
    const graph = miniDjango([`tests/x/test_${HOSTILE.replace('evil/', '')}`])
    const out = testOutputs(
      {
        all: false,
        files: [],
        runners: [{ language: 'python', name: 'pytest', args: ['--', "tests/it's.py", 'tests/a b.py'], tests: 2 }],
      },
      testRunnerNames(),
    )
    expect(out['pytest-args']).toBe(`-- 'tests/it'\\''s.py' 'tests/a b.py'`)
    expect(graph.files.length).toBeGreaterThan(0)
  })

  test.each([
    ['a lock file', 'poetry.lock', /a lock file decides/],
    ['the test configuration', 'pyproject.toml', /configuration/],
    ['code of a language the graph does not read', 'web/app.js', /does not read/],
  ])('all, with the reason, when %s changes', (_, path, reason) => {
    const facts = reportFacts(input([...DISPATCHER, { path, status: 'modified' }]))
    expect(facts.testRun.all).toBe(true)
    const out = testOutputs(facts.testRun, testRunnerNames())
    expect(out['affected-tests']).toBe('all')
    expect(out['affected-tests-json']).toBe('"all"')
    expect(out['pytest-args']).toBe('')
    expect(out['tests-reason']).toMatch(reason)
    expect(renderComment(facts)).toContain('<summary><strong>Tests to run</strong>: all</summary>')
  })

  test('all when the risk is unknown', () => {
    const facts = reportFacts(input([{ path: 'web/app.ts', status: 'modified' }]))
    expect(facts.risk.level).toBe('unknown')
    expect(testOutputs(facts.testRun, testRunnerNames())['tests-reason']).toMatch(/the risk is unknown/)
  })
})

describe('who should look: CODEOWNERS', () => {
  const text = [
    '# owners',
    '*                         @octo/core',
    '/django/db/               @db-lead',
    'django/contrib/admin/     @admin-team-lead @octo/admin',
    'tests/**/models.py        @tester',
    'docs/*                    docs@example.com',
    '/django/db/models/fields/f5.py',
    '!/nope                    @x',
  ].join('\n')
  const owners = parseCodeowners({ path: '.github/CODEOWNERS', text })

  test("GitHub's pattern rules, last match wins", () => {
    expect(owners.ownersOf('django/db/models/signals.py')).toEqual(['@db-lead'])
    expect(owners.ownersOf('django/db/models/fields/f5.py')).toEqual([]) // cleared by a pattern with no owner
    expect(owners.ownersOf('django/contrib/admin/a0.py')).toEqual(['@admin-team-lead', '@octo/admin'])
    expect(owners.ownersOf('x/django/contrib/admin/a0.py')).toEqual(['@octo/core']) // a slash in the middle anchors it at the root
    expect(parseCodeowners({ path: 'CODEOWNERS', text: 'apps/ @a' }).ownersOf('x/apps/y/z.py')).toEqual(['@a']) // a trailing one alone: any depth
    expect(owners.ownersOf('tests/a/b/models.py')).toEqual(['@tester'])
    expect(owners.ownersOf('docs/index.md')).toEqual(['docs@example.com'])
    expect(owners.ownersOf('docs/deep/index.md')).toEqual(['@octo/core']) // `docs/*` does not reach nested files
    expect(owners.ownersOf('Django/db/x.py')).toEqual(['@octo/core']) // case-sensitive
    expect(owners.errors).toEqual([{ line: 8, message: 'negated patterns (!) are not supported' }])
  })

  test('owners of the changed and affected files, most of the radius first, in the report', () => {
    const analysis = { ...analyzeChange(miniDjango(), DISPATCHER), codeowners: { path: '.github/CODEOWNERS', text } }
    const facts = reportFacts({ ...input(DISPATCHER), analysis })
    // db: signals and f0-f4 (f5 cleared); `*`: the dispatcher (changed), its package, core/signals and two tests
    expect(facts.owners!.owners.map((o) => [o.owner, o.changed, o.affected])).toEqual([
      ['@db-lead', 0, 6],
      ['@octo/core', 1, 4],
      ['@admin-team-lead', 0, 3],
      ['@octo/admin', 0, 3],
      ['@tester', 0, 1],
    ])
    expect(renderComment(facts)).toMatch(
      /<summary><strong>Who should look<\/strong>: `@db-lead`, `@octo\/core`, `@admin-team-lead` and 2 more<\/summary>/,
    )
    expect(reviewerRequest(facts.owners!.owners, 'DB-Lead', ['tester'])).toEqual({
      reviewers: ['admin-team-lead'],
      teamReviewers: ['core', 'admin'],
    })
  })
})

describe('trend across pushes', () => {
  test('the figures round-trip through the hidden line, and the next push says what they were', () => {
    const first = reportFacts(input(DISPATCHER))
    const body = renderComment(first)
    const previous = parseFigures(body)
    expect(previous).toEqual(first.figures)
    const other = reportFacts(
      input([{ path: 'django/core/signals.py', status: 'modified' }], { previous, headSha: 'fedcba9876543210fedcba9876543210fedcba98' }),
    )
    expect(figuresChanged(previous, other.figures)).toBe(true)
    expect(renderComment(other)).toContain(`→ 3 files (18.8% of 16) (was 15 at \`0123456\`)`)
    expect(renderComment(other)).toContain('**Risk: low** (was moderate at `0123456`)')
    expect(figuresChanged(previous, { ...first.figures, head: 'abcdef0' })).toBe(false)
  })

  test('an edited or foreign line is ignored, never trusted', () => {
    const line = figuresLine({ head: HEAD, changed: 1, affected: 2, importTime: 2, tests: 'all', risk: 'high' })
    expect(parseFigures(`x\n${line}\ny`)?.tests).toBe('all')
    expect(parseFigures(line.replace('"high"', '"apocalyptic"'))).toBeUndefined()
    expect(parseFigures(line.replace('"affected":2', '"affected":-2'))).toBeUndefined()
    expect(parseFigures(line.replace('{', '{{'))).toBeUndefined()
    expect(figuresLine({ head: ')<b>', changed: 0, affected: 0, importTime: 0, tests: 0, risk: 'low' })).not.toContain(')<b>')
  })
})

describe('the gate', () => {
  test('fail-on trips at or above its level, unknown trips any gate, never never does', () => {
    const high = reportFacts(input(DISPATCHER, { thresholds: { moderate: 2, high: 5, veryHigh: 100 } })).risk
    expect(high.level).toBe('high')
    expect(gateFailure(high, parseFailOn('high'))).toMatch(/the risk is high .* at or above fail-on high/)
    expect(gateFailure(high, parseFailOn('Very-High'))).toBeUndefined()
    expect(gateFailure(high, parseFailOn('never'))).toBeUndefined()
    expect(gateFailure({ level: 'unknown', why: 'x' }, 'very high')).toMatch(/unknown/)
    expect(() => parseFailOn('sometimes')).toThrow(/fail-on: expected never, low, moderate, high, very high/)
  })
})

describe('the diagram', () => {
  test('ring 2 grouped by area with counts when it is large, arrows from importer to imported', () => {
    const many = Array.from({ length: 120 }, (_, i) => `django/db/models/fields/g${i}.py`)
    const graph = miniDjango(many)
    const edges = [
      ...graph.edges,
      ...many.map((m): Edge => ({ from: toRepoPath(m), to: toRepoPath('django/dispatch/__init__.py'), kind: 'import', line: 1 })),
    ]
    const g = pythonGraph({ files: graph.files.map((f) => f.path), edges, ms: 1 })
    const body = renderComment(reportFacts(input(DISPATCHER, {}, g)))
    const block = body.slice(body.indexOf('```mermaid'), body.indexOf('```', body.indexOf('```mermaid') + 3))
    expect(block).toMatch(/\["django\/db\/models\/fields\/ #183; 120 files"\]:::ring2/)
    // n0 is the changed file, n1 django/dispatch/__init__.py: the package imports the dispatcher
    expect(block).toContain('n1 --> n0')
    expect(block).not.toContain('n0 --> n1')
    expect(body).toContain('Arrows as in the chains (`a → b`: a imports b)')
    // the boxes' colours (mermaid.ts CLASS_DEFS) are said, not left to guess
    expect(body).toContain('red boxes are the changed files, amber ones ring 1, grey ones ring 2')
  })

  test('a group of what is left of a split area is named as the other sections name it: with "(rest)"', () => {
    const top = Array.from({ length: 60 }, (_, i) => `tests/t${i}.py`)
    const deep = Array.from({ length: 60 }, (_, i) => `tests/big/b${i}.py`)
    const graph = miniDjango([...top, ...deep])
    const edges = [
      ...graph.edges,
      ...[...top, ...deep].map((m): Edge => ({
        from: toRepoPath(m),
        to: toRepoPath('django/dispatch/__init__.py'),
        kind: 'import',
        line: 1,
      })),
    ]
    const body = renderComment(reportFacts(input(DISPATCHER, {}, pythonGraph({ files: graph.files.map((f) => f.path), edges, ms: 1 }))))
    expect(body).toContain('| `tests/` (rest) | 61 |')
    expect(body).toContain('| `tests/big/` | 60 |')
    expect(body).toContain('["tests/ #40;rest#41; #183; 60 files"]:::ring2') // mermaid's escapes for ( and )
    expect(body).toContain('["tests/big/ #183; 60 files"]:::ring2')
  })
})

describe('as GitHub renders it (markdown-it, GFM tables)', () => {
  const md = new MarkdownIt({ html: true, linkify: false })
  const cases: [string, ChangedFile[]][] = [
    ['the dispatcher', DISPATCHER],
    ['a rename that breaks imports', [{ path: 'django/core/signals.py', status: 'renamed', previousPath: 'django/core/old_signals.py' }]],
  ]
  test.each(cases)("%s: every table row has its header's cells, no raw HTML but the report's own, within the budget", (_, changes) => {
    const body = renderComment(reportFacts(input(changes)))
    const html = md.render(body)
    expect(html).not.toContain('blast-radius-figures') // the remembered figures render as nothing
    const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]!)
    expect(tables.length).toBeGreaterThan(0)
    for (const table of tables) {
      const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1]!.match(/<t[hd][ >]/g) ?? []).length)
      expect(new Set(rows).size).toBe(1)
    }
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]))
    const allowed = [
      'h2',
      'p',
      'strong',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'a',
      'code',
      'ul',
      'li',
      'details',
      'summary',
      'pre',
      'hr',
      'sub',
      'em',
    ]
    expect([...tags].filter((t) => !allowed.includes(t!))).toEqual([])
    expect(body.length).toBeLessThanOrEqual(COMMENT_TARGET)
  })
})
