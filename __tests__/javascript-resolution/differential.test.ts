import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JsonFiles } from '../../src/languages/javascript/resolution/json.js'
import { JsProject } from '../../src/languages/javascript/resolution/project.js'
import { workspaceLinks } from '../../src/languages/javascript/resolution/workspaces.js'
import { EDGE_CASES } from '../fixtures/js-resolution/edge-cases.js'
import { FIXTURES } from '../fixtures/js-resolution/repositories.js'
import { makeRepo } from '../helpers/fixture-repo.js'
import { resolvedPart, TsOracle } from './ts-oracle.js'

const GRAPH = /\.(?:[cm]?[jt]s|[jt]sx)$/

/**
 * Every import of every fixture repository resolves to the file TypeScript's own resolver gives, with
 * that file's compiler options and mode, after §5.5's steps (see ts-oracle.ts).
 */
describe('JavaScript/TypeScript resolution equals ts.resolveModuleName', () => {
  for (const [name, fixture] of Object.entries({ ...FIXTURES, ...EDGE_CASES })) {
    test(name, async () => {
      const dir = await makeRepo(fixture.files)
      const files = Object.keys(fixture.files).sort()
      const readText = (path: string): string | undefined => (files.includes(path) ? readFileSync(join(dir, path), 'utf8') : undefined)
      expect(Object.fromEntries(workspaceLinks(files, new JsonFiles(readText)))).toEqual(fixture.links ?? {})

      const oracle = new TsOracle(dir, files, new Map(Object.entries(fixture.links ?? {})))
      const project = new JsProject(files, readText)
      const compared: string[] = []
      const differing: string[] = []
      for (const file of files.filter((f) => GRAPH.test(f))) {
        for (const imported of oracle.importsOf(file)) {
          const expected = oracle.expected(file, imported)
          const actual = resolvedPart(project.resolve(file, imported))
          const line = `${file}:${imported.line} ${imported.form} '${imported.specifier}'`
          compared.push(line)
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            differing.push(`${line}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
          }
        }
      }
      expect(compared.length).toBeGreaterThan(0)
      expect(differing).toEqual([])
    })
  }
})
