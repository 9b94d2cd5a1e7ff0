import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { makeRepo } from '../helpers/fixture-repo.js'
import { git } from '../helpers/git-repo.js'

// Issue 17: `diff --precision names|files` and `--declarations FILE` on the command line.

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main([...args, '--no-cache'], {
    stdout: { write: (s: string) => ((stdout += s), true) } as never,
    stderr: { write: (s: string) => ((stderr += s), true) } as never,
    env: {},
    cwd: '/',
  })
  return { code, stdout, stderr }
}

let repo: string
beforeAll(async () => {
  repo = await makeRepo({
    'text.py': 'def capfirst(x):\n    return x\n\ndef slugify(x):\n    return x\n',
    'a.py': 'from text import capfirst\ncapfirst(1)\n',
    'b.py': 'from text import slugify\nslugify(1)\n',
    'c.py': 'import b\n',
    'deps.yml': 'affects-all:\n  "data.csv": every report reads it\n',
  })
  git(repo, 'init', '-q', '-b', 'main')
  git(repo, 'add', '-A')
  git(repo, 'commit', '-qm', 'base')
  git(repo, 'checkout', '-q', '-b', 'feature')
  writeFileSync(join(repo, 'text.py'), 'def capfirst(x):\n    return x.title()\n\ndef slugify(x):\n    return x\n')
})

describe('diff --precision', () => {
  it('names: the narrowed radius is the headline figure; files (the default) keeps the file level, with the narrowed beside it', async () => {
    const names = await run(['diff', '--repo', repo, '--base', 'main', '--format', 'json', '--precision', 'names'])
    expect(names.code).toBe(0)
    const narrowed = JSON.parse(names.stdout)
    expect(narrowed.names).toMatchObject({ precision: 'names', fileLevel: { total: 3 }, narrowed: { total: 1 } })
    expect(narrowed.affected.total).toBe(1)
    const files = JSON.parse((await run(['diff', '--repo', repo, '--base', 'main', '--format', 'json'])).stdout)
    expect(files.names).toMatchObject({ precision: 'files', fileLevel: { total: 3 }, narrowed: { total: 1 } })
    expect(files.affected.total).toBe(3)
  })

  it('refuses what it does not know, saying what it accepts', async () => {
    const bad = await run(['diff', '--repo', repo, '--precision', 'lines'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--precision: 'lines' is not one of files, names")
  })
})

describe('diff --declarations', () => {
  it('reads the declarations from the file named', async () => {
    writeFileSync(join(repo, 'data.csv'), 'a,b\n')
    const out = await run(['diff', '--repo', repo, '--base', 'main', '--format', 'json', '--declarations', 'deps.yml'])
    expect(out.code).toBe(0)
    expect(JSON.parse(out.stdout).testRun).toMatchObject({ all: true })
    const without = await run(['diff', '--repo', repo, '--base', 'main', '--format', 'json'])
    expect(JSON.parse(without.stdout).testRun).toMatchObject({ all: false })
  })
})
