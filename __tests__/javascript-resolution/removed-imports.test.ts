import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Unresolved } from '../../src/core/model.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import type { ResolveContext } from '../../src/languages/adapter.js'
import type { JsFacts } from '../../src/languages/javascript/facts.js'
import { importsNamingRemoved } from '../../src/languages/javascript/removed-imports.js'
import { resolveJavaScript } from '../../src/languages/javascript/resolve.js'
import { EDGE_CASES } from '../fixtures/js-resolution/edge-cases.js'
import { FIXTURES } from '../fixtures/js-resolution/repositories.js'
import { makeRepo } from '../helpers/fixture-repo.js'
import { TsOracle, type OracleImport } from './ts-oracle.js'

const GRAPH = /\.(?:[cm]?[jt]s|[jt]sx)$/
const key = (from: string, imported: { line: number; specifier: string }) => `${from}:${imported.line} '${imported.specifier}'`

/**
 * The imports a removal breaks, judged by TypeScript: for every fixture and every file some import reaches,
 * the references that `importsNamingRemoved` finds in the tree without that file are exactly the imports
 * whose answer from `ts.resolveModuleName` on the whole tree is that file and that find nothing once it is
 * gone (one that finds another file instead, `./x` reaching `x.js` once `x.ts` is gone, is not broken).
 * One departure is allowed, by design: a reference keeps no syntax, so it is tried in every mode, and one
 * that TypeScript left unresolved in its own mode before the removal may be listed too.
 */
describe('imports that name a removed file equal what TypeScript resolved them to before the removal', () => {
  const counted = { named: 0, bare: 0 }
  for (const [name, fixture] of Object.entries({ ...FIXTURES, ...EDGE_CASES })) {
    test(name, async () => {
      const dir = await makeRepo(fixture.files)
      const files = Object.keys(fixture.files).sort() as RepoPath[]
      const text = (path: string) => readFileSync(join(dir, path), 'utf8')
      const oracle = new TsOracle(dir, files, new Map(Object.entries(fixture.links ?? {})))
      const imports = new Map(files.filter((f) => GRAPH.test(f)).map((f) => [f, oracle.importsOf(f)] as [RepoPath, OracleImport[]]))
      const targets = new Set<string>()
      for (const [file, list] of imports) {
        for (const imported of list) {
          const answer = oracle.expected(file, imported)
          if (answer.kind === 'file' && answer.path !== file) targets.add(answer.path)
        }
      }
      expect(targets.size).toBeGreaterThan(0)

      const differing: string[] = []
      for (const removed of [...targets].sort() as RepoPath[]) {
        const after = files.filter((f) => f !== removed)
        const context: ResolveContext = { files: after, readText: (p) => (after.includes(p) ? text(p) : undefined) }
        const facts = new Map<RepoPath, JsFacts>(
          [...imports].filter(([f]) => f !== removed).map(([f, list]) => [f, { imports: list, dynamic: [] }]),
        )
        const { unresolved } = resolveJavaScript(facts, context)
        const broken = new Set(unresolved.map((r) => key(r.from, r)))
        const answerBefore = new Map(
          [...facts].flatMap(([file, { imports: list }]) =>
            list.map((i) => [key(file, i), oracle.expected(file, i as OracleImport)] as const),
          ),
        )
        const expected = [...answerBefore].filter(([k, answer]) => broken.has(k) && answer.kind === 'file' && answer.path === removed)
        const actual = new Set(
          (importsNamingRemoved([removed], unresolved, context).get(removed) ?? []).map((r: Unresolved) => key(r.from, r)),
        )
        counted.named += actual.size
        counted.bare += [...actual].filter((k) => !/ '\./.test(k)).length
        const missed = expected.map(([k]) => k).filter((k) => !actual.has(k))
        // The one departure (see importsNamingRemoved): a reference its own mode left unresolved before, that another mode reaches.
        const extra = [...actual].filter((k) => !expected.some(([e]) => e === k) && answerBefore.get(k)?.kind !== 'unresolved')
        if (missed.length || extra.length)
          differing.push(`${removed}: missed ${JSON.stringify(missed)}, wrongly listed ${JSON.stringify(extra)}`)
      }
      expect(differing).toEqual([])
    })
  }

  test('the fixtures break imports by bare names too (aliases, workspace packages, exports), not only relative ones', () => {
    expect(counted.named).toBeGreaterThan(20)
    expect(counted.bare).toBeGreaterThan(5)
  })
})
