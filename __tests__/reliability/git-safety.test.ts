import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, readdirSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { diffNameStatus } from '../../src/action/git.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { changedFiles } from '../../src/git/changed-files.js'
import { resolveRange } from '../../src/git/git-range.js'
import { isObjectId } from '../../src/git/run-git.js'
import { makeRepo } from '../helpers/fixture-repo.js'

// Issue 11, items 18 and 19: git is the one program the engine starts, and a stranger's repository
// must not make it run anything else or write anywhere.

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' }).trim()

async function twoCommits(): Promise<{ dir: string; base: string; head: string }> {
  const dir = await makeRepo({ 'core.py': '', 'a.py': 'import core\n' })
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'base')
  const base = git(dir, 'rev-parse', 'HEAD')
  writeFileSync(join(dir, 'b.py'), 'import core\n')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'head')
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') }
}

describe('18. revisions from a payload are commit ids, and never options', () => {
  it('a `before` of `--output=FILE` makes git write nothing: the diff is refused', async () => {
    const { dir, head } = await twoCommits()
    const outside = await mkdtemp(join(tmpdir(), 'br-outside-'))
    expect(await diffNameStatus(dir, `--output=${join(outside, 'written')}`, head)).toBeUndefined()
    expect(readdirSync(outside)).toEqual([])
  })

  it('two commit ids still give the diff', async () => {
    const { dir, base, head } = await twoCommits()
    expect(await diffNameStatus(dir, base, head)).toEqual([{ path: 'b.py', status: 'added' }])
  })

  it('a commit id is 40 or 64 hex digits, nothing else', () => {
    expect(['a'.repeat(40), '0'.repeat(64)].map(isObjectId)).toEqual([true, true])
    expect(['A'.repeat(40), 'a'.repeat(39), 'a'.repeat(41), 'HEAD', `--output=${'a'.repeat(40)}`, ''].map(isObjectId)).toEqual(
      Array(6).fill(false),
    )
  })
})

describe('19. the repository’s git config starts nothing', () => {
  it('neither core.fsmonitor nor a hook runs, whatever the CLI asks of git', async () => {
    const { dir, base, head } = await twoCommits()
    const marker = join(await mkdtemp(join(tmpdir(), 'br-marker-')), 'ran')
    const script = join(dir, '.git', 'leave-mark')
    writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${marker}'\n`)
    chmodSync(script, 0o755)
    git(dir, 'config', 'core.fsmonitor', script)
    for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction']) {
      writeFileSync(join(dir, '.git', 'hooks', hook), `#!/bin/sh\necho "${hook}" >> '${marker}'\n`)
      chmodSync(join(dir, '.git', 'hooks', hook), 0o755)
    }
    writeFileSync(join(dir, 'a.py'), 'import core\nimport b\n') // an edit, so the work tree is compared

    await buildGraph(dir)
    const range = await resolveRange(dir, { base, head })
    await changedFiles(dir, range)
    await changedFiles(dir, await resolveRange(dir, { base }))
    expect((await buildGraph(dir, { commit: range.head })).has('b.py')).toBe(true) // the head, read from git's objects

    expect(existsSync(marker) ? execFileSync('cat', [marker], { encoding: 'utf8' }) : 'nothing ran').toBe('nothing ran')
  })
})
