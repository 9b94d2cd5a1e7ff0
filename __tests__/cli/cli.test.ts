import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { writeSynthRepo } from '../../scripts/synth-repo.mjs'
import { main } from '../../src/cli/main.js'
import { makeRepo } from '../helpers/fixture-repo.js'

const SHOP = fileURLToPath(new URL('../../examples/shop', import.meta.url))
const POETRY_SHAPE = fileURLToPath(new URL('../fixtures/python-roots/poetry-shape', import.meta.url))
// The default cache goes to the user's cache folder: point it at a temporary one.
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'blast-radius-cache-home-'))

/** Runs the CLI in-process, as `blast-radius ...args`, capturing what it prints. */
async function cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}, tty = false) {
  const env = { XDG_CACHE_HOME: CACHE_HOME, ...extraEnv }
  let stdout = ''
  let stderr = ''
  const sink = (write: (s: string) => void) =>
    Object.assign(new Writable({ write: (chunk, _enc, done) => (write(String(chunk)), done()) }), { isTTY: tty })
  const code = await main(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env,
    cwd: process.cwd(),
  })
  return { code, stdout, stderr }
}

describe('blast-radius graph', () => {
  it('--json prints the graph document of the contract', async () => {
    const { code, stdout } = await cli(['graph', '--repo', SHOP, '--json'])
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    expect(doc.schema).toBe('blast-radius/graph@1')
    expect(doc.stats.files).toBe(doc.files.length)
    expect(doc.edges).toContainEqual({ from: 'shop/models/order.py', to: 'shop/models/product.py', kind: 'import', line: 4 })
    expect(doc.edges).toContainEqual({ from: 'shop/services/checkout.py', to: 'shop/services/mailer.py', kind: 'lazy', line: 6 })
    expect(doc.edges).toContainEqual({
      from: 'shop/models/product.py',
      to: 'shop/models/order.py',
      kind: 'lazy',
      kinds: ['lazy', 'type'],
      line: 17,
    })
    // Package edges come from no statement: no line.
    expect(doc.edges).toContainEqual({ from: 'shop/models/order.py', to: 'shop/models/__init__.py', kind: 'package' })
    expect(doc.unresolved).toContainEqual({ from: 'shop/core/money.py', specifier: 'decimal', line: 1 })
  })

  it('for people: a summary, coloured only on a terminal without NO_COLOR', async () => {
    const piped = await cli(['graph', '--repo', SHOP])
    expect(piped.stdout).toMatch(/^15 files, \d+ import edges/)
    expect(piped.stdout).not.toContain('\x1b[')
    expect((await cli(['graph', '--repo', SHOP], {}, true)).stdout).toContain('\x1b[1m')
    expect((await cli(['graph', '--repo', SHOP], { NO_COLOR: '1' }, true)).stdout).not.toContain('\x1b[')
  })

  it('says where modules are found and why: `roots` in --json, a section of the text view', async () => {
    const { stdout } = await cli(['graph', '--repo', POETRY_SHAPE, '--json'])
    expect(JSON.parse(stdout).roots).toEqual([
      {
        language: 'python',
        project: '',
        files: ['pyproject.toml'],
        roots: [{ dir: 'src', why: 'src/ layout (no roots declared)' }],
        problems: [],
      },
      {
        language: 'python',
        project: 'tests/fixtures/extended_project',
        files: ['tests/fixtures/extended_project/pyproject.toml'],
        roots: [{ dir: 'tests/fixtures/extended_project', why: 'flat layout (no roots declared): regular packages' }],
        fixture: 'below a tests/ folder',
        problems: [],
      },
    ])
    const text = (await cli(['graph', '--repo', POETRY_SHAPE])).stdout
    expect(text).toContain(
      [
        'Where Python modules are found',
        '  src/  src/ layout (no roots declared) (pyproject.toml)',
        '  tests/fixtures/extended_project/  a fixture (below a tests/ folder): no roots',
      ].join('\n'),
    )
  })

  it('says what it could not use in the settings, under the project that has it', async () => {
    const repo = await makeRepo({
      '.blast-radius.yml': 'python-paths:\n  - ../outside\n  - lib\n',
      'lib/util.py': '',
      'app.py': 'import util\n',
    })
    const text = (await cli(['graph', '--repo', repo])).stdout
    expect(text).toContain('  lib/  python-paths (.blast-radius.yml)\n')
    expect(text).toContain('  .  .blast-radius.yml: python-paths entry ../outside is not a folder inside the repository: left out\n')
  })

  it('counts the unresolved imports that look local, apart from the third-party ones', async () => {
    const repo = await makeRepo({ 'lib/__init__.py': '', 'app.py': 'from lib.missing import x\nimport requests\n' })
    const doc = JSON.parse((await cli(['graph', '--repo', repo, '--json'])).stdout)
    expect(doc.stats.looksLocal).toBe(1)
    expect(doc.unresolved).toEqual([
      { from: 'app.py', specifier: 'lib.missing', line: 1, looksLocal: true },
      { from: 'app.py', specifier: 'requests', line: 2 },
    ])
    const text = (await cli(['graph', '--repo', repo])).stdout
    expect(text).toContain('1 import of names outside the repository (standard library, third party)\n')
    expect(text).toContain('1 import looks local but resolves to no file: their edges are missing (see --json, looksLocal)')
  })

  it('--python-paths puts folders of the repository on every Python file’s path, and says so', async () => {
    const repo = await makeRepo({ 'tools/lib/helper.py': '', 'app.py': 'import helper\n' })
    const without = JSON.parse((await cli(['graph', '--repo', repo, '--json'])).stdout)
    expect(without.edges).toEqual([])
    const doc = JSON.parse((await cli(['graph', '--repo', repo, '--json', '--python-paths', './tools/lib/'])).stdout)
    expect(doc.edges).toEqual([{ from: 'app.py', to: 'tools/lib/helper.py', kind: 'import', line: 1 }])
    expect(doc.roots).toContainEqual({
      language: 'python',
      project: '',
      files: ['--python-paths'],
      roots: [{ dir: 'tools/lib', why: 'python-paths' }],
      problems: [],
    })
    expect((await cli(['graph', '--repo', repo, '--python-paths', 'tools/lib'])).stdout).toContain(
      '  tools/lib/  python-paths (--python-paths)\n',
    )
  })

  it('warns that an empty graph says nothing', async () => {
    const { code, stdout } = await cli(['graph', '--repo', await makeRepo({ 'README.md': '# nothing' })])
    expect(code).toBe(0)
    expect(stdout).toContain('No source files found')
  })
})

describe('blast-radius impact', () => {
  it('--json gives rings, totals and the union with via', async () => {
    const { code, stdout } = await cli(['impact', 'shop/core/money.py', '--repo', SHOP, '--json'])
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    expect(doc.schema).toBe('blast-radius/impact@1')
    expect(doc.changed[0].rings[0]).toEqual(['shop/models/order.py', 'shop/models/product.py', 'tests/conftest.py', 'tests/test_money.py'])
    expect(doc.affected.total).toBe(doc.affected.files.length)
    for (const file of doc.affected.files) expect(file.via).toBeTruthy()
  })

  it('for people: totals, rings and where it lands', async () => {
    const { stdout } = await cli(['impact', 'shop/models/product.py', '--repo', SHOP])
    expect(stdout).toContain('shop/models/product.py')
    expect(stdout).toMatch(/rings 1:3 2:2/)
    expect(stdout).toContain('Where it lands')
  })

  it('counts one file as one file', async () => {
    const repo = await makeRepo({ 'a.py': '', 'b.py': 'import a\n' })
    const { stdout } = await cli(['impact', 'a.py', '--repo', repo])
    expect(stdout).toContain('  1 file in its blast radius (50.0% of 2), 1 direct importer, 1 ring deep')
  })

  it('--out writes the JSON too', async () => {
    const out = await makeRepo({})
    await cli(['impact', 'shop/models/order.py', '--repo', SHOP, '--out', out])
    expect(JSON.parse(await readFile(join(out, 'impact.json'), 'utf8')).schema).toBe('blast-radius/impact@1')
  })
})

describe('exit status and messages', () => {
  it.each([
    [['impact', 'no/such.py', '--repo', SHOP], /no\/such\.py: not a file of the graph/],
    [['impact', 'product.py', '--repo', SHOP], /Did you mean: shop\/models\/product\.py/],
    [['impact', '../outside.py', '--repo', SHOP], /climbs out of the repository/],
    [['impact', '--repo', SHOP], /needs at least one file/],
    [['graph', '--repo', '/no/such/folder'], /--repo: not a folder/],
    [['graph', '--bogus'], /Unknown option '--bogus'/],
    [['graph', '--repo', SHOP, '--python-paths', '../elsewhere'], /--python-paths: path climbs out of the repository: \.\.\/elsewhere/],
    [
      ['graph', '--repo', SHOP, '--python-paths', '/usr/lib/python3'],
      /--python-paths: not a path inside the repository: \/usr\/lib\/python3/,
    ],
    [['graph', '--repo', SHOP, '--python-paths', 'shop/nowhere'], /--python-paths: no such folder in the repository: shop\/nowhere/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /Usage:/],
  ])('%j exits 2 with a message on stderr and nothing on stdout', async (args, message) => {
    const { code, stdout, stderr } = await cli(args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
  })

  it('--help prints the usage on stdout and exits 0', async () => {
    const { code, stdout } = await cli(['impact', '--help'])
    expect([code, stdout.startsWith('Usage:')]).toEqual([0, true])
  })
})

describe('the facts cache', () => {
  it('a second run reads the cached facts and gives the same graph; --no-cache keeps nothing', async () => {
    const repo = await makeRepo({ 'pkg/__init__.py': '', 'pkg/a.py': 'from . import b\n', 'pkg/b.py': 'import os\n' })
    const cacheDir = join(repo, '..', `${repo.split('/').pop()}-cache`)
    const first = await cli(['graph', '--repo', repo, '--json', '--cache', cacheDir])
    const second = await cli(['graph', '--repo', repo, '--cache', cacheDir], {}, true)
    const third = await cli(['graph', '--repo', repo, '--json', '--cache', cacheDir])
    expect(second.stdout).toMatch(/cache: 3 files known, 0 read/)
    const strip = (json: string) => ({ ...JSON.parse(json), stats: undefined })
    expect(strip(third.stdout)).toEqual(strip(first.stdout))
    const none = await cli(['graph', '--repo', repo, '--no-cache'], {}, true)
    expect(none.stdout).not.toMatch(/cache:/)
  })
})

describe('the bundled CLI in a pipe', () => {
  it('ends quietly when the reader closes the pipe early', () => {
    const cliJs = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
    // Output well past a pipe's buffer, so that the writer is still writing when `head` leaves.
    const repo = mkdtempSync(join(tmpdir(), 'blast-radius-pipe-'))
    writeSynthRepo({ files: 1500, seed: 5, out: repo })
    const run = spawnSync('bash', ['-c', `node "${cliJs}" graph --repo "${repo}" --json --no-cache | head -c 10`], { encoding: 'utf8' })
    expect(run.stdout).toHaveLength(10)
    expect(run.stderr).toBe('')
  })
})
