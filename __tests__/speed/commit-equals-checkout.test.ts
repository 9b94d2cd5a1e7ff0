import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commitAll, writeSynthRepo } from '../../scripts/synth-repo.mjs'
import { buildGraph } from '../../src/graph/build-graph.js'
import { graphDifferences } from './graph-differences.js'

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { encoding: 'utf8' }).trim()

let scratch: string
let repo: string
let base: string
let head: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'commit-equals-checkout-'))
  repo = join(scratch, 'repo')
  writeSynthRepo({ files: 400, seed: 5, out: repo })
  commitAll(repo, 'base')
  base = git(repo, 'rev-parse', 'HEAD')
  // The head: edits spread over the tree, a file past the size limit, a link, a file with a NUL byte.
  const python = git(repo, 'ls-files', '*.py').split('\n')
  for (const path of python.filter((_, i) => i % 37 === 0)) appendFileSync(join(repo, path), '\nimport os\n')
  writeFileSync(join(repo, 'big.py'), `x = '${'a'.repeat(70000)}'\n`)
  writeFileSync(join(repo, 'nul.py'), 'import os\0\n')
  symlinkSync('big.py', join(repo, 'link.py'))
  mkdirSync(join(repo, 'extra'))
  writeFileSync(join(repo, 'extra', 'mod.py'), `from ${python[0]!.replace(/\.py$/, '').replaceAll('/', '.')} import *\n`)
  git(repo, 'add', '-A')
  git(repo, 'commit', '-qm', 'head')
  head = git(repo, 'rev-parse', 'HEAD')
  // The work tree moves on, so that reading it instead of the commit would show.
  git(repo, 'checkout', '-q', base)
  writeFileSync(join(repo, 'uncommitted.py'), 'import os\n')
}, 120_000)
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The graph of `commit` as a checkout of it gives it: the reference for reading from git's objects. */
async function checkedOut(commit: string, folder = '', options = {}) {
  const tree = join(scratch, `tree-${commit.slice(0, 8)}-${readdirSync(scratch).length}`)
  git(repo, 'worktree', 'add', '--detach', '--quiet', tree, commit)
  try {
    return await buildGraph(join(tree, folder), { maxFileBytes: 65536, threads: 1, ...options })
  } finally {
    git(repo, 'worktree', 'remove', '--force', tree)
  }
}

describe("a commit read from git's objects gives the graph of its checkout", () => {
  it('for the whole repository, skipped files and their reasons included', async () => {
    const expected = await checkedOut(head)
    const actual = await buildGraph(repo, { commit: head, maxFileBytes: 65536, threads: 1 })
    expect(graphDifferences(expected, actual)).toEqual([])
    expect(actual.has('extra/mod.py')).toBe(true)
    expect(actual.has('uncommitted.py')).toBe(false)
    expect(actual.skipped.map((s) => `${s.path}: ${s.reason}`).sort()).toEqual([
      'big.py: larger than 64 KB',
      'link.py: symbolic link (not followed)',
      'nul.py: not text (holds a NUL byte)',
    ])
  })

  it('for a folder of the repository, with paths relative to it', async () => {
    const folder = readdirSync(repo, { withFileTypes: true }).find((e) => e.isDirectory() && e.name !== '.git' && e.name !== 'extra')!.name
    const expected = await checkedOut(head, folder)
    const actual = await buildGraph(join(repo, folder), { commit: head, maxFileBytes: 65536, threads: 1 })
    expect(actual.files.length).toBeGreaterThan(10)
    expect(graphDifferences(expected, actual)).toEqual([])
  })

  it('with threads, and with a cache written by the base: then only the changed blobs are extracted', async () => {
    const cacheDir = join(scratch, 'cache')
    await buildGraph(repo, { commit: base, cacheDir, maxFileBytes: 65536 })
    const cold = await buildGraph(repo, { commit: head, maxFileBytes: 65536, threads: 2 })
    const warm = await buildGraph(repo, { commit: head, cacheDir, maxFileBytes: 65536, threads: 2 })
    expect(graphDifferences(cold, warm)).toEqual([])
    // Every changed or added Python file is looked up and missed (the link is no file to look up).
    const changed = git(repo, 'diff', '--name-only', base, head)
      .split('\n')
      .filter((p) => p.endsWith('.py') && p !== 'link.py')
    expect(changed.length).toBeGreaterThan(10)
    expect(warm.cache?.misses).toBe(changed.length)
  })
})
