import { beforeAll, describe, expect, it } from '@jest/globals'
import type { GoExtractor } from '../../src/languages/go/extract.js'
import { UndecodableSource } from '../../src/languages/undecodable-source.js'
import { factsLine, goExtractor } from './helpers.js'

// CONTRACTS.md §6 "Reading a file": one line per case, the source and what the graph reads from it.

let fast: GoExtractor
let full: GoExtractor
beforeAll(async () => {
  fast = await goExtractor('fast')
  full = await goExtractor('full')
})
/** The facts line, the same on both paths (the fast one reads plain headers without the parser). */
const read = (source: string | Uint8Array) => {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source
  const line = factsLine(full.extract(bytes))
  expect(factsLine(fast.extract(bytes))).toBe(line)
  return line
}

describe('the package clause and the imports after it', () => {
  it.each([
    ['package p\n', 'p:'],
    ['// Package p does things.\npackage p\nimport "a"\n', 'p: a@3'],
    ['/* a\nb */ package p; import "a"', 'p: a@2'],
    ['package p\nimport (\n\t"a"\n\tx "b"\n\t. "c"\n\t_ "d"\n)\n', 'p: a@3 b@4 c@5 d@6'],
    ['package p\nimport "a"\nimport (\n)\nimport `raw/b`\n', 'p: a@2 raw/b@5'],
    ['package p\nimport ("a"; "b")\n', 'p: a@2 b@2'],
    ['package p\nimport (\n\t"a" // one\n\t/* two */ "b"\n)\n', 'p: a@3 b@4'],
    ['package p\nimport "C"\n', 'p: C@2'],
    ['package p\nimport "a\\x2fb"\n', 'p: a/b@2'],
    ['package p\nimport "\\u00e9t\\u00e9"\n', 'p: été@2'],
    ['package main\nfunc main() {}\n', 'main:'],
  ])('%j reads as %s', (source, expected) => {
    expect(read(source)).toBe(expected)
  })

  it.each([
    ['package p\nfunc f() {}\nimport "late"\n', 'p:'],
    ['package p\nimport "a"\nvar x = 1\nimport "b"\n', 'p: a@2'],
    ['package p\nimport "a"\ntype T int\nimport "b"\nconst c = 2\n', 'p: a@2'],
    ['package p\nimport "a"\nfunc f() { import "b" }\n', 'p: a@2'],
  ])('an import after another declaration does not count: %j', (source, expected) => {
    expect(read(source)).toBe(expected)
  })

  it('reads a header that reaches past the first bytes, and one that ends before them whatever follows', () => {
    expect(read('// ' + 'x'.repeat(20000) + '\npackage p\nimport "a"\n')).toBe('p: a@3')
    expect(read('package p\nimport "a"\n\nvar s = "' + 'é'.repeat(10000) + '"\n')).toBe('p: a@2')
    expect(read('package p\nimport "a"\n' + '// ' + 'é'.repeat(10000) + '\nimport "b"\n')).toBe('p: a@2 b@4')
    const many = read('package p\n\nimport (\n' + '\t"a"\n'.repeat(5000) + ')\n').split(' ')
    expect([many.length, many[1], many.at(-1)]).toEqual([5001, 'a@4', 'a@5003'])
  })

  it('refuses bytes that are not UTF-8, anywhere in the file, as the compiler does', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('package p\nimport "a"\nvar s = "'), 0xe9, 0x22, 0x0a])
    expect(() => fast.extract(latin1)).toThrow(UndecodableSource)
    expect(() => full.extract(latin1)).toThrow('not UTF-8 text')
  })

  it('drops a BOM and counts lines by \\n alone, CRLF included', () => {
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('package p\r\nimport "a"\r\n')]))).toBe('p: a@2')
  })
})

describe('syntax errors', () => {
  it.each([
    // Broken below the header: Go reads only the header, and so does the graph.
    ['package p\nimport "a"\nfunc f() {\n', 'p: a@2'],
    ['package p\nimport "a"\n}}}} (((\n', 'p: a@2'],
    // Broken inside the header: the imports before the first error.
    ['package p\nimport "a"\nimport "b\n', 'p: a@2 !3'],
    ['package p\nimport (\n\t"a"\n\t3\n\t"b"\n)\n', 'p: a@3 !4'],
    ['package p\nimport (\n\t"a"\n', 'p: a@3 !4'],
    ['package p\nimport "a"\nimport "\\q"\nimport "b"\n', 'p: a@2 !3'],
    // A missing line break between declarations: a token tree-sitter makes up without showing it.
    ['package p import "a"\n', 'p: !1'],
    ['package p\nimport "a" import "b"\n', 'p: a@2 !2'],
    // tree-sitter-go's reading, not Go's: a block comment holding a line break ends a spec for Go
    // (`a` and `b`), an error for tree-sitter (docs/contracts.md §6).
    ['package p\nimport (\n\t"a" /*\n*/ "b"\n)\n', 'p: !3'],
    // No package clause that can be read: in no package.
    ['import "a"\n', '-: !1'],
    ['\n\nimport "a"\n', '-: !3'],
    ['', '-: !1'],
    ['package\nimport "a"\n', '-: !1'],
    ['package _\nimport "a"\n', '-: !1'],
    ['// only a comment\n', '-: !1'],
  ])('%j reads as %s', (source, expected) => {
    expect(read(source)).toBe(expected)
  })
})
