import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SourceReader } from '../../src/discover/read-source.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import { makeRepo } from '../helpers/fixture-repo.js'

// Hostile repositories, generated here rather than committed: each gives a graph, and says in
// `skipped` or `partial` what it could not read. None may throw.

const paths = (graph: Awaited<ReturnType<typeof buildGraph>>) => graph.files.map((f) => f.path)

describe('bad bytes', () => {
  it('reads what it can of syntax errors, BOMs, CRLF, Latin-1 with a coding line; skips Latin-1 without one', async () => {
    const graph = await buildGraph(
      await makeRepo({
        'core.py': '',
        'broken.py': 'import core\ndef f(:\n',
        'bom.py': '\ufeffimport core\n',
        'crlf.py': 'x = 1\r\nimport core\r\n',
        'latin_declared.py': new Uint8Array([...Buffer.from('# coding: latin-1\ns = "'), 0xe9, ...Buffer.from('"\nimport core\n')]),
        'latin_undeclared.py': new Uint8Array([...Buffer.from('s = "'), 0xe9, ...Buffer.from('"\nimport core\n')]),
      }),
    )
    const importers = blastRadius(graph, ['core.py' as RepoPath]).changed[0]!.rings[0]
    expect(importers).toEqual(['bom.py', 'broken.py', 'crlf.py', 'latin_declared.py'])
    expect(graph.partial).toEqual([{ path: 'broken.py', line: 2 }])
    // Not UTF-8 and no coding line: CPython refuses the file, so it imports nothing; skipped, and counted.
    expect(graph.skipped).toEqual([{ path: 'latin_undeclared.py', reason: 'not read: not utf-8 text (and no coding line names another)' }])
    expect(graph.undecodable).toBe(1)
  })

  it('skips a NUL byte, a binary file and a 20 MB file, each with its reason', async () => {
    const dir = await makeRepo({
      'nul.py': 'import os\0\n',
      'binary.py': new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
      'ok.py': '',
    })
    await writeFile(join(dir, 'generated.py'), 'x = 1\n'.repeat(3_500_000))
    const graph = await buildGraph(dir)
    expect(graph.skipped).toEqual([
      { path: 'binary.py', reason: 'not text (holds a NUL byte)' },
      { path: 'generated.py', reason: 'larger than 2 MB' },
      { path: 'nul.py', reason: 'not text (holds a NUL byte)' },
    ])
    expect(paths(graph)).toEqual(['ok.py'])
  })

  it('survives 10,000 nested brackets and a 100,000-line file', async () => {
    const graph = await buildGraph(
      await makeRepo({
        'deep.py': `import core\nx = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\nimport other\n`,
        'long.py': 'import core\n' + 'value = 1\n'.repeat(100_000) + 'def f():\n    import other\n',
        'core.py': '',
        'other.py': '',
      }),
    )
    expect(graph.edges.map((e) => `${e.from}->${e.to}:${e.kind}`)).toEqual([
      'deep.py->core.py:import',
      'deep.py->other.py:import',
      'long.py->core.py:import',
      'long.py->other.py:lazy',
    ])
  })
})

describe('bad layouts', () => {
  it('never follows links that loop or leave the repository, and skips unreadable folders', async () => {
    const dir = await makeRepo({ 'a/__init__.py': '', 'a/m.py': 'from . import n\n', 'a/n.py': '' })
    await symlink(dir, join(dir, 'a', 'loop'))
    await symlink('/usr/lib/python3', join(dir, 'outside'))
    await symlink('/etc/hostname', join(dir, 'a', 'host.py'))
    const graph = await buildGraph(dir)
    expect(paths(graph)).toEqual(['a/__init__.py', 'a/m.py', 'a/n.py'])
    expect(graph.skipped.map((s) => s.path).sort()).toEqual(['a/host.py', 'a/loop', 'outside'])
  })

  it('handles names with spaces, unicode, backticks, pipes, angle brackets and newlines', async () => {
    const names = ['with space.py', 'ünïcödé.py', 'a`b.py', 'p|q.py', '<img src=x>.py', 'new\nline.py']
    const dir = await makeRepo(Object.fromEntries(names.map((n) => [`odd/${n}`, 'import odd.target\n'])))
    await mkdir(join(dir, 'odd'), { recursive: true })
    await writeFile(join(dir, 'odd', '__init__.py'), '')
    await writeFile(join(dir, 'odd', 'target.py'), '')
    const graph = await buildGraph(dir)
    const ring = blastRadius(graph, ['odd/target.py' as RepoPath]).changed[0]!.rings[0]!
    for (const name of names) expect(ring).toContain(`odd/${name}`)
  })

  it('an empty repository gives an empty graph, not a failure', async () => {
    const graph = await buildGraph(await makeRepo({}))
    expect([graph.files, graph.edges, graph.skipped]).toEqual([[], [], []])
  })

  it('a .venv full of site-packages is never read', async () => {
    const venv = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`.venv/lib/python3.12/site-packages/pkg${i}/__init__.py`, 'import app\n']),
    )
    const graph = await buildGraph(await makeRepo({ ...venv, 'app.py': '' }))
    expect(paths(graph)).toEqual(['app.py'])
  })

  it('git-ignored files are not read, even when they are Python', async () => {
    const dir = await makeRepo({ '.gitignore': 'generated/\n', 'app.py': '', 'generated/x.py': 'import app\n' })
    execFileSync('git', ['-C', dir, 'init', '-q'])
    const graph = await buildGraph(dir)
    expect(paths(graph)).toEqual(['app.py'])
  })

  it('an unreadable file is skipped with its reason, as root too', async () => {
    const dir = await makeRepo({ 'secret.py': 'import os\n', 'ok.py': '' })
    await chmod(dir, 0o755)
    await chmod(join(dir, 'secret.py'), 0)
    if (process.getuid?.() !== 0) expect((await buildGraph(dir)).skipped).toEqual([{ path: 'secret.py', reason: 'not readable (EACCES)' }])
    // Root may read anything (CI runs as root), so the reader is asked as another user: an effective
    // uid of nobody for one synchronous read, nothing else running meanwhile. Outside root, as is.
    const reader = new SourceReader(dir)
    const asRoot = process.getuid?.() === 0
    if (asRoot) process.seteuid!(65534)
    let read
    try {
      read = reader.read('secret.py' as RepoPath)
    } finally {
      if (asRoot) process.seteuid!(0)
    }
    expect(read).toEqual({ skipped: 'not readable (EACCES)' })
  })

  it('50,000 files in one folder', async () => {
    const dir = await makeRepo({ 'flat/__init__.py': '' })
    for (let i = 0; i < 50_000; i += 1000) {
      await Promise.all(
        Array.from({ length: 1000 }, (_, k) => writeFile(join(dir, 'flat', `m${i + k}.py`), `from . import m${(i + k + 1) % 50_000}\n`)),
      )
    }
    const graph = await buildGraph(dir)
    expect(graph.files.length).toBe(50_001)
    expect(blastRadius(graph, ['flat/m0.py' as RepoPath]).affected.total).toBe(49_999)
  }, 120_000)
})
