import { describe, expect, it } from '@jest/globals'
import { parseGoMod } from '../../src/languages/go/gomod.js'
import { unquoteGo } from '../../src/languages/go/go-string.js'

// go.mod and go.work syntax (CONTRACTS.md §6, last paragraph): what the graph reads from each text.

const summary = (text: string) => {
  const file = parseGoMod(text)
  return [
    ...(file.module === undefined ? [] : [`module ${file.module}`]),
    ...file.uses.map((u) => `use ${u}`),
    ...file.replaces.map((r) => `replace ${r.path} => ${r.dir ?? '(outside)'}`),
  ].join('; ')
}

describe('go.mod', () => {
  it.each([
    ['module example.com/m\n', 'module example.com/m'],
    ['module "example.com/quoted"\n', 'module example.com/quoted'],
    ['module `example.com/raw`\n', 'module example.com/raw'],
    ['// comment\nmodule example.com/m // trailing\n\ngo 1.21.0\ntoolchain go1.22.1\ngodebug default=go1.21\n', 'module example.com/m'],
    ['module example.com/m\r\ngo 1.19\r\n', 'module example.com/m'],
    ['go 1.19\nmodule example.com/late\n', 'module example.com/late'],
    ['module example.com/m\nrequire example.com/dep v1.0.0\nrequire (\n\texample.com/x v1.2.3 // indirect\n)\n', 'module example.com/m'],
    ['module example.com/m\nreplace example.com/a => ./a\n', 'module example.com/m; replace example.com/a => ./a'],
    ['replace example.com/a v1.0.0 => ../a\n', 'replace example.com/a => ../a'],
    ['replace example.com/a => .\nreplace example.com/b => ..\n', 'replace example.com/a => .; replace example.com/b => ..'],
    [
      'replace (\n\texample.com/a => ./a // local\n\t"example.com/b" v1.0.0 => "./b"\n\n\t// a comment line\n)\n',
      'replace example.com/a => ./a; replace example.com/b => ./b',
    ],
    ['replace example.com/a => example.com/fork v1.2.3\n', 'replace example.com/a => (outside)'],
    [
      'replace example.com/a => /abs/path\nreplace example.com/b => C:\\\\x\n',
      'replace example.com/a => (outside); replace example.com/b => (outside)',
    ],
    // Lines Go refuses: a module without a version that is no directory, a replace without an arrow.
    ['replace example.com/a => example.com/fork\nreplace example.com/b ./b\n', ''],
    ['module\nmodule a b\n', ''],
    ['module "unterminated\n', ''],
    ['retract v1.0.0\nexclude example.com/x v1.0.0\nunknown verb here\n', ''],
    ['replace ()\nmodule example.com/m\n', 'module example.com/m'],
  ])('%j reads as %j', (text, expected) => {
    expect(summary(text)).toBe(expected)
  })
})

describe('go.work', () => {
  it.each([
    ['go 1.21\nuse ./a\nuse (\n\t./b\n\t"./c d"\n\t.\n)\n', 'use ./a; use ./b; use ./c d; use .'],
    ['use (\n\t./a // main\n)\nreplace example.com/x => ./x\ntoolchain go1.22.0\n', 'use ./a; replace example.com/x => ./x'],
  ])('%j reads as %j', (text, expected) => {
    expect(summary(text)).toBe(expected)
  })
})

describe('Go string literals, as strconv.Unquote reads them', () => {
  it.each([
    ['"a/b"', 'a/b'],
    ['`a\\b`', 'a\\b'],
    ['`a\rb`', 'ab'],
    ['"\\x41\\101\\u00e9\\U0001F600\\t"', 'AAé😀\t'],
    ['"\\xc3\\xa9"', 'é'],
  ])('%s is %j', (literal, value) => {
    expect(unquoteGo(literal)).toBe(value)
  })

  it.each(['"a', '`a', '"a"b"', '"\\q"', '"\\400"', '"\\ud800"', "'a'", '"\n"', '"'])('%j is not a literal', (literal) => {
    expect(unquoteGo(literal)).toBeUndefined()
  })
})
