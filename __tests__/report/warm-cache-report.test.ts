import { mkdirSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { git, write } from '../helpers/git-repo.js'

// A facts cache may make a run faster, never its report different. A warm run extracts nothing, so a
// language's parser may never have been loaded: the report's facts about the change (the names the diff
// touches, which importers use them) must not depend on that.

let scratch: string
let repo: string
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'br-warm-report-'))
  repo = join(scratch, 'repo')
  mkdirSync(repo)
  git(repo, 'init', '-q', '-b', 'main')
  write(repo, 'shop/__init__.py', '')
  write(repo, 'shop/text.py', 'def slug(s):\n    return s\n\n\ndef title(s):\n    return s\n')
  write(repo, 'shop/views.py', 'from shop.text import slug\n\nprint(slug("a"))\n')
  write(repo, 'shop/admin.py', 'from shop.text import title\n\nprint(title("a"))\n')
  write(repo, 'shop/gone.py', 'X = 1\n')
  write(repo, 'shop/uses_gone.py', 'from shop.gone import X\n')
  git(repo, 'add', '-A')
  git(repo, 'commit', '-qm', 'base')
  git(repo, 'checkout', '-q', '-b', 'feature')
  // Only `slug` changes: its one user is views.py, admin.py imports the module but not the name.
  write(repo, 'shop/text.py', 'def slug(s):\n    return s.lower()\n\n\ndef title(s):\n    return s\n')
  unlinkSync(join(repo, 'shop/gone.py'))
  git(repo, 'add', '-A')
  git(repo, 'commit', '-qm', 'feature')
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** `diff --format FORMAT` against main with the cache at `cache`, its output without the run's time and durations. */
async function diff(format: string, cache: string): Promise<string> {
  let stdout = ''
  const code = await main(['diff', '--repo', repo, '--base', 'main', '--format', format, '--cache', cache], {
    stdout: { write: (s: string) => ((stdout += s), true) } as never,
    stderr: { write: () => true } as never,
    env: {},
    cwd: '/',
  })
  expect(code).toBe(0)
  return stdout
    .replace(/"(generatedAt|ms|analysisMs)": ?("[^"]*"|\d+)/gu, '"$1":0')
    .replace(/analysed in [\d.]+ s on [\d-]+ [\d:]+ UTC/gu, 'analysed')
    .replace(/ · [\d.]+ s · /gu, ' · ')
}

test.each(['json', 'markdown', 'text'])('a warm run (every file from the cache) says what a cold one says: %s', async (format) => {
  const cache = mkdtempSync(join(scratch, 'cache-'))
  const cold = await diff(format, cache)
  const warm = await diff(format, cache)
  expect(warm).toBe(cold)
  if (format === 'json') {
    const report = JSON.parse(cold) as { names: { files: { path: string; names: string[]; users: { path: string }[] }[] } | null }
    expect(report.names?.files.map((f) => [f.path, f.names, f.users.map((u) => u.path)])).toEqual([
      ['shop/text.py', ['slug'], ['shop/views.py']],
    ])
  }
})
