import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { analyzeChange } from '../../src/change/analyze-change.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { COMMENT_TARGET, renderComment } from '../../src/report/comment.js'
import { count } from '../../src/format/numbers.js'
import type { ReportInput } from '../../src/report/report-input.js'
import { reportFacts } from '../../src/report/report-facts.js'
import { FIXED_NOW } from '../fixtures/report/graphs.js'

// The report on a real repository: Django 4.2.28 with dispatcher.py changed (docs/report-example.md
// is this comment). Runs where DJANGO_DIR is set, as `npm run check-django` sets it.
const CORPUS = `${process.env.HOME}/.cache/blast-radius-corpora/django-4.2.28`
const DJANGO = process.env.DJANGO_DIR ?? (existsSync(CORPUS) ? CORPUS : undefined)
const suite = DJANGO ? describe : describe.skip
const PARSER = fileURLToPath(new URL('../fixtures/report/mermaid-parse.mjs', import.meta.url))
const EXAMPLE = fileURLToPath(new URL('../../docs/report-example.md', import.meta.url))
/** Where docs/report-example.md's prose ends and the comment's body begins. */
const BODY_START = '\n---\n\n'

suite('the comment for Django 4.2.28, dispatcher.py changed', () => {
  let input: ReportInput
  let body: string
  beforeAll(async () => {
    const graph = await buildGraph(DJANGO!)
    const analysis = analyzeChange(graph, [{ path: 'django/dispatch/dispatcher.py', status: 'modified' }])
    input = { analysis, workingDirectory: '.', version: '0.1.0', analysisMs: 2000, now: FIXED_NOW }
    body = renderComment(reportFacts(input))
  })

  it('leads with the radius, its share and a risk word', () => {
    const total = input.analysis.impact.affected.total
    expect(total).toBeGreaterThanOrEqual(2280)
    expect(body).toContain(`## Blast radius: 1 changed file → ${count(total)} files`)
    // Django's vendored xregexp bundle requires ./addons/* files the tree does not hold: imports meant for
    // this repository that resolve to nothing. A JavaScript import never reaches a Python file, so they
    // cannot make this radius larger: no "at least", no warning in view, and said among the confidence notes.
    expect(body).toContain('**Risk: very high**: 2,282 files in the blast radius (levels start at 10, 50, 250).')
    expect(body).not.toContain('- ⚠️')
    expect(body).toContain(
      '- 8 imports look local but resolve to no file from their importer (none of them in a language this change reaches):',
    )
    expect(body).toContain('| `django/dispatch/dispatcher.py` | modified | 1 |')
    expect(body).toContain(
      // 2,282: the one file more than §4's kinds reach is tests/test_sqlite.py, whose DEFAULT_AUTO_FIELD names django.db.models.
      '- **Hubs** (most of the radius reaches the change through them): `django/dispatch/__init__.py` (2,282, 100.0%), `django/db/models/signals.py`',
    )
  })

  it('fits 15,000 characters, cutting the full list with a count of the rest', () => {
    expect(body.length).toBeLessThanOrEqual(COMMENT_TARGET)
    expect(body).toMatch(/…and [\d,]+ more files \(the job summary lists more\)/)
  })

  it('explains the hubs and areas with chains citing file:line, ending at the changed file', () => {
    const why = body.slice(body.indexOf('<strong>Why</strong>'), body.indexOf('<strong>Where it lands</strong>'))
    const chains = why.split('\n').filter((l) => /^- (hub|area)/.test(l))
    expect(chains.length).toBeGreaterThan(1)
    for (const chain of chains) expect(chain.endsWith('→ `django/dispatch/__init__.py:9` → `django/dispatch/dispatcher.py`')).toBe(true)
    expect(why).toContain('- area `django/contrib/`')
  })

  it('names the file with a syntax error, and reads Django’s JavaScript too', () => {
    expect(body).toContain('`tests/test_runner_apps/tagged/tests_syntax_error.py` line')
    expect(body).not.toMatch(/Not read \(no language support yet\)/)
    expect(input.analysis.graph.files.filter((f) => f.language === 'javascript').length).toBeGreaterThan(100)
  })

  // The page shows this very comment: UPDATE_REPORT_EXAMPLE=1 writes it below the prose (then
  // `node scripts/comment-screenshot.mjs` redraws its picture); the prose's figures are checked, not written.
  it('is the comment docs/report-example.md shows', () => {
    const page = readFileSync(EXAMPLE, 'utf8')
    const cut = page.indexOf(BODY_START) + BODY_START.length
    if (process.env.UPDATE_REPORT_EXAMPLE) writeFileSync(EXAMPLE, `${page.slice(0, cut)}${body.trimEnd()}\n`)
    else expect(page.slice(cut).trimEnd()).toBe(body.trimEnd())
    const prose = page.slice(0, cut)
    expect(prose).toContain(`The radius, ${count(input.analysis.impact.affected.total)},`)
    expect(prose).toContain(`(${count(input.analysis.graph.files.length)} files in all)`)
    expect(prose).toContain(`${count(Math.round(body.length / 1000) * 1000)} characters or so`)
  })

  it('draws a diagram mermaid parses', () => {
    const start = body.indexOf('```mermaid\n') + '```mermaid\n'.length
    const diagram = body.slice(start, body.indexOf('\n```', start))
    const results = JSON.parse(execFileSync(process.execPath, [PARSER], { input: JSON.stringify([diagram]), encoding: 'utf8' }))
    expect(results).toEqual([null])
  })
})
