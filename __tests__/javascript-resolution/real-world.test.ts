import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { discoverFiles } from '../../src/discover/discover.js'
import { JsonFiles } from '../../src/languages/javascript/resolution/json.js'
import { JsProject } from '../../src/languages/javascript/resolution/project.js'
import { workspaceLinks } from '../../src/languages/javascript/resolution/workspaces.js'
import { resolvedPart, TsOracle } from './ts-oracle.js'

/**
 * A developer's check on a real project, not run in CI: every import of every JavaScript/TypeScript
 * file, ours against TypeScript's (ts-oracle.ts). The oracle gets the workspace links this project
 * computes (a real tree has no hand-written list). Run it as
 *
 *   JS_REAL_WORLD=/tmp/rollup-3.29.5 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/javascript-resolution/real-world
 *
 * on a tree unpacked from Debian (`apt-get source node-rollup`, `node-yarnpkg`); it prints the
 * figures and every disagreement.
 */
const repo = process.env.JS_REAL_WORLD
const GRAPH = /\.(?:[cm]?[jt]s|[jt]sx)$/

describe('real-world agreement with ts.resolveModuleName', () => {
  ;(repo ? test : test.skip)(
    `every import of ${repo ?? '$JS_REAL_WORLD'}`,
    async () => {
      const files = (await discoverFiles(repo!)).files.map((f) => f.path as string)
      const known = new Set(files)
      const readText = (path: string): string | undefined => (known.has(path) ? readFileSync(join(repo!, path), 'utf8') : undefined)
      const links = workspaceLinks(files, new JsonFiles(readText))
      const oracle = new TsOracle(repo!, files, links)
      const started = performance.now()
      const project = new JsProject(files, readText)
      const indexing = performance.now() - started
      let resolving = 0
      let compared = 0
      const differing: string[] = []
      const outcomes = new Map<string, number>()
      for (const file of files.filter((f) => GRAPH.test(f))) {
        for (const imported of oracle.importsOf(file)) {
          compared++
          const expected = oracle.expected(file, imported)
          const before = performance.now()
          const actual = resolvedPart(project.resolve(file, imported))
          resolving += performance.now() - before
          outcomes.set(expected.kind, (outcomes.get(expected.kind) ?? 0) + 1)
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            differing.push(
              `${file}:${imported.line} ${imported.form} '${imported.specifier}': TypeScript ${JSON.stringify(expected)}, ours ${JSON.stringify(actual)}`,
            )
          }
        }
      }
      console.log(
        [
          `${repo}: ${files.length} files, ${links.size} workspace links`,
          `imports compared: ${compared}; equal: ${compared - differing.length}; differing: ${differing.length}`,
          `TypeScript's answers: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`,
          `ours: index ${Math.round(indexing)} ms, resolution ${Math.round(resolving)} ms`,
          ...differing,
        ].join('\n'),
      )
      expect(compared).toBeGreaterThan(0)
    },
    600_000,
  )
})
