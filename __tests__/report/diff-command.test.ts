import { mkdtempSync, readFileSync, rmSync, existsSync, renameSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { parseNameStatus } from '../../src/git/changed-files.js'
import { git, write } from '../helpers/git-repo.js'

async function run(args: string[], cwd = '/'): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  // --no-cache: the tests write nothing outside their own temporary folders.
  const code = await main([...args, '--no-cache'], {
    stdout: { write: (s: string) => ((stdout += s), true) } as never,
    stderr: { write: (s: string) => ((stderr += s), true) } as never,
    env: {},
    cwd,
  })
  return { code, stdout, stderr }
}

let repo: string
let featureSha: string

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'br-diff-'))
  git(repo, 'init', '-q', '-b', 'main')
  write(repo, 'shop/__init__.py', '')
  write(repo, 'shop/models.py', 'class Product: ...\n')
  write(repo, 'shop/cart.py', 'from shop.models import Product\n')
  write(repo, 'shop/api.py', 'from shop import cart\n')
  write(repo, 'shop/old_name.py', 'X = 1\n')
  write(repo, 'shop/legacy.py', 'from shop.old_name import X\n')
  write(repo, 'tests/test_api.py', 'from shop import api\n')
  git(repo, 'add', '-A')
  git(repo, 'commit', '-qm', 'base')
  git(repo, 'checkout', '-q', '-b', 'feature')
  write(repo, 'shop/models.py', 'class Product:\n    price = 1\n')
  renameSync(join(repo, 'shop/old_name.py'), join(repo, 'shop/new_name.py'))
  write(repo, 'docs/notes.md', 'notes\n')
  git(repo, 'add', '-A')
  git(repo, 'commit', '-qm', 'feature')
  featureSha = git(repo, 'rev-parse', 'HEAD').trim()
})

afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('blast-radius diff', () => {
  test('compares the merge-base of the default branch with the working tree, untracked files included', async () => {
    write(repo, 'shop/extra.py', 'from shop.models import Product\n')
    try {
      const { code, stdout, stderr } = await run(['diff', '--repo', repo, '--format', 'json'])
      expect(stderr).toBe('')
      expect(code).toBe(0)
      const report = JSON.parse(stdout)
      expect(report.changes).toEqual([
        { path: 'docs/notes.md', status: 'added' },
        { path: 'shop/models.py', status: 'modified' },
        { path: 'shop/new_name.py', status: 'renamed', previousPath: 'shop/old_name.py' },
        { path: 'shop/extra.py', status: 'added' },
      ])
      // cart and the untracked extra (ring 1), api (2), tests/test_api (3)
      expect(report.changed.find((c: { path: string }) => c.path === 'shop/models.py')).toMatchObject({ direct: 2, total: 4, deepest: 3 })
      expect(report.gone).toEqual([
        { path: 'shop/old_name.py', status: 'renamed', stillImportedBy: [{ from: 'shop/legacy.py', specifier: 'shop.old_name', line: 1 }] },
      ])
      expect(report.confidence.outside).toEqual([{ path: 'docs/notes.md', status: 'added', kind: 'not-code' }])
      expect(report.risk.level).toBe('high')
    } finally {
      unlinkSync(join(repo, 'shop/extra.py'))
    }
  })

  test("--base and --head analyse a commit read from git's objects, leaving the checkout alone", async () => {
    write(repo, 'shop/cart.py', 'raise SystemExit\n') // uncommitted: must not be seen
    try {
      const { code, stdout } = await run(['diff', '--repo', repo, '--base', 'main', '--head', featureSha, '--format', 'markdown'])
      expect(code).toBe(0)
      expect(stdout.split('\n')[0]).toBe('<!-- blast-radius:. -->')
      // 3 files reach the changed models, and shop/legacy.py still imports the renamed file's old name.
      expect(stdout).toContain('## Blast radius: 2 changed files in the graph (of 3 changed) → 4 files')
      expect(stdout).toContain(`Head \`${featureSha.slice(0, 7)}\``)
      expect(git(repo, 'worktree', 'list').trim().split('\n')).toHaveLength(1)
    } finally {
      git(repo, 'checkout', '-q', '--', 'shop/cart.py')
    }
  })

  test('text by default, and --out writes report.md and report.json', async () => {
    const out = mkdtempSync(join(tmpdir(), 'br-out-'))
    try {
      const { code, stdout } = await run(['diff', '--out', out], repo)
      expect(code).toBe(0)
      expect(stdout).toContain('Blast radius: 2 changed files in the graph (of 3) → 4 files')
      expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## Blast radius:')
      expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).schema).toBe('blast-radius/report@1')
      expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain(
        '[![3D snapshot of the import graph, the blast radius lit](snapshot.png)](snapshot.html)',
      )
      expect(readFileSync(join(out, 'snapshot.png')).subarray(1, 4).toString()).toBe('PNG')
      expect(readFileSync(join(out, 'snapshot.html'), 'utf8')).toContain('<html')
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  test('a subfolder as --repo: paths relative to it, and the marker names it', async () => {
    const { code, stdout } = await run(['diff', '--repo', join(repo, 'shop'), '--base', 'main', '--format', 'markdown'])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('<!-- blast-radius:shop -->')
    expect(stdout).toContain('`models.py`')
    expect(stdout).not.toContain('docs/notes.md')
  })

  test('bad input is exit 2 with a message on stderr and nothing on stdout', async () => {
    const cases = [
      ['diff', '--repo', repo, '--base', 'no-such-branch'],
      ['diff', '--repo', repo, '--head=--upload-pack=evil'],
      ['diff', '--repo', repo, '--format', 'yaml'],
      ['diff', '--repo', repo, 'shop/models.py'],
      ['diff', '--repo', tmpdir()],
    ]
    const messages = []
    for (const args of cases) {
      const { code, stdout, stderr } = await run(args)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      messages.push(stderr)
    }
    expect(messages[0]).toContain('--base: no commit named no-such-branch')
    expect(messages[1]).toContain('--head: not a ref')
    expect(messages[2]).toContain('--format: expected text, markdown or json, got yaml')
    expect(messages[3]).toContain('diff takes no file names')
    expect(messages[4]).toContain('diff needs a git work tree')
  })

  test('no default branch to compare with: says to pass --base', async () => {
    const lone = mkdtempSync(join(tmpdir(), 'br-lone-'))
    try {
      git(lone, 'init', '-q', '-b', 'trunk')
      write(lone, 'a.py', '')
      git(lone, 'add', '-A')
      git(lone, 'commit', '-qm', 'one')
      const { code, stderr } = await run(['diff', '--repo', lone])
      expect(code).toBe(2)
      expect(stderr).toContain('pass --base REF')
      expect(existsSync(join(lone, '.git'))).toBe(true)
    } finally {
      rmSync(lone, { recursive: true, force: true })
    }
  })
})

describe('git diff --name-status -z', () => {
  test('statuses, renames with their old path, and names with spaces, newlines and tabs', () => {
    const raw = [
      'M',
      'a b.py',
      'R087',
      'old\nname.py',
      'new\tname.py',
      'D',
      'gone.py',
      'A',
      'new.py',
      'C100',
      'x.py',
      'y.py',
      'T',
      'link.py',
      '',
    ].join('\0')
    expect(parseNameStatus(raw)).toEqual([
      { path: 'a b.py', status: 'modified' },
      { path: 'new\tname.py', status: 'renamed', previousPath: 'old\nname.py' },
      { path: 'gone.py', status: 'removed' },
      { path: 'new.py', status: 'added' },
      { path: 'y.py', status: 'copied', previousPath: 'x.py' },
      { path: 'link.py', status: 'changed' },
    ])
  })
})
