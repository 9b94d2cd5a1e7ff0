// A new language is one adapter: this throwaway one (files `*.toy`, importing each other by `use NAME`,
// and `later NAME` for an import that runs on demand) goes through the graph, the blast radius, the
// change analysis, every report, the snapshot and the action's outputs without a line of them changing.
import { reportFacts } from '../../src/report/report-facts.js'
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { countOutputs } from '../../src/action/outputs.js'
import { analyzeChange } from '../../src/change/analyze-change.js'
import type { SourceFile, Unresolved } from '../../src/core/model.js'
import { baseName, dirOf, type RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import type { LanguageAdapter, Resolution, ResolveContext } from '../../src/languages/adapter.js'
import { languageAdapters } from '../../src/languages/registry.js'
import { graphJson } from '../../src/report/graph-json.js'
import { renderComment } from '../../src/report/comment.js'
import { reportJson } from '../../src/report/json-report.js'
import { renderText } from '../../src/report/text-report.js'
import { writeSnapshot } from '../../src/snapshot/write-snapshot.js'
import { makeRepo } from '../helpers/fixture-repo.js'

interface ToyFacts {
  readonly uses: readonly { readonly name: string; readonly line: number; readonly later: boolean }[]
}

/** `use NAME` names the file `NAME.toy` in the same folder; a `toy.cfg` beside it may say `lib = DIR`. */
class ToyAdapter implements LanguageAdapter<ToyFacts> {
  readonly id = 'toy'
  readonly grammars = []
  readonly edgeKinds = [
    { kind: 'import', atLoad: true, meaning: 'a `use` line' },
    { kind: 'lazy', atLoad: false, meaning: 'a `later` line: loaded on first call' },
  ]
  readonly languageNames = { toy: 'Toy' }
  readonly dynamicMeaning = '`use $name`'
  select = (files: readonly SourceFile[]) => files.filter((f) => f.path.endsWith('.toy'))
  languageOf = () => 'toy'
  dialectOf = () => 'toy'
  async init(): Promise<void> {}

  extract(source: Uint8Array): ToyFacts {
    const uses = new TextDecoder()
      .decode(source)
      .split('\n')
      .flatMap((text, i) => {
        const match = /^(use|later) (\$?\w+)$/.exec(text.trim())
        return match ? [{ name: match[2]!, line: i + 1, later: match[1] === 'later' }] : []
      })
    return { uses }
  }

  isFacts(value: unknown): value is ToyFacts {
    return typeof value === 'object' && value !== null && Array.isArray((value as ToyFacts).uses)
  }

  resolve(facts: ReadonlyMap<RepoPath, ToyFacts>, context: ResolveContext): Resolution {
    const files = new Set(context.files)
    const edges: Resolution['edges'][number][] = []
    const unresolved: Unresolved[] = []
    const dynamic: Resolution['dynamic'][number][] = []
    for (const [from, { uses }] of facts) {
      const dir = dirOf(from)
      const lib = /lib = (\w+)/.exec(context.readText(`${dir ? `${dir}/` : ''}toy.cfg` as RepoPath) ?? '')?.[1]
      for (const use of uses) {
        if (use.name.startsWith('$')) {
          dynamic.push({ from, specifier: use.name, line: use.line })
          continue
        }
        const candidates = [dir, lib].filter((d) => d !== undefined).map((d) => `${d ? `${d}/` : ''}${use.name}.toy`)
        const to = candidates.find((c) => files.has(c as RepoPath)) as RepoPath | undefined
        if (to) edges.push({ from, to, kind: use.later ? 'lazy' : 'import', line: use.line })
        else unresolved.push({ from, specifier: use.name, line: use.line, looksLocal: true })
      }
    }
    const tests = [...facts.keys()].filter((path) => baseName(path).startsWith('check_'))
    return { edges, unresolved, dynamic, partial: [], attributes: [], tests }
  }

  importsNaming(removed: readonly RepoPath[], references: readonly Unresolved[]) {
    return new Map(removed.map((path) => [path, references.filter((r) => `${r.specifier}.toy` === baseName(path))]))
  }
}

const REPO = {
  'toy.cfg': 'lib = lib\n',
  'core.toy': 'say hello\n',
  'app.toy': 'use core\nuse helpers\n',
  'cli.toy': 'later app\nuse $plugin\n',
  'check_app.toy': 'use app\n',
  'lib/helpers.toy': 'use gone\n',
  'notes.md': 'not code\n',
  'main.py': 'import os\n',
}

describe('a language added as one adapter', () => {
  it('goes through graph, impact, change, reports, snapshot and outputs untouched', async () => {
    const dir = await makeRepo(REPO)
    const languages = [...languageAdapters(), new ToyAdapter()]
    const graph = await buildGraph(dir, { languages })

    // The graph: files with their language and test flag, edges with kinds and lines, config read through the context.
    expect(graphJson(graph).files).toContainEqual({ path: 'app.toy', language: 'toy' })
    expect(graphJson(graph).files).toContainEqual({ path: 'main.py', language: 'python' })
    expect(graphJson(graph).edges).toEqual([
      { from: 'app.toy', to: 'core.toy', kind: 'import', line: 1 },
      { from: 'app.toy', to: 'lib/helpers.toy', kind: 'import', line: 2 },
      { from: 'check_app.toy', to: 'app.toy', kind: 'import', line: 1 },
      { from: 'cli.toy', to: 'app.toy', kind: 'lazy', line: 1 },
    ])
    expect(graph.kinds.map((k) => k.kind)).toEqual(['import', 'lazy', 'type', 'package', 'conftest', 'string'])
    expect(graph.kinds[1]!.meaning).toBe('inside a function, so only when it runs; a `later` line: loaded on first call')
    expect(graph.unread).toEqual({})

    // A change, and a removal whose importer the adapter finds.
    const analysis = analyzeChange(
      graph,
      [
        { path: 'core.toy', status: 'modified' },
        { path: 'lib/gone.toy', status: 'removed' },
      ],
      languages,
    )
    // lib/helpers.toy still uses the removed lib/gone.toy: it breaks, so it is in ring 1, and app.toy with it.
    expect(analysis.impact.affected.files.map((f) => [f.path, f.ring])).toEqual([
      ['app.toy', 1],
      ['lib/helpers.toy', 1],
      ['check_app.toy', 2],
      ['cli.toy', 2],
    ])
    // `later` is not followed at load time, by the adapter's own word.
    expect(analysis.importTimeImpact.affected.files.map((f) => f.path)).toEqual(['app.toy', 'lib/helpers.toy', 'check_app.toy'])
    expect(analysis.affectedTests).toEqual(['check_app.toy'])
    expect(analysis.gone).toEqual([
      {
        path: 'lib/gone.toy',
        status: 'removed',
        stillImportedBy: [{ from: 'lib/helpers.toy', specifier: 'gone', line: 1, looksLocal: true }],
      },
    ])

    // Every report speaks of it in the adapter's words.
    const input = {
      analysis,
      workingDirectory: '.',
      version: '0.0.0',
      analysisMs: 1,
      now: new Date(0),
      headSha: 'a'.repeat(40),
      repoUrl: 'https://github.com/o/r',
    }
    const comment = renderComment(reportFacts(input))
    // the removed file that lib/helpers.toy still imports is measured too: its row has the radius
    expect(comment).toContain('## Blast radius: 2 changed files → 4 files')
    expect(comment).toContain('1 only through lazy imports, which run later')
    // the chains shown are the hubs' (no lazy step on them): the legend names only the kinds drawn
    expect(comment).toContain('`→(removed)`: imports a file this change removes')
    expect(comment).toContain('1 dynamic import (`use $name`) seen but not followed.')
    // its files are counted by the name it gives its language
    expect(comment).toContain('The graph read 6 files (5 Toy and 1 Python)')
    expect(comment).toContain('`lib/helpers.toy` line 1: `gone`')
    expect(
      renderText(reportFacts(input), { bold: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s, cyan: (s) => s }),
    ).toContain('4 files')
    expect(reportJson(reportFacts(input)).affected.total).toBe(4)

    // The snapshot and the action's outputs.
    const out = await mkdtemp(join(tmpdir(), 'blast-radius-toy-'))
    const files = await writeSnapshot(out, graph, analysis.impact)
    expect(await readFile(files.html, 'utf8')).toContain('check_app.toy')
    expect(countOutputs(analysis)).toEqual({
      changedCount: 1,
      affectedCount: 4,
      affectedFiles: ['app.toy', 'lib/helpers.toy', 'check_app.toy', 'cli.toy'],
      affectedTests: ['check_app.toy'],
    })
  })
})
