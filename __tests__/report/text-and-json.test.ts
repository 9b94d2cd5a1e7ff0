import { areaWords, reportFacts } from '../../src/report/report-facts.js'
import { count, plural } from '../../src/format/numbers.js'
import { describe, expect, test } from '@jest/globals'
import { styleFor } from '../../src/format/style.js'
import { reportJson } from '../../src/report/json-report.js'
import { assessRisk, parseRiskThresholds, riskWord } from '../../src/report/risk.js'
import { TEXT_WIDTH } from '../../src/format/wrap.js'
import { renderText } from '../../src/report/text-report.js'
import { graphOf, HOSTILE, hostileGraph, hugeRadius, inputOf, smallShop } from '../fixtures/report/graphs.js'

const plain = styleFor({ isTTY: false }, {})
const colour = styleFor({ isTTY: true }, {})
const stripAnsi = (text: string) => text.replace(/\x1b\[\d+m/g, '')

describe('text output', () => {
  const inputs = [
    inputOf(smallShop(), [
      { path: 'shop/models/product.py', status: 'modified' },
      { path: 'web/x.rb', status: 'added' },
    ]),
    inputOf(hugeRadius(), [{ path: 'core/hub.py', status: 'modified' }]),
    inputOf(hostileGraph(), [
      { path: 'evil/target.py', status: 'modified' },
      { path: `${'deep/'.repeat(40)}${HOSTILE}`, status: 'removed' },
    ]),
  ]

  test('fits 100 columns, whatever the names', () => {
    for (const input of inputs) {
      for (const line of stripAnsi(renderText(reportFacts(input), colour)).split('\n'))
        expect([...line].length).toBeLessThanOrEqual(TEXT_WIDTH)
    }
  })

  test('has no colour for pipes and NO_COLOR, and colour for a terminal', () => {
    expect(renderText(reportFacts(inputs[0]!), plain)).not.toContain('\x1b[')
    expect(renderText(reportFacts(inputs[0]!), styleFor({ isTTY: true }, { NO_COLOR: '1' }))).not.toContain('\x1b[')
    expect(renderText(reportFacts(inputs[0]!), colour)).toContain('\x1b[1m')
  })

  test('says what the comment says', () => {
    const text = renderText(reportFacts(inputs[0]!), plain)
    expect(text).toContain('Blast radius: 1 changed file in the graph (of 2) → 6 files (60.0% of 10)')
    expect(text).toContain('Risk: unknown:')
    expect(text).toMatch(/shop\/models\/product\.py\s+modified\s+3\s+6\s+3\s+4\s+2/)
    expect(text).toContain('Files by ring: █▇▅ · 1: 3 · 2: 2 · 3: 1')
    expect(text).toContain('2 test files in the blast radius')
    expect(text).toContain('web/x.rb')
    expect(text).toContain('.rb code, a language the graph does not read yet')
    expect(text).toMatchSnapshot()
  })

  test('tests to run, as the comment says them: a changed test, and "all" where no file of the graph is affected', () => {
    const graph = graphOf(['app/x.py', 'tests/test_x.py'], [['tests/test_x.py', 'app/x.py']])
    const changedTest = renderText(reportFacts(inputOf(graph, [{ path: 'tests/test_x.py', status: 'modified' }])), plain)
    expect(changedTest).toContain('\n\n1 test file to run (changed test files and those in the blast radius)\n  tests/test_x.py\n')
    const ruby = renderText(reportFacts(inputOf(smallShop(), [{ path: 'web/app.rb', status: 'modified' }])), plain)
    expect(ruby).toContain('Run all tests: 1 changed file of code the graph does not read')
  })

  test("where it lands: the comment's areas, not other folders", () => {
    // miniature Django: a large tests/ suite of small folders beside one large subfolder
    const facts = reportFacts(inputOf(hugeRadius(), [{ path: 'core/hub.py', status: 'modified' }]))
    const text = renderText(facts, plain)
    const landing = text.slice(text.indexOf('Where it lands'), text.indexOf('test files in the blast radius'))
    const shown = facts.areas.slice(0, 8).map(([area, n]) => `${count(n).padStart(7)}  ${areaWords(facts, area)}`)
    for (const line of shown) expect(landing).toContain(`  ${line}\n`)
    expect(landing).toContain(`…and ${plural(facts.areas.length - 8, 'more area')}`)
  })
})

describe('the JSON report', () => {
  test('has everything, uncut, and the contract impact document', () => {
    const json = reportJson(reportFacts(inputOf(hugeRadius(), [{ path: 'core/hub.py', status: 'modified' }])))
    expect(json.schema).toBe('blast-radius/report@1')
    expect(json.impact.schema).toBe('blast-radius/impact@1')
    expect(json.impact.affected.files).toHaveLength(10_000)
    expect(json.affected).toEqual({ total: 10_000, importTime: 10_000, ringCounts: [100, 9_900] })
    expect(json.changed[0]).toMatchObject({ path: 'core/hub.py', direct: 100, total: 10_000, deepest: 2 })
    expect(json.generatedAt).toBe('2026-01-02T03:04:05.000Z')
    expect(json.risk.level).toBe('very high')
  })

  test('round-trips through JSON.stringify unchanged (no Map, Set or undefined inside)', () => {
    const json = reportJson(
      reportFacts(
        inputOf(smallShop(), [
          { path: 'shop/cart.py', status: 'modified' },
          { path: 'x.md', status: 'modified' },
        ]),
      ),
    )
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
    expect(json.confidence.outside).toEqual([{ path: 'x.md', status: 'modified', kind: 'not-code' }])
  })
})

describe('risk', () => {
  const base = { changes: 1, inGraph: 1, graphFiles: 100, blindChanged: 0, brokenImports: 0, removedSources: 0, unresolvedLocal: 0 }
  test('levels from the thresholds a user sets', () => {
    const t = parseRiskThresholds('5, 20,100')
    expect(t).toEqual({ moderate: 5, high: 20, veryHigh: 100 })
    expect([0, 5, 19, 20, 100].map((affected) => assessRisk({ ...base, affected }, t).level)).toEqual([
      'low',
      'moderate',
      'moderate',
      'high',
      'very high',
    ])
  })

  test('bad thresholds get a clear message', () => {
    expect(() => parseRiskThresholds('10,5,100')).toThrow('each must be larger than the one before')
    expect(() => parseRiskThresholds('ten')).toThrow('expected three whole numbers')
    expect(() => parseRiskThresholds('1,2,')).toThrow('expected three whole numbers')
  })

  test('a graph that cannot see the change is unknown, never low', () => {
    expect(assessRisk({ ...base, graphFiles: 0, inGraph: 0, affected: 0 }).level).toBe('unknown')
    expect(assessRisk({ ...base, inGraph: 0, blindChanged: 1, affected: 0 }).level).toBe('unknown')
    expect(riskWord(assessRisk({ ...base, blindChanged: 1, affected: 0 }))).toBe('at least low')
  })

  test('imports still naming a removed file make it at least high', () => {
    expect(assessRisk({ ...base, affected: 0, brokenImports: 2 }).level).toBe('high')
  })

  test('a graph that cannot decode a tenth of the sources is unknown, never low', () => {
    expect(assessRisk({ ...base, graphFiles: 90, affected: 0, undecodable: 10 })).toEqual({
      level: 'unknown',
      why: '10 source files could not be decoded as text, so the graph cannot see much of the code',
    })
    expect(assessRisk({ ...base, graphFiles: 91, affected: 0, undecodable: 9 }).level).toBe('low')
  })

  test('a removed source file is a change the graph reads, even when nothing imports it any more', () => {
    expect(assessRisk({ ...base, inGraph: 0, affected: 0, removedSources: 1 }).why).toBe(
      '0 files in the blast radius (levels start at 10, 50, 250)',
    )
    expect(assessRisk({ ...base, inGraph: 0, affected: 0 }).why).toBe('no changed file is source the graph reads')
  })
})
