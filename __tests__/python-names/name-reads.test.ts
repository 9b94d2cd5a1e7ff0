import { beforeAll, describe, expect, it } from '@jest/globals'
import { PythonExtractor } from '../../src/languages/python/extract.js'
import { pythonParser } from '../../src/languages/python/parser.js'

// Issue 17 item 2: what a file reads off the names its imports bind, the same on the fast path (the
// scan's strings, comments and words) as on the full parse (the tree's).
let fast: PythonExtractor
let full: PythonExtractor
beforeAll(async () => {
  const parser = await pythonParser()
  fast = new PythonExtractor(parser, 'fast')
  full = new PythonExtractor(parser, 'full')
})

const read = (source: string) => {
  const bytes = new TextEncoder().encode(source)
  const facts = fast.extract(bytes)
  expect(facts).toEqual(full.extract(bytes))
  const reads = Object.fromEntries(facts.reads.map((r) => [r.name, [...r.attributes, ...(r.bare ? ['(bare)'] : [])].join(' ')]))
  return facts.exports === undefined ? reads : { ...reads, __all__: facts.exports }
}

describe('names read off bindings', () => {
  it.each([
    ['an attribute path', 'import a.b\na.b.c(1)\n', { a: 'b.c' }],
    ['blanks, continuations and comments between', 'import m\nx = (m .\n  # why\n  y)\nm.\\\n  z\n', { m: 'y z' }],
    ['bare uses: called, passed, rebound, a keyword', 'import m\nf(m)\n', { m: '(bare)' }],
    ['an attribute of something else is no use', 'import m\nobj.m\nobj . m\n', {}],
    ['strings and comments are not code', 'import m\n"m.x"\n# m.y\n', {}],
    ['f-string fields are code, the rest is not', 'import m\nf"{m.x} m.y {{m.z}}"\n', { m: 'x' }],
    ['a name that is a string prefix', 'from x import f\nf"text"\nf(1)\n', { f: '(bare)' }],
    ['an alias', 'from x import y as z\nz.w\ny.v\n', { z: 'w' }],
    ['a name never used has no entry', 'import m\nimport n\nn.k\n', { n: 'k' }],
    ['a literal __all__', '__all__ = ["a", "b"]\n__all__ += ("c",)\n', { __all__: ['a', 'b', 'c'] }],
    ['a computed __all__', '__all__ = ["a"] + other\n', { __all__: null }],
    ['__all__ used otherwise', '__all__ = ["a"]\n__all__.append("b")\n', { __all__: null }],
    ['__all__ in a one-line body', 'if x: __all__ = ["a"]\n', { __all__: ['a'] }],
  ])('%s', (_name, source, expected) => expect(read(source)).toEqual(expected))
})
