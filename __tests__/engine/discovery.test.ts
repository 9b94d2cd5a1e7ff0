import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { discoverFiles } from '../../src/discover/discover.js'
import { startGitLists } from '../../src/discover/git-lists.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { makeRepo } from '../helpers/fixture-repo.js'

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })

async function gitRepo(files: Record<string, string>): Promise<string> {
  const dir = await makeRepo(files)
  git(dir, 'init', '-q')
  git(dir, 'config', 'user.email', 'test@example.com')
  git(dir, 'config', 'user.name', 'test')
  return dir
}

describe('discovery in a git work tree', () => {
  it('reads tracked files and new ones git does not ignore, never ignored ones', async () => {
    const dir = await gitRepo({ '.gitignore': 'build/\n', 'a.py': 'import b\n', 'b.py': '', 'build/b.py': '' })
    git(dir, 'add', 'a.py', '.gitignore')
    git(dir, 'commit', '-qm', 'first')
    const graph = await buildGraph(dir)
    expect(graph.files.map((f) => f.path)).toEqual(['a.py', 'b.py'])
    expect(graph.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['a.py->b.py'])
  })

  it('drops a tracked file deleted from the working tree, and never follows a tracked link', async () => {
    const dir = await gitRepo({ 'a.py': '', 'gone.py': '' })
    await symlink('/etc/passwd', join(dir, 'link.py'))
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'first')
    git(dir, 'rm', '-q', '--cached', 'gone.py')
    execFileSync('rm', [join(dir, 'a.py')])
    const graph = await buildGraph(dir)
    expect(graph.files.map((f) => f.path)).toEqual(['gone.py'])
    expect(graph.skipped).toEqual([{ path: 'link.py', reason: 'symbolic link (not followed)' }])
  })

  it('analyses a subfolder of a work tree with paths relative to it', async () => {
    const dir = await gitRepo({ 'svc/app/__init__.py': '', 'svc/app/m.py': 'from app import x\n', 'other/z.py': '' })
    git(dir, 'add', '-A')
    const graph = await buildGraph(join(dir, 'svc'))
    expect(graph.files.map((f) => f.path)).toEqual(['app/__init__.py', 'app/m.py'])
  })

  it('keeps the blob id of a file git writes as stored, in a subfolder too, and drops the others', async () => {
    const dir = await gitRepo({ 'svc/a.py': '', 'svc/c.py': '', 'svc/d.py': '' })
    git(dir, 'add', '-A')
    // EBCDIC for a.py, the attribute unset for c.py.
    await writeFile(join(dir, '.git/info/attributes'), 'a.py working-tree-encoding=IBM037\nc.py -working-tree-encoding\n')
    const { files } = await discoverFiles(join(dir, 'svc'))
    expect(files.map((f) => [f.path, f.blob !== undefined])).toEqual([
      ['a.py', false],
      ['c.py', true],
      ['d.py', true],
    ])
  })

  it('tells a name that is not UTF-8 from UTF-8 text that spells it the same way when it drops blob ids', async () => {
    // `caf\xe9.py` spelled with a backslash (UTF-8), re-encoded on checkout; `caf<E9>.py` (Latin-1 bytes) written as stored.
    const dir = await gitRepo({ 'caf\\xe9.py': '' })
    await writeFile(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.py')]), '')
    git(dir, 'add', '-A')
    await writeFile(join(dir, '.git/info/attributes'), 'caf?xe9.py working-tree-encoding=IBM037\n')
    const { files, skipped } = await discoverFiles(dir)
    expect(files.map((f) => [f.path, f.blob !== undefined])).toEqual([['caf\\xe9.py', false]])
    expect(skipped.map((s) => s.path)).toEqual(['caf\\xe9.py'])
  })

  it('lists a file in a merge conflict once, with no blob id (its stages are not what the work tree holds)', async () => {
    const dir = await gitRepo({ 'a.py': '', 'b.py': 'x = 0\n', 'c.py': '' })
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'base')
    git(dir, 'checkout', '-qb', 'other')
    await writeFile(join(dir, 'b.py'), 'x = 1\n')
    git(dir, 'commit', '-qam', 'other')
    git(dir, 'checkout', '-q', '-')
    await writeFile(join(dir, 'b.py'), 'x = 2\n')
    git(dir, 'commit', '-qam', 'this')
    expect(() => git(dir, 'merge', '-q', 'other')).toThrow()
    const { files } = await discoverFiles(dir)
    expect(files.map((f) => [f.path, f.blob !== undefined])).toEqual([
      ['a.py', true],
      ['b.py', false],
      ['c.py', true],
    ])
  })

  it("takes git's lists started earlier for the same folder, and never another folder's", async () => {
    const dir = await gitRepo({ 'a.py': '', 'b.py': '' })
    git(dir, 'add', 'a.py')
    const other = await gitRepo({ 'elsewhere.py': '' })
    const started = startGitLists(dir)
    // Lists are of the moment they were asked for: a file added after that is not in them.
    await started.outputs
    await writeFile(join(dir, 'c.py'), '')
    const paths = async (lists?: ReturnType<typeof startGitLists>) =>
      (await discoverFiles(dir, { gitLists: lists })).files.map((f) => f.path)
    expect(await paths(started)).toEqual(['a.py', 'b.py'])
    expect(await paths(startGitLists(other))).toEqual(['a.py', 'b.py', 'c.py'])
    expect(await paths()).toEqual(['a.py', 'b.py', 'c.py'])
  })

  it('lists a folder outside git by walking it, whatever lists were started for it', async () => {
    const dir = await makeRepo({ 'a.py': '' })
    expect((await discoverFiles(dir, { gitLists: startGitLists(dir) })).source).toBe('walk')
  })
})

describe('discovery outside git', () => {
  it('never follows links, looping or leaving the repository', async () => {
    const dir = await makeRepo({ 'pkg/__init__.py': '', 'pkg/m.py': '' })
    await symlink('..', join(dir, 'pkg', 'loop'))
    await symlink('/usr/lib', join(dir, 'outside'))
    const graph = await buildGraph(dir)
    expect(graph.files.map((f) => f.path)).toEqual(['pkg/__init__.py', 'pkg/m.py'])
    expect(graph.skipped.map((s) => s.path)).toEqual(['outside', 'pkg/loop'])
  })

  it('skips, with a reason, files over the size limit, binary files, and unreadable files', async () => {
    const dir = await makeRepo({ 'big.py': 'x = 1\n'.repeat(1000), 'bin.py': new Uint8Array([0x69, 0, 0x6d]), 'ok.py': '' })
    await writeFile(join(dir, 'secret.py'), 'import os\n')
    await chmod(join(dir, 'secret.py'), 0)
    await mkdir(join(dir, 'empty'))
    const graph = await buildGraph(dir, { maxFileBytes: 1024 })
    const reasons = Object.fromEntries(graph.skipped.map((s) => [s.path, s.reason]))
    expect(reasons['big.py']).toBe('larger than 1 KB')
    expect(reasons['bin.py']).toBe('not text (holds a NUL byte)')
    // root reads every file; elsewhere an unreadable file is skipped with its error code
    if (process.getuid?.() !== 0) expect(reasons['secret.py']).toMatch(/^not readable/)
    expect(graph.files.map((f) => f.path)).toContain('ok.py')
  })

  it('says which other languages it did not read', async () => {
    const graph = await buildGraph(await makeRepo({ 'a.py': '', 'web/app.rb': '', 'web/util.rb': '', 'README.md': '' }))
    expect(graph.unread).toEqual({ rb: 2 })
  })

  it('applies include and exclude globs', async () => {
    const dir = await makeRepo({ 'src/a.py': '', 'src/gen/b.py': '', 'tools/c.py': '' })
    const graph = await buildGraph(dir, { include: ['src/**'], exclude: ['**/gen/**'] })
    expect(graph.files.map((f) => f.path)).toEqual(['src/a.py'])
  })
})
