import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateSynthRepo, writeSynthRepo, type SynthResult } from '../../scripts/synth-repo.mjs'
import { buildGraph } from '../../src/graph/build-graph.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { astImports, havePython } from '../helpers/ast-oracle.js'

/** A digest of every file generated (paths and bytes, in order), and the result. */
function digest(files: number, seed: number): { hash: string; paths: string[]; result: SynthResult } {
  const hash = createHash('sha256')
  const paths: string[] = []
  const result = generateSynthRepo({
    files,
    seed,
    onFile(path, bytes) {
      paths.push(path)
      hash.update(path).update('\0').update(bytes)
    },
  })
  return { hash: hash.digest('hex'), paths, result }
}

describe('the synthetic repository generator', () => {
  it('gives the same bytes for the same size and seed, and others for another seed', () => {
    const a = digest(800, 11)
    expect(digest(800, 11).hash).toBe(a.hash)
    expect(digest(800, 12).hash).not.toBe(a.hash)
  })

  it('writes exactly the number of Python files asked for, at every size', () => {
    for (const files of [1, 2, 7, 39, 40, 199, 200, 1234]) {
      const { paths, result } = digest(files, 1)
      expect(paths.filter((p) => p.endsWith('.py'))).toHaveLength(files)
      expect(result.files).toBe(files)
      expect(new Set(paths).size).toBe(paths.length)
    }
  })

  it('refuses a size or seed that is not a whole number', () => {
    expect(() => generateSynthRepo({ files: 0, seed: 1, onFile: () => undefined })).toThrow(/--files/)
    expect(() => generateSynthRepo({ files: 2.5, seed: 1, onFile: () => undefined })).toThrow(/--files/)
    expect(() => generateSynthRepo({ files: 10, seed: Number.NaN, onFile: () => undefined })).toThrow(/--seed/)
  })

  it('lays out packages, nested subpackages, a src layout and a tests root', () => {
    const { paths } = digest(3000, 5)
    expect(paths.filter((p) => p.endsWith('/__init__.py')).length).toBeGreaterThan(100)
    expect(paths.some((p) => /^[a-z_0-9]+\/[a-z_0-9]+\/[a-z_0-9]+\/[a-z_0-9]+\/__init__\.py$/.test(p))).toBe(true)
    expect(paths.some((p) => p.startsWith('src/corelib/'))).toBe(true)
    expect(paths.some((p) => /^tests\/test_[a-z0-9_]+\/__init__\.py$/.test(p))).toBe(true)
    expect(paths).not.toContain('tests/__init__.py')
  })
})

describe('a synthetic repository of 3,000 files, built by the engine', () => {
  let dir: string
  let made: SynthResult
  let graph: ImportGraph
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'blast-radius-synth-'))
    made = writeSynthRepo({ files: 3000, seed: 42, out: join(dir, 'repo') })
    graph = await buildGraph(join(dir, 'repo'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('has exactly the edges the generator meant, with their kinds', () => {
    const broken = new Set(made.broken)
    const built = graph.edges.filter((e) => !broken.has(e.from)).map((e) => `${e.from} -> ${e.to} (${e.kind})`)
    expect(built).toEqual(made.edges.map((e) => `${e.from} -> ${e.to} (${e.kind})`))
  })

  it('has every edge kind (string imports too), cycles, syntax errors and unresolved imports', () => {
    const kinds = new Set(graph.edges.map((e) => e.kind))
    expect([...kinds].sort()).toEqual(['import', 'lazy', 'package', 'string', 'type'])
    const pairs = new Set(graph.edges.map((e) => `${e.from}\0${e.to}`))
    expect(graph.edges.some((e) => pairs.has(`${e.to}\0${e.from}`))).toBe(true)
    expect(graph.partial.map((p) => p.path)).toEqual(made.broken)
    expect(made.broken.length).toBeGreaterThan(0)
    expect(graph.unresolved.some((u) => u.specifier === 'os')).toBe(true)
    expect(graph.unresolved.some((u) => /\.ghost_\d+$/.test(u.specifier))).toBe(true)
  })

  const withPython = havePython ? it : it.skip
  withPython('is valid Python to CPython, except the files meant to be broken', () => {
    const root = join(dir, 'repo')
    const paths = readdirSync(root, { recursive: true })
      .map(String)
      .filter((p) => p.endsWith('.py'))
    const refused = [...astImports(paths.map((p) => join(root, p))).values()]
      .filter((r) => !r.ok)
      .map((r) => r.path.slice(root.length + 1))
      .sort()
    expect(refused).toEqual(made.broken)
  })
})
