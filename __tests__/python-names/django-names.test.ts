import { execFileSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { analyzeChange, type ChangeAnalysis } from '../../src/change/analyze-change.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { languageAdapters } from '../../src/languages/registry.js'

// Issue 17's real-world check, run by `npm run check-django` (DJANGO_DIR): for `capfirst` in
// django/utils/text.py and `Signal.connect` in dispatcher.py, the narrowed figures beside the file-level
// ones; the narrowed set is a subset of the file-level one and holds every file naming the changed name.
const DJANGO = process.env.DJANGO_DIR
const suite = DJANGO ? describe : describe.skip

suite('names on Django 4.2.28', () => {
  let graph: ImportGraph
  const languages = languageAdapters()
  beforeAll(async () => {
    graph = await buildGraph(DJANGO!, { languages })
  })

  const analyse = (path: string, line: number): ChangeAnalysis =>
    analyzeChange(graph, [{ path: path as RepoPath, status: 'modified', hunks: [{ start: line, count: 1, removed: [] }] }], languages)

  /** The Python files other than `path` that name `word` in their text, as grep finds them. */
  const naming = (word: string, path: string) =>
    execFileSync('grep', ['-rlw', '--include=*.py', word, '.'], { cwd: DJANGO!, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((p) => p.replace(/^\.\//u, ''))
      .filter((p) => p !== path)

  it.each([
    ['django/utils/text.py', 19, 'capfirst', 'capfirst'],
    ['django/dispatch/dispatcher.py', 48, 'Signal', 'Signal'],
  ])('%s line %i (%s)', (path, line, name, word) => {
    const analysis = analyse(path, line)
    expect(analysis.changedNames.get(path as RepoPath)).toEqual({ all: false, names: [name] })
    const names = analysis.names!
    const file = names.files[0]!
    const narrowed = new Set(names.narrowed.affected.files.map((f) => f.path))
    const fileLevel = new Set(names.fileLevel.affected.files.map((f) => f.path))
    const ring1 = names.narrowed.affected.files.filter((f) => f.ring === 1).length
    process.stdout.write(
      `${path} (${name}): ${file.importers} files import it; ${file.users.length} use the changed names (ring 1: ${ring1}) → ` +
        `${names.narrowed.affected.total} files in the narrowed radius, ${names.fileLevel.affected.total} at file level\n`,
    )
    expect([...narrowed].filter((p) => !fileLevel.has(p))).toEqual([])
    expect(naming(word, path).filter((p) => !narrowed.has(p as RepoPath))).toEqual([])
  })
})
