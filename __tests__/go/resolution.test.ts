import { describe, expect, it } from '@jest/globals'
import { goRepo } from './helpers.js'

// One specification per rule of CONTRACTS.md §6 Packages, Modules and Resolution, each on a repository
// written for it (in memory: path → text).

const MOD = 'module example.com/m\n\ngo 1.21.0\n'

describe('packages', () => {
  it('gives the contract’s example exactly', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'p/p.go': 'package p\n',
      'p/q.go': 'package p\n',
      'p/p_test.go': 'package p\n\nimport "example.com/m/util"\n',
      'p/export_test.go': 'package p\n',
      'p/ext_test.go': 'package p_test\n\nimport "example.com/m/p"\n',
      'util/util.go': 'package util\n',
    })
    expect(result.edges).toEqual([
      'p/export_test.go -> p/p.go (package)',
      'p/export_test.go -> p/p_test.go (package)',
      'p/export_test.go -> p/q.go (package)',
      'p/ext_test.go -> p/export_test.go (import)',
      'p/ext_test.go -> p/p.go (import)',
      'p/ext_test.go -> p/p_test.go (import)',
      'p/ext_test.go -> p/q.go (import)',
      'p/p.go -> p/q.go (package)',
      'p/p_test.go -> p/export_test.go (package)',
      'p/p_test.go -> p/p.go (package)',
      'p/p_test.go -> p/q.go (package)',
      'p/p_test.go -> util/util.go (import)',
      'p/q.go -> p/p.go (package)',
    ])
    expect(result.unresolved).toEqual([])
  })

  it('links external tests of one package to each other, and to nothing else of the folder without an import', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'p/p.go': 'package p\n',
      'p/a_test.go': 'package p_test\n',
      'p/b_test.go': 'package p_test\n',
    })
    expect(result.edges).toEqual(['p/a_test.go -> p/b_test.go (package)', 'p/b_test.go -> p/a_test.go (package)'])
  })

  it('takes each clause of a folder as a package of its own (a `//go:build ignore` generator beside the package)', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'p/a.go': 'package p\n',
      'p/b.go': 'package p\n',
      'p/gen.go': '//go:build ignore\n\npackage main\n\nimport "example.com/m/p"\n',
      'p/gen2.go': '// +build ignore\n\npackage main\n',
      'q/q.go': 'package q\n\nimport "example.com/m/p"\n',
    })
    expect(result.edges).toEqual([
      'p/a.go -> p/b.go (package)',
      'p/b.go -> p/a.go (package)',
      'p/gen.go -> p/a.go (import)',
      'p/gen.go -> p/b.go (import)',
      // An import of its own folder reaches its own package too: both kinds.
      'p/gen.go -> p/gen2.go (import, package)',
      'p/gen2.go -> p/gen.go (package)',
      // An import reaches every non-test file of the folder, whatever its clause.
      'q/q.go -> p/a.go (import)',
      'q/q.go -> p/b.go (import)',
      'q/q.go -> p/gen.go (import)',
      'q/q.go -> p/gen2.go (import)',
    ])
  })

  it('keeps files of every platform and build tag, with their edges', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'x/x_windows.go': 'package x\n',
      'x/x_linux_arm64.go': '//go:build linux && arm64\n\npackage x\n',
      'tools.go': '//go:build tools\n\npackage tools\n\nimport _ "example.com/m/x"\n',
    })
    expect(result.edges).toEqual([
      'tools.go -> x/x_linux_arm64.go (import)',
      'tools.go -> x/x_windows.go (import)',
      'x/x_linux_arm64.go -> x/x_windows.go (package)',
      'x/x_windows.go -> x/x_linux_arm64.go (package)',
    ])
  })

  it('reads a test file with the clause of a non-test package named `x_test` as that package’s internal test', async () => {
    const result = await goRepo({ 'go.mod': MOD, 'w/w.go': 'package w_test\n', 'w/w_test.go': 'package w_test\n' })
    expect(result.edges).toEqual(['w/w_test.go -> w/w.go (package)'])
  })

  it('leaves a file without a readable package clause out of every edge, and says where it broke', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'p/p.go': 'package p\n',
      'p/broken.go': 'import "example.com/m/q"\n',
      'p/blank.go': 'package _\n',
      'q/q.go': 'package q\n\nimport "example.com/m/p"\n',
    })
    expect(result.edges).toEqual(['q/q.go -> p/p.go (import)'])
    expect(result.partial).toEqual(['p/blank.go:1', 'p/broken.go:1'])
  })

  it('counts the imports above a header’s first error', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'a/a.go': 'package a\nimport (\n\t"example.com/m/b"\n\t3\n\t"fmt"\n)\n',
      'b/b.go': 'package b\n',
    })
    expect(result.edges).toEqual(['a/a.go -> b/b.go (import)'])
    expect(result.partial).toEqual(['a/a.go:4'])
  })
})

describe('imports', () => {
  it('counts `import "C"` as nothing, and every other import no file provides as unresolved with its line', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'c/c.go':
        'package c\n\n// #include <stdio.h>\nimport "C"\n\nimport (\n\t"fmt"\n\t"github.com/other/lib"\n\t"example.com/m/missing"\n\t"./rel"\n)\n',
    })
    expect(result.edges).toEqual([])
    expect(result.unresolved).toEqual([
      'c/c.go:10 ./rel',
      'c/c.go:7 fmt',
      'c/c.go:8 github.com/other/lib',
      'c/c.go:9 example.com/m/missing',
    ])
  })

  it('resolves aliased, dot and blank imports alike, and the module root itself', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'root.go': 'package m\n',
      'a/a.go': 'package a\n\nimport (\n\tm "example.com/m"\n\t. "example.com/m/b"\n\t_ "example.com/m/c"\n)\n',
      'b/b.go': 'package b\n',
      'c/c.go': 'package c\n',
    })
    expect(result.edges).toEqual(['a/a.go -> b/b.go (import)', 'a/a.go -> c/c.go (import)', 'a/a.go -> root.go (import)'])
  })

  it('finds no package in a folder of test files only, in vendor/, testdata/, or folders starting with _ or .', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'a/a.go':
        'package a\n\nimport (\n\t"example.com/m/onlytests"\n\t"example.com/m/testdata/t"\n\t"example.com/m/_x"\n\t"example.com/m/.y"\n\t"example.com/dep"\n\t"example.com/m/vendor/example.com/dep"\n)\n',
      'onlytests/o_test.go': 'package onlytests\n',
      'testdata/t/t.go': 'package t\n',
      '_x/x.go': 'package x\n',
      '.y/y.go': 'package y\n',
      'vendor/example.com/dep/dep.go': 'package dep\n',
      'vendor/modules.txt': '# example.com/dep v1.0.0\nexample.com/dep\n',
    })
    expect(result.edges).toEqual([])
    expect(result.unresolved.map((u) => u.replace(/^a\/a\.go:\d+ /, ''))).toEqual([
      'example.com/m/onlytests',
      'example.com/m/testdata/t',
      'example.com/m/_x',
      'example.com/m/.y',
      'example.com/dep',
      'example.com/m/vendor/example.com/dep',
    ])
  })

  it('keeps the edge to the first line when two imports name one folder, and makes none to the file itself', async () => {
    const result = await goRepo({
      'go.mod': MOD + 'replace example.com/alias => ./b\n',
      'b/go.mod': 'module example.com/b\n',
      'b/b.go': 'package b\n\nimport "example.com/b"\n',
      'b/c.go': 'package b\n',
      'a/a.go': 'package a\n\nimport (\n\tx "example.com/alias"\n\ty "example.com/b"\n)\n',
      'a/go.mod': 'module example.com/a\n\nreplace (\n\texample.com/alias => ../b\n\texample.com/b => ../b\n)\n',
    })
    expect(result.lines).toEqual(['a/a.go:4 -> b/b.go', 'a/a.go:4 -> b/c.go', 'b/b.go:3 -> b/c.go'])
    expect(result.edges).toEqual([
      'a/a.go -> b/b.go (import)',
      'a/a.go -> b/c.go (import)',
      'b/b.go -> b/c.go (import, package)',
      'b/c.go -> b/b.go (package)',
    ])
  })
})

describe('modules', () => {
  it('takes a folder with its own go.mod out of the enclosing module', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'a/a.go': 'package a\n\nimport (\n\t"example.com/m/nested/n"\n\t"example.com/nested/n"\n)\n',
      'nested/go.mod': 'module example.com/nested\n',
      'nested/n/n.go': 'package n\n\nimport (\n\t"example.com/m/a"\n\t"example.com/nested/o"\n)\n',
      'nested/o/o.go': 'package o\n',
    })
    expect(result.edges).toEqual(['nested/n/n.go -> nested/o/o.go (import)'])
    expect(result.unresolved).toEqual([
      'a/a.go:4 example.com/m/nested/n',
      'a/a.go:5 example.com/nested/n',
      'nested/n/n.go:4 example.com/m/a',
    ])
  })

  it('resolves nothing for files below no go.mod, but keeps their package edges', async () => {
    const result = await goRepo({ 'src/a/a.go': 'package a\n\nimport "b"\n', 'src/a/a2.go': 'package a\n', 'src/b/b.go': 'package b\n' })
    expect(result.edges).toEqual(['src/a/a.go -> src/a/a2.go (package)', 'src/a/a2.go -> src/a/a.go (package)'])
    expect(result.unresolved).toEqual(['src/a/a.go:3 b'])
  })

  it('ignores a go.mod in a left-out folder', async () => {
    const result = await goRepo({
      'go.mod': MOD,
      'testdata/go.mod': 'module example.com/td\n',
      'a/a.go': 'package a\n\nimport "example.com/m/b"\n',
      'b/b.go': 'package b\n',
      'vendor/x/go.mod': 'module example.com/m/b\n',
    })
    expect(result.edges).toEqual(['a/a.go -> b/b.go (import)'])
  })

  it('maps a local replacement to its folder, when that folder holds a go.mod inside the repository', async () => {
    const result = await goRepo({
      'app/go.mod':
        'module example.com/app\n\nrequire example.com/lib v1.0.0\n\nreplace (\n\texample.com/lib v1.0.0 => ../lib\n\texample.com/nomod => ../nomod\n\texample.com/fork => example.com/elsewhere v1.2.3\n\texample.com/abs => /opt/abs\n\texample.com/out => ../../out\n)\n',
      'app/main.go':
        'package main\n\nimport (\n\t"example.com/lib/util"\n\t"example.com/nomod"\n\t"example.com/fork"\n\t"example.com/abs"\n\t"example.com/out"\n)\n',
      'lib/go.mod': 'module example.com/differently/named\n',
      'lib/util/util.go': 'package util\n',
      'nomod/n.go': 'package nomod\n',
    })
    expect(result.edges).toEqual(['app/main.go -> lib/util/util.go (import)'])
    expect(result.unresolved.map((u) => u.split(' ')[1])).toEqual([
      'example.com/nomod',
      'example.com/fork',
      'example.com/abs',
      'example.com/out',
    ])
  })

  it('lets the longest module path win, and falls back to a shorter one only where the longer maps to no package', async () => {
    const result = await goRepo({
      'go.mod': MOD + 'replace example.com/m/sub => ./other\n',
      'sub/x/x.go': 'package x\n',
      'sub/y/y.go': 'package y\n',
      'other/go.mod': 'module example.com/other\n',
      'other/x/x.go': 'package x\n',
      'a.go': 'package m\n\nimport (\n\t"example.com/m/sub/x"\n\t"example.com/m/sub/y"\n)\n',
    })
    expect(result.edges).toEqual(['a.go -> other/x/x.go (import)', 'a.go -> sub/y/y.go (import)'])
  })
})

describe('workspaces', () => {
  const work = {
    'go.work': 'go 1.21\n\nuse (\n\t./a\n\t./b\n)\n\nreplace example.com/r => ./r\n',
    'a/go.mod': 'module example.com/a\n\nreplace example.com/ra => ../ra\n',
    'a/a.go':
      'package a\n\nimport (\n\t"example.com/b/bb"\n\t"example.com/r"\n\t"example.com/ra"\n\t"example.com/rb"\n\t"example.com/c"\n)\n',
    'b/go.mod': 'module example.com/b\n\nreplace example.com/rb => ../rb\n',
    'b/bb/bb.go': 'package bb\n',
    'r/go.mod': 'module example.com/r\n',
    'r/r.go': 'package r\n',
    'ra/go.mod': 'module example.com/ra\n',
    'ra/ra.go': 'package ra\n',
    'rb/go.mod': 'module example.com/rb\n',
    'rb/rb.go': 'package rb\n',
    'c/go.mod': 'module example.com/c\n',
    'c/c.go': 'package c\n\nimport (\n\t"example.com/a"\n\t"example.com/b/bb"\n)\n',
  }

  it('lets a used module see every used module, the go.work’s replacements and every used module’s', async () => {
    const result = await goRepo(work)
    expect(result.edges.filter((e) => e.startsWith('a/'))).toEqual([
      'a/a.go -> b/bb/bb.go (import)',
      'a/a.go -> r/r.go (import)',
      'a/a.go -> ra/ra.go (import)',
      'a/a.go -> rb/rb.go (import)',
    ])
    expect(result.unresolved.filter((u) => u.startsWith('a/'))).toEqual(['a/a.go:8 example.com/c'])
  })

  it('does not apply to a module it does not use', async () => {
    const result = await goRepo(work)
    expect(result.edges.filter((e) => e.startsWith('c/'))).toEqual([])
    expect(result.unresolved.filter((u) => u.startsWith('c/'))).toEqual(['c/c.go:4 example.com/a', 'c/c.go:5 example.com/b/bb'])
  })

  it('applies only as the nearest go.work above the module', async () => {
    const result = await goRepo({
      'go.work': 'use ./inner/m\n',
      'inner/go.work': 'use ./other\n',
      'inner/other/go.mod': 'module example.com/other\n',
      'inner/other/o.go': 'package other\n',
      'inner/m/go.mod': 'module example.com/m\n',
      'inner/m/m.go': 'package m\n\nimport "example.com/other"\n',
    })
    expect(result.edges).toEqual([])
    expect(result.unresolved).toEqual(['inner/m/m.go:3 example.com/other'])
  })
})
