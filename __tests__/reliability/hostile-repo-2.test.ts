import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toRepoPath, type RepoPath } from '../../src/core/repo-path.js'
import { discoverFiles } from '../../src/discover/discover.js'
import { SourceReader, type FolderProbe } from '../../src/discover/read-source.js'
import { changedFiles } from '../../src/git/changed-files.js'
import { resolveRange } from '../../src/git/git-range.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { extractBatch } from '../../src/graph/extract-files.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import type { LanguageAdapter } from '../../src/languages/adapter.js'
import { PythonExtractor } from '../../src/languages/python/extract.js'
import { pythonParser } from '../../src/languages/python/parser.js'
import { makeRepo } from '../helpers/fixture-repo.js'

// Issue 11, the engine's half: hostile repositories that crashed, stalled or fooled the engine. Each
// test names its item. None times anything: a stall shows as a test that never ends.

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' })

/** A repository of `files`, committed. */
async function committed(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await makeRepo(files)
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'base')
  return dir
}

const importersOf = (graph: Awaited<ReturnType<typeof buildGraph>>, path: string) =>
  blastRadius(graph, [path as RepoPath]).changed[0]!.rings[0] ?? []

describe('1. a backslash is an ordinary character of a name', () => {
  const files = { 'core.py': '', '..\\x.py': 'import core\n', 'a\\b.py': 'import core\n', 'docs\\..\\..\\notes.txt': 'x\n' }

  it('in git and outside it, `..\\x.py` and `a\\b.py` are files that import core.py, and nothing throws', async () => {
    for (const dir of [await committed(files), await makeRepo(files)]) {
      const graph = await buildGraph(dir)
      expect(importersOf(graph, 'core.py')).toEqual(['..\\x.py', 'a\\b.py'])
      expect(graph.skipped).toEqual([])
      expect((await discoverFiles(dir)).files.map((f) => f.path)).toContain('docs\\..\\..\\notes.txt')
    }
  })

  it('toRepoPath keeps it, and still refuses a real climb', () => {
    expect(toRepoPath('docs\\..\\..\\notes.txt')).toBe('docs\\..\\..\\notes.txt')
    expect(() => toRepoPath('docs/../../notes.txt')).toThrow('climbs out')
  })
})

describe('2. a failure in one file is that file skipped, never the run ended', () => {
  it('a 260 KB `import a,a,a,…` is read (it overflowed the stack)', async () => {
    const graph = await buildGraph(await makeRepo({ 'a.py': '', 'many.py': `import ${'a,'.repeat(130_000)}a\n` }))
    expect(graph.edges.map((e) => `${e.from}->${e.to}`)).toEqual(['many.py->a.py'])
  })

  it('an extractor that throws on one file: that file is skipped with the reason, the others are read', async () => {
    const adapter = {
      init: async () => {},
      extract: (bytes: Uint8Array) => {
        if (bytes[0] === 0x21) throw new RangeError('Maximum call stack size exceeded')
        return { length: bytes.length }
      },
    } as unknown as LanguageAdapter<{ length: number }>
    const dir = await makeRepo({ 'bad.py': '!', 'good.py': 'ok' })
    const outcomes = await extractBatch(
      adapter,
      new SourceReader(dir),
      ['bad.py', 'good.py'].map((p) => ({ path: p as RepoPath })),
    )
    expect(outcomes).toEqual([
      { path: 'bad.py', skipped: 'not read: Maximum call stack size exceeded' },
      { path: 'good.py', facts: { length: 2 } },
    ])
  })
})

describe('3. unbalanced brackets', () => {
  it('100,000 unclosed `(` (minutes of tree-sitter queries before) are read: the import above, the error line', async () => {
    const graph = await buildGraph(await makeRepo({ 'core.py': '', 'open.py': `import core\nx = ${'('.repeat(100_000)}\n` }))
    expect(importersOf(graph, 'core.py')).toEqual(['open.py'])
    expect(graph.partial.map((p) => p.path)).toEqual(['open.py'])
  })

  it('a file past the parse budget (counted in parse steps, not time) is refused with the reason, on either path', async () => {
    const parser = await pythonParser()
    const tight = { base: 0, perChar: 0.001 }
    // Statements the fast path parses too: 2,000 dynamic imports with a second argument (it reads plain import statements
    // and the plainest dynamic imports from the text, unparsed).
    const text = Buffer.from('m = __import__("os", None)\n'.repeat(2000))
    for (const path of ['fast', 'full'] as const) {
      expect(() => new PythonExtractor(parser, path, tight).extract(text)).toThrow(
        /^parsing passed its budget \(\d+ steps for \d+ characters\)$/,
      )
      // The default budget reads it, and the parser is left fit for the next file.
      expect(new PythonExtractor(parser, path).extract(text).dynamic).toHaveLength(2000)
    }
  })
})

describe('5. a FIFO where git has a file', () => {
  let writer: ChildProcess | undefined
  afterEach(() => {
    // The writer's process group: the shell and its sleep.
    if (writer?.pid) process.kill(-writer.pid, 'SIGKILL')
  })

  it('is skipped as not a regular file, without waiting for a writer', async () => {
    const dir = await committed({ 'core.py': '', 'pipe.py': 'import core\n' })
    rmSync(join(dir, 'pipe.py'))
    execFileSync('mkfifo', [join(dir, 'pipe.py')])
    // Before the fix the open blocked the whole process until a writer came. This writer comes after a
    // while and leaves a mark first, so a read that waited for it shows (instead of hanging the suite).
    const came = join(dir, '.git', 'writer-came')
    writer = spawn('sh', ['-c', `sleep 30; touch '${came}'; echo 'import core' > '${join(dir, 'pipe.py')}'`], {
      detached: true,
      stdio: 'ignore',
    })
    const graph = await buildGraph(dir)
    expect(existsSync(came)).toBe(false)
    expect(graph.skipped).toEqual([{ path: 'pipe.py', reason: 'not a regular file' }])
    expect(graph.files.map((f) => f.path)).toEqual(['core.py'])
  })
})

describe('6. deep trees', () => {
  /** The file system, with each question counted. */
  function counting(): FolderProbe & { links: number; realpaths: number } {
    const probe = {
      links: 0,
      realpaths: 0,
      isLink: (path: string) => (probe.links++, lstatSync(path).isSymbolicLink()),
      realpath: (path: string) => (probe.realpaths++, realpathSync.native(path)),
    }
    return probe
  }

  it('2,000 nested package folders: one lstat per folder, a real path only for the root (was one per folder, each O(depth))', async () => {
    const depth = 2000
    const root = await mkdtemp(join(tmpdir(), 'br-'))
    const folders = Array.from({ length: depth }, (_, i) => 'p/'.repeat(i + 1).slice(0, -1))
    mkdirSync(join(root, folders[depth - 1]!), { recursive: true })
    for (const folder of folders) writeFileSync(join(root, folder, '__init__.py'), 'from . import p\n')
    const probe = counting()
    const reader = new SourceReader(root, undefined, probe)
    for (const folder of folders) expect('bytes' in reader.read(`${folder}/__init__.py` as RepoPath)).toBe(true)
    expect([probe.links, probe.realpaths]).toEqual([depth, 1])
  })

  it('a folder link that stays inside is read through; one that leaves is refused, and nothing below it is asked about', async () => {
    const outside = await makeRepo({ 'deep/deeper/secret.py': 'import x\n' })
    const root = await makeRepo({ 'pkg/m.py': 'import x\n' })
    symlinkSync(join(root, 'pkg'), join(root, 'alias'))
    symlinkSync(outside, join(root, 'out'))
    const probe = counting()
    const reader = new SourceReader(root, undefined, probe)
    expect('bytes' in reader.read('alias/m.py' as RepoPath)).toBe(true)
    expect(reader.read('out/deep/deeper/secret.py' as RepoPath)).toEqual({
      skipped: 'inside a link that leaves the repository (not followed)',
    })
    expect(reader.read('out/deep/other.py' as RepoPath)).toEqual({ skipped: 'inside a link that leaves the repository (not followed)' })
    // alias and out (one lstat and one real path each, besides the root's); out/deep and below never.
    expect([probe.links, probe.realpaths]).toEqual([2, 3])
  })
})

describe('15. a .gitattributes that re-encodes the working tree', () => {
  const base = { 'core.py': '', 'a.py': 'import core\n', 'b.py': 'import core\n', 'c.py': 'from core import x\n' }

  /** The repository after a pull request that adds the attribute: git writes every .py file in EBCDIC. */
  async function reencodedRepo(): Promise<string> {
    const dir = await committed(base)
    writeFileSync(join(dir, '.gitattributes'), '*.py working-tree-encoding=IBM037\n')
    git(dir, 'add', '.gitattributes')
    git(dir, 'commit', '-qm', 'attributes')
    for (const name of Object.keys(base)) rmSync(join(dir, name))
    git(dir, 'checkout', '--', '.')
    return dir
  }

  it('the files that do not decode are skipped and counted, so the report can call the risk unknown', async () => {
    const graph = await buildGraph(await reencodedRepo())
    expect(graph.undecodable).toBe(3)
    expect(graph.skipped.map((s) => `${s.path}: ${s.reason}`)).toEqual(
      ['a.py', 'b.py', 'c.py'].map((p) => `${p}: not read: not utf-8 text (and no coding line names another)`),
    )
  })

  it('facts read from re-encoded bytes are never cached under the commit’s blob ids: a later run of the same commit is right', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'br-cache-'))
    await buildGraph(await reencodedRepo(), { cacheDir })
    // The innocent run: the same blobs, checked out without the attribute.
    const innocent = await committed(base)
    const warm = await buildGraph(innocent, { cacheDir })
    expect(importersOf(warm, 'core.py')).toEqual(['a.py', 'b.py', 'c.py'])
    expect(warm.edges).toEqual((await buildGraph(innocent)).edges)
  })

  it('a re-encoded file has no blob id to be cached by: it is keyed by the bytes read', async () => {
    const { files } = await discoverFiles(await reencodedRepo())
    expect(files.map((f) => [f.path, f.blob !== undefined])).toEqual([
      ['.gitattributes', true],
      ['a.py', false],
      ['b.py', false],
      ['c.py', false],
      ['core.py', false],
    ])
  })
})

describe('16. file names that are not UTF-8', () => {
  const latin1Name = (dir: string) => Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.py')])

  it('are skipped under a readable spelling, in git and outside it, never silently dropped', async () => {
    const plain = await makeRepo({ 'core.py': '' })
    writeFileSync(latin1Name(plain), 'import core\n')
    const tracked = await makeRepo({ 'core.py': '' })
    writeFileSync(latin1Name(tracked), 'import core\n')
    git(tracked, 'init', '-q')
    git(tracked, 'add', '-A')
    git(tracked, 'commit', '-qm', 'base')
    const untracked = await committed({ 'core.py': '' })
    writeFileSync(latin1Name(untracked), 'import core\n')
    for (const dir of [plain, tracked, untracked]) {
      const graph = await buildGraph(dir)
      expect(graph.skipped).toEqual([{ path: 'caf\\xe9.py', reason: 'file name is not UTF-8 (cannot be named)' }])
      expect(graph.files.map((f) => f.path)).toEqual(['core.py'])
    }
  })

  it('a diff names them as discovery does, so the change meets its reason', async () => {
    const dir = await committed({ 'core.py': '' })
    const base = git(dir, 'rev-parse', 'HEAD').trim()
    writeFileSync(latin1Name(dir), 'import core\n')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'café')
    const range = await resolveRange(dir, { base, head: 'HEAD' })
    const [change] = await changedFiles(dir, range)
    const graph = await buildGraph(dir)
    expect(graph.skipped.find((s) => s.path === change?.path)?.reason).toBe('file name is not UTF-8 (cannot be named)')
  })
})
