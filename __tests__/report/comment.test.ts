import { reportFacts } from '../../src/report/report-facts.js'
import MarkdownIt from 'markdown-it'
import { describe, expect, test } from '@jest/globals'
import { COMMENT_LIMIT, commentMarker, renderComment } from '../../src/report/comment.js'
import { renderMarkdown } from '../../src/report/markdown-report.js'
import { renderSummary } from '../../src/report/summary.js'
import { shortenChain } from '../../src/report/chains.js'
import { renderText } from '../../src/report/text-report.js'
import { REPORTERS } from '../../src/report/reporters.js'
import { percent } from '../../src/format/numbers.js'
import { styleFor } from '../../src/format/style.js'
import { FIXED_NOW, graphOf, hugeRadius, inputOf, smallShop } from '../fixtures/report/graphs.js'

describe('the PR comment', () => {
  test('a small change: headline, table, rings, landing, chains, confidence and footer', () => {
    const input = inputOf(smallShop(), [{ path: 'shop/models/product.py', status: 'modified' }])
    const body = renderComment(reportFacts(input))
    expect(body.split('\n')[0]).toBe('<!-- blast-radius:. -->')
    // cart, admin, typing_helpers (ring 1); api, test_cart (ring 2); test_api (ring 3)
    expect(body).toContain('## Blast radius: 1 changed file → 6 files (60.0% of 10)')
    // two imports of the shop's own modules do not resolve: a small radius then proves nothing
    expect(body).toContain('**Risk: unknown**')
    expect(body).toContain('- ⚠️ 2 imports look local but resolve to no file (listed below)')
    expect(body).toContain(
      '| [`shop/models/product.py`](https://github.com/octo/shop/blob/0123456789abcdef0123456789abcdef01234567/shop/models/product.py) | modified | 3 | 6 | 3 | 4 |',
    )
    expect(body).toContain(
      '- **At import time**: 4 (66.7%) load the change when they are imported; 2 only through lazy or type imports, which run later.',
    )
    expect(body).toContain('1: 3 · 2: 2 · 3: 1')
    expect(body).toContain('<details><summary><strong>Tests to run</strong>: all</summary>')
    expect(body).toMatch(/- hub, ring 2: \[`shop\/api.py`\]\([^)]*\/shop\/api.py\) → \[`shop\/cart.py`\]/)
    // the legend names only the kinds on the chains shown: admin.py's lazy import reaches only admin.py, no hub
    expect(body).toContain('Each chain ends at the change (`a → b`: a imports b, at the line cited):')
    expect(body).toContain('```mermaid\nflowchart LR')
    expect(body).toContain('2 imports look local but resolve to no file from their importer')
    expect(body).toContain('1 file has a syntax error')
    expect(body).toContain('1 dynamic import')
    expect(body).toContain('`.rb`')
    expect(body).toContain(
      'analysed in 1.2 s on 2026-01-02 03:04 UTC · blast-radius 0.1.0 · re-run: Actions → Run workflow (workflow_dispatch) with `pr-number` 7',
    )
    expect(body).toMatchSnapshot()
  })

  test('is the same bytes for the same graph and change, whatever order the inputs came in', () => {
    const changes = [
      { path: 'shop/cart.py', status: 'modified' as const },
      { path: 'shop/models/product.py', status: 'modified' as const },
    ]
    const a = renderComment(reportFacts(inputOf(smallShop(), changes)))
    const b = renderComment(reportFacts(inputOf(smallShop(), [...changes].reverse())))
    expect(a).toBe(b)
  })

  test('the marker names the working directory, and a folder name cannot end the HTML comment early', () => {
    expect(commentMarker('services/api')).toBe('<!-- blast-radius:services/api -->')
    const marker = commentMarker('a-->b')
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
  })

  test('a 10,000-file radius stays under 60,000 characters and keeps the headline, table and a truncation note', () => {
    const input = inputOf(hugeRadius(), [{ path: 'core/hub.py', status: 'modified' }], {
      thresholds: { moderate: 10, high: 100, veryHigh: 1000 },
    })
    const body = renderComment(reportFacts(input))
    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    expect(Buffer.byteLength(body)).toBeLessThan(COMMENT_LIMIT)
    // one file of the graph is not in the radius: not "100.0%"
    expect(body).toContain('## Blast radius: 1 changed file → 10,000 files (>99.9% of 10,001)')
    expect(body).toContain('**Risk: very high**')
    expect(body).toContain('| [`core/hub.py`]')
    // a reviewer of the PR has no report.json: the cut list says where more is
    expect(body).toMatch(/…and [\d,]+ more files \(the job summary lists more\)/)
    expect(body).not.toContain('report.json')
    // ring 2 is folded by folder: 100 packages × 9 parts would be 900 nodes
    const mermaid = body.slice(body.indexOf('```mermaid'), body.indexOf('```', body.indexOf('```mermaid') + 3))
    expect(mermaid.split('\n').filter((l) => l.includes('["')).length).toBeLessThan(100)
  })

  test('very long names everywhere still fit: every list is cut, and the headline and table stay', () => {
    const long = (i: number, tag: string) => `${'very_long_folder_name/'.repeat(45)}${tag}_${String(i).padStart(3, '0')}.py`
    const changed = Array.from({ length: 300 }, (_, i) => long(i, 'changed'))
    const users = changed.flatMap(
      (path, i) =>
        [
          [long(i, 'user_a'), path],
          [`tests/${long(i, 'test_b')}`, long(i, 'user_a')],
        ] as [string, string][],
    )
    const graph = graphOf([...changed, ...users.map(([from]) => from)], users, {
      unresolved: Array.from({ length: 100 }, (_, i) => ({
        from: long(i, 'user_a') as never,
        specifier: `very_long_folder_name.gone_${i}`,
        line: i + 1,
      })),
      partial: Array.from({ length: 100 }, (_, i) => ({ path: long(i, 'user_a') as never, line: 3 })),
      dynamic: Array.from({ length: 100 }, (_, i) => ({
        from: long(i, 'user_a') as never,
        specifier: `very_long_folder_name.plugin_${i}`,
        line: 9,
      })),
      skipped: Array.from({ length: 100 }, (_, i) => ({ path: long(i, 'skipped'), reason: 'larger than 2 MB' })),
    })
    const changes = [
      ...changed.map((path) => ({ path, status: 'modified' as const })),
      ...Array.from({ length: 100 }, (_, i) => ({ path: `very_long_folder_name/gone_${i}.py`, status: 'removed' as const })),
      ...Array.from({ length: 100 }, (_, i) => ({ path: long(i, 'web').replace('.py', '.js'), status: 'modified' as const })),
    ]
    const body = renderComment(reportFacts(inputOf(graph, changes)))
    expect(Buffer.byteLength(body)).toBeLessThan(COMMENT_LIMIT)
    expect(body).toContain('## Blast radius: 300 changed files in the graph (of 500 changed) → 600 files')
    expect(body).toMatch(/\| …and [\d,]+ more changed files \(the job summary lists more\)/)
    expect(body).toContain('<sub>Head')
    // the same lists under a tight limit: they shrink (and the diagram goes) rather than overflow it
    const tight = renderMarkdown(reportFacts(inputOf(graph, changes)), { limit: 20_000, listBudget: 6_000 })
    expect(Buffer.byteLength(tight)).toBeLessThan(20_000)
    expect(tight).toContain('| …and')
    expect(tight).toContain('<sub>Head')
  })

  test('the job summary carries more of the list than the comment, within 1 MiB', () => {
    const input = inputOf(hugeRadius(), [{ path: 'core/hub.py', status: 'modified' }])
    const summary = renderSummary(reportFacts(input))
    expect(summary.startsWith('<!--')).toBe(false)
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024)
    const listed = (text: string) => (text.match(/`module_\d\d\.py`/g) ?? []).length
    expect(listed(summary)).toBe(9900)
    expect(listed(renderComment(reportFacts(input)))).toBeLessThan(9900)
    // the summary is the fullest report a run has: a list it cuts points nowhere else
    expect(summary).not.toContain('job summary lists more')
    expect(summary).not.toContain('report.json')
  })

  test('the markdown of the CLI says where its cut lists are whole: --format json', () => {
    const body = REPORTERS.markdown(reportFacts(inputOf(hugeRadius(), [{ path: 'core/hub.py', status: 'modified' }])))
    expect(body).toMatch(/…and [\d,]+ more files \(`--format json` has them all\)/)
    expect(body).not.toContain('job summary')
  })

  test('where it lands: one area past the eight shown is shown, not counted in a row of its own', () => {
    const folders = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']
    const graph = graphOf(
      ['hub.py', ...folders.map((f) => `${f}/m.py`)],
      folders.map((f): [string, string] => [`${f}/m.py`, 'hub.py']),
    )
    const body = renderComment(reportFacts(inputOf(graph, [{ path: 'hub.py', status: 'modified' }])))
    expect(body).toContain('<strong>Where it lands</strong>: 1 ring, 9 areas')
    expect(body).toContain('| `i/` | 1 | 11.1% |')
    expect(body).not.toContain('…and 1 more area')
  })

  test('a share that is neither none nor all never reads as either', () => {
    // one importer among 3,000 files: 0.03% is not "0.0%"
    const files = Array.from({ length: 3_000 }, (_, i) => `pkg/m${i}.py`)
    const body = renderComment(
      reportFacts(inputOf(graphOf(files, [['pkg/m1.py', 'pkg/m0.py']]), [{ path: 'pkg/m0.py', status: 'modified' }])),
    )
    expect(body).toContain('## Blast radius: 1 changed file → 1 file (<0.1% of 3,000)')
    expect([percent(1, 3_000), percent(0, 5), percent(5, 5), percent(1_999, 2_000), percent(413, 500), percent(1, 0)]).toEqual([
      '<0.1%',
      '0.0%',
      '100.0%',
      '>99.9%',
      '82.6%',
      '0%',
    ])
  })

  test('nothing affected: says so plainly, with no diagram, and still low risk', () => {
    const graph = graphOf(['app/leaf.py', 'app/main.py'], [['app/main.py', 'app/leaf.py']])
    const body = renderComment(reportFacts(inputOf(graph, [{ path: 'app/main.py', status: 'modified' }])))
    expect(body).toContain('## Blast radius: 1 changed file → 0 files (0.0% of 2)')
    expect(body).toContain('**Risk: low**')
    expect(body).toContain('| 0 | 0 | 0 | 0 |')
    expect(body).not.toContain('```mermaid')
    expect(body).not.toContain('All 0')
    expect(body).toMatchSnapshot()
  })

  test('removed and renamed files list the imports that still name them', () => {
    const graph = graphOf(['shop/__init__.py', 'shop/new_name.py', 'shop/cart.py', 'shop/api.py'], [['shop/api.py', 'shop/new_name.py']], {
      unresolved: [
        { from: 'shop/cart.py' as never, specifier: 'shop.old_name', line: 4 },
        { from: 'shop/api.py' as never, specifier: 'shop.gone', line: 2 },
      ],
    })
    const body = renderComment(
      reportFacts(
        inputOf(graph, [
          { path: 'shop/new_name.py', status: 'renamed', previousPath: 'shop/old_name.py' },
          { path: 'shop/gone.py', status: 'removed' },
          { path: 'shop/unused.py', status: 'removed' },
        ]),
      ),
    )
    expect(body).toContain('- `shop/new_name.py` was `shop/old_name.py`')
    // the rename's row counts the file whose import of the old name breaks, and says so
    expect(body).toMatch(/`shop\/new_name.py`\]\([^)]*\) \| renamed, ⚠️ 1 import breaks \| 2 \| 2 \| 1 \| 2 \|/)
    expect(body).toContain('| `shop/gone.py` | removed, ⚠️ 1 import breaks | 1 | 1 | 1 | 1 |')
    expect(body).toContain('<summary><strong>Removed and renamed files</strong>: 3 files, ⚠️ 2 imports still name them</summary>')
    expect(body).toContain(
      '- `shop/old_name.py` (renamed): still imported in 1 place, which will fail to import:\n  - `shop/cart.py` line 4: `shop.old_name`',
    )
    expect(body).toContain('- `shop/gone.py` (removed): still imported in 1 place')
    expect(body).toContain('- `shop/unused.py` (removed): no import names it any more.')
    // broken imports raise the risk even though only two files are affected; they are no gap of the graph (no "at least")
    expect(body).toContain('**Risk: high**')
    expect(body).toContain('2 imports still name a removed file')
    expect(body).toMatchSnapshot()
  })

  test('an import of a removed file is a broken import, not a gap of the graph: it is counted once, among the removals', () => {
    // Python marks `shop.gone` as looking local (`shop` is a package of the repository): the removal explains it.
    const graph = graphOf(['shop/__init__.py', 'shop/api.py', 'shop/cart.py'], [], {
      unresolved: [
        { from: 'shop/api.py' as never, specifier: 'shop.gone', line: 2, looksLocal: true },
        { from: 'shop/cart.py' as never, specifier: 'shop.missing', line: 1, looksLocal: true },
      ],
    })
    const facts = reportFacts(inputOf(graph, [{ path: 'shop/gone.py', status: 'removed' }]))
    const body = renderComment(facts)
    // The removal is measured (its row has the radius), as the text report says too: not "0 changed files in the graph".
    expect(body).toContain('## Blast radius: 1 changed file → 1 file (33.3% of 3)')
    expect(renderText(facts, styleFor({ isTTY: false }, {}))).toContain('Blast radius: 1 changed file → 1 file (33.3% of 3)')
    expect(body).toContain('- `shop/gone.py` (removed): still imported in 1 place, which will fail to import:')
    expect(body).toContain('1 import still names a removed file; 1 import looks local but resolves to no file, so the radius may be larger')
    expect(body).toContain('- ⚠️ 1 import looks local but resolves to no file (listed below)')
    expect(body).not.toContain('`shop/api.py` line 2: `shop.gone`\n  - `shop/cart.py`')
    expect(facts.confidence.unresolvedLocal).toEqual([{ from: 'shop/cart.py', specifier: 'shop.missing', line: 1, looksLocal: true }])
    // The removed file is not at the head commit: the chain names it without a link that would lead nowhere.
    expect(body).toMatch(/- area `shop\/`, ring 1: \[`shop\/api.py`\]\([^)]*\) →\(removed\) `shop\/gone.py`\n/)
    expect(body).not.toContain('/shop/gone.py)')
    // the diagram draws the removed file, as the changed file it is, with the import that breaks
    const diagram = body.slice(body.indexOf('```mermaid'), body.indexOf('```', body.indexOf('```mermaid') + 3))
    expect(diagram).toContain('n0["shop/gone.py #40;removed#41;"]:::changed')
    expect(diagram).toContain('n1["shop/api.py"]:::ring1')
    expect(diagram).toContain('n1 --> n0')
  })

  test('imports that look local count against a change only in the languages it reaches: an import resolves within its own language', () => {
    const graph = graphOf(
      ['shop/__init__.py', 'shop/api.py', 'tests/test_api.py', 'web/app.js', 'web/util.js'],
      [['tests/test_api.py', 'shop/api.py']],
      {
        unresolved: [{ from: 'web/app.js' as never, specifier: './addons/build', line: 3, looksLocal: true }],
      },
    )
    // A Python change: the JavaScript gap cannot hide an importer of its radius, so the risk is low and the tests are listed.
    const python = reportFacts(inputOf(graph, [{ path: 'shop/api.py', status: 'modified' }]))
    const body = renderComment(python)
    expect(body).toContain('**Risk: low**: 1 file in the blast radius (levels start at 10, 50, 250).')
    expect(python.testRun).toMatchObject({ all: false, files: ['tests/test_api.py'] })
    expect(body).not.toContain('- ⚠️')
    expect(body).toContain(
      '- 1 import looks local but resolves to no file from their importer (none of them in a language this change reaches):',
    )
    expect(body).toContain('  - `web/app.js` line 3: `./addons/build`')
    // A JavaScript change: the same gap may hide importers of its radius.
    const js = reportFacts(inputOf(graph, [{ path: 'web/util.js', status: 'modified' }]))
    expect(renderComment(js)).toContain(
      '**Risk: unknown**: 0 files in the blast radius (levels start at 10, 50, 250); 1 import looks local',
    )
    expect(renderComment(js)).toContain('- ⚠️ 1 import looks local but resolves to no file (listed below)')
  })

  test('imports of the old name of a renamed file are not said to name a removed file', () => {
    const graph = graphOf(['shop/__init__.py', 'shop/new_name.py', 'shop/cart.py'], [], {
      unresolved: [{ from: 'shop/cart.py' as never, specifier: 'shop.old_name', line: 4 }],
    })
    const renamed = renderComment(
      reportFacts(inputOf(graph, [{ path: 'shop/new_name.py', status: 'renamed', previousPath: 'shop/old_name.py' }])),
    )
    expect(renamed).toContain('1 import still names a renamed file by its old name.')
    expect(renamed).not.toContain('removed file')
    const both = renderComment(
      reportFacts(
        inputOf(
          graphOf(['shop/__init__.py', 'shop/new_name.py', 'shop/cart.py', 'shop/api.py'], [], {
            unresolved: [
              { from: 'shop/cart.py' as never, specifier: 'shop.old_name', line: 4 },
              { from: 'shop/api.py' as never, specifier: 'shop.gone', line: 2 },
            ],
          }),
          [
            { path: 'shop/new_name.py', status: 'renamed', previousPath: 'shop/old_name.py' },
            { path: 'shop/gone.py', status: 'removed' },
          ],
        ),
      ),
    )
    expect(both).toContain("2 imports still name a removed file or a renamed one's old name.")
  })

  test('an empty graph never reads as safe', () => {
    const graph = graphOf([], [], { unread: { ts: 120 } })
    const body = renderComment(reportFacts(inputOf(graph, [{ path: 'web/app.ts', status: 'modified' }])))
    expect(body).toContain('**Risk: unknown**')
    expect(body).toContain('This does not mean the change is safe')
    expect(body).toContain('**The graph is empty**')
    expect(body).not.toContain('Risk: low')
  })

  test('changed code the graph does not read makes the risk unknown, or "at least" when part is measured', () => {
    const graph = smallShop()
    const only = renderComment(reportFacts(inputOf(graph, [{ path: 'web/app.rb', status: 'modified' }])))
    expect(only).toContain('**Risk: unknown**')
    expect(only).toContain('`web/app.rb`: .rb code, a language the graph does not read yet: its reach is unknown')
    const mixed = renderComment(
      reportFacts(
        inputOf(graph, [
          { path: 'shop/cart.py', status: 'modified' },
          { path: 'shop/generated.py', status: 'modified' },
          { path: 'README.md', status: 'modified' },
        ]),
      ),
    )
    expect(mixed).toContain('**Risk: unknown**')
    expect(mixed).toContain('`shop/generated.py`: skipped (larger than 2 MB): its reach is unknown')
    expect(mixed).toContain('`README.md`: not source code: nothing imports it')
    expect(mixed).toContain('1 changed file in the graph (of 3 changed)')
  })

  test('a change of no code: its files are one list, and no warning of a radius there is none of', () => {
    const md = new MarkdownIt({ html: true })
    const items = (body: string) => [...md.render(body).matchAll(/<ul>([\s\S]*?)<\/ul>/g)].map((m) => (m[1]!.match(/<li>/g) ?? []).length)
    // smallShop has two imports that look local: a docs change has no radius for them to make larger
    const docs = renderComment(
      reportFacts(
        inputOf(smallShop(), [
          { path: 'docs/intro.txt', status: 'modified' },
          { path: 'README.md', status: 'modified' },
        ]),
      ),
    )
    expect(docs).toContain('**Risk: low**: no changed file is source the graph reads.')
    expect(docs).not.toContain('- ⚠️ 2 imports look local')
    expect(docs).toContain('- 2 imports look local but resolve to no file from their importer') // still said, among the confidence notes
    expect(items(docs)[0]).toBe(2)
    // a warning right under the changed files is a list of its own, not a third changed file
    const mostlyRuby = graphOf(['app.py'], [], { unread: { rb: 50 } })
    const unread = renderComment(reportFacts(inputOf(mostlyRuby, [{ path: 'docs/intro.txt', status: 'modified' }])))
    expect(unread).toContain('- `docs/intro.txt`: not source code: nothing imports it\n\n<!-- -->\n\n- ⚠️ The graph holds fewer files')
    expect(items(unread).slice(0, 2)).toEqual([1, 1])
  })

  test('links to the snapshot: the image inline when it is hosted, else only the link', () => {
    const change = [{ path: 'shop/cart.py', status: 'modified' as const }]
    const both = renderComment(
      reportFacts(
        inputOf(smallShop(), change, { snapshot: { imageUrl: 'https://raw.example/s.png', viewUrl: 'https://example.org/view (1).html' } }),
      ),
    )
    expect(both).toContain(
      '[![3D snapshot of the import graph, the blast radius lit](https://raw.example/s.png)](https://example.org/view%20%281%29.html)',
    )
    const link = renderComment(reportFacts(inputOf(smallShop(), change, { snapshot: { viewUrl: 'https://example.org/run/1' } })))
    expect(link).toContain('[Open the interactive 3D view of the blast radius](https://example.org/run/1)')
    expect(link).not.toContain('![')
  })

  test('a 30-step chain shows its first and last six links around a count of the rest', () => {
    const files = Array.from({ length: 31 }, (_, i) => `chain/m${String(i).padStart(2, '0')}.py`)
    const graph = graphOf(
      files,
      files.slice(1).map((f, i): [string, string] => [f, files[i]!]),
    )
    const body = renderComment(reportFacts(inputOf(graph, [{ path: files[0]!, status: 'modified' }])))
    // the whole chain flows through m01 and m02: their chains explain all 30, the farthest file adds nothing
    expect(body).toMatch(/- hub, ring 2: \[`chain\/m02.py`\]\([^)]*\) → \[`chain\/m01.py`\]\([^)]*\) → \[`chain\/m00.py`\]/)
    expect(
      shortenChain(files.slice().reverse())
        .map((l) => (typeof l === 'string' ? l : `…${l.hidden}…`))
        .join(' '),
    ).toBe(`${files.slice(25).reverse().join(' ')} …19… ${files.slice(0, 6).reverse().join(' ')}`)
    expect(body).toContain('**Files by ring** (log scale): `' + '█'.repeat(24) + '` 1: 1 · 2: 1')
    expect(body).toContain('· 24: 1 · …6 more rings (6 files)')
  })

  test('notes from the action come right under the headline, as plain text', () => {
    const notes = ['Only the first 3,000 changed files were listed by GitHub.', 'Checkout is <b>not</b> the head: `x`']
    const body = renderComment(reportFacts(inputOf(smallShop(), [{ path: 'shop/cart.py', status: 'modified' }], { notes })))
    expect(body).toContain('> [!NOTE]\n> Only the first 3,000 changed files were listed by GitHub.')
    expect(body).toContain('> [!NOTE]\n> Checkout is &#60;b&#62;not&#60;/b&#62; the head: &#96;x&#96;')
    expect(body.indexOf('[!NOTE]')).toBeLessThan(body.indexOf('| Changed file |'))
  })

  test('the footer time is the given clock and nothing else in the body is a time', () => {
    const change = [{ path: 'shop/cart.py', status: 'modified' as const }]
    const a = renderComment(reportFacts(inputOf(smallShop(), change)))
    const b = renderComment(reportFacts(inputOf(smallShop(), change, { now: new Date(FIXED_NOW.getTime() + 3_600_000) })))
    const diff = a.split('\n').filter((line, i) => line !== b.split('\n')[i])
    expect(diff).toHaveLength(1)
    expect(diff[0]).toContain('2026-01-02 03:04 UTC')
  })
})
