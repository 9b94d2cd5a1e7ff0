#!/usr/bin/env node
// Writes a deterministic synthetic Python repository, for benchmarks at sizes no real corpus here has,
// and for tests that need thousands of files whose import graph is known in advance.
//
//   node scripts/synth-repo.mjs --files N --seed S --out DIR [--git] [--manifest FILE]
//
// The same N and S give the same bytes on every machine: one seeded PRNG drives every choice, and
// every list is walked in a fixed order. N is the exact number of .py files written.
//
// Besides the files, generation yields the graph it meant to write (`expected`): every edge with its
// kind by CONTRACTS.md §4, and the files holding a syntax error. The generator decides each import's
// target before it writes the statement, so that graph does not come from parsing anything: it is an
// independent answer to check the engine against. Edges out of files with a syntax error are left out
// of it, since what survives a broken file is up to the parser's error recovery.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

/** Changes whenever the same arguments would give other bytes, so cached corpora can be told apart. */
export const SYNTH_VERSION = 1

const WORDS = [
  'account',
  'admin',
  'api',
  'audit',
  'auth',
  'billing',
  'cart',
  'catalog',
  'checkout',
  'config',
  'core',
  'data',
  'db',
  'events',
  'export',
  'feeds',
  'files',
  'forms',
  'geo',
  'graphs',
  'hooks',
  'intake',
  'jobs',
  'ledger',
  'mail',
  'media',
  'models',
  'notify',
  'orders',
  'payments',
  'pipeline',
  'plugins',
  'policy',
  'rates',
  'reports',
  'search',
  'serial',
  'session',
  'shop',
  'signals',
  'stats',
  'storage',
  'sync',
  'tasks',
  'tax',
  'templating',
  'tokens',
  'units',
  'users',
  'helpers',
  'views',
  'vault',
  'web',
  'widgets',
  'workers',
  'zones',
  'routing',
  'schema',
  'backends',
  'handlers',
  'mixins',
  'fields',
  'cleanup',
  'limits',
]
// Only these names are imported from outside the repository; no package the generator makes is named so.
const STDLIB = ['os', 'sys', 're', 'json', 'functools', 'itertools', 'dataclasses', 'logging', 'pathlib', 'collections.abc']
const THIRD_PARTY = ['requests', 'numpy', 'yaml', 'attr', 'click']

/** sfc32 seeded through splitmix32: small, fast, and the same in every JavaScript engine. */
function createRng(seed) {
  let s = seed >>> 0
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
  let a = split(),
    b = split(),
    c = split(),
    d = split()
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = ((c << 21) | (c >>> 11)) >>> 0
    c = (c + t) >>> 0
    return t / 4294967296
  }
  return {
    float: next,
    /** An integer in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
  }
}

// ---------------------------------------------------------------------------------------------------
// Layout: which files exist, and which module each is.

/**
 * @typedef {{ path: string, name: string, pkg: Pkg | null, isInit: boolean, id: number, top: string,
 *   exports: string[], broken: boolean }} Mod
 * @typedef {{ dir: string, parts: string[], init: Mod, modules: Mod[], subs: Pkg[], top: string }} Pkg
 */

/** Names for `count` siblings, unique among themselves. */
function siblingNames(rng, count, prefix = '') {
  const used = new Set()
  const names = []
  while (names.length < count) {
    const word = prefix + rng.pick(WORDS)
    let name = word
    for (let n = 2; used.has(name); n++) name = `${word}${n}`
    used.add(name)
    names.push(name)
  }
  return names
}

/** Splits `total` into `parts` random shares of at least one each. */
function shares(rng, total, parts) {
  const weights = Array.from({ length: parts }, () => 0.2 + rng.float())
  const sum = weights.reduce((a, b) => a + b, 0)
  const out = weights.map((w) => 1 + Math.floor(((total - parts) * w) / sum))
  out[0] += total - out.reduce((a, b) => a + b, 0)
  return out
}

class Layout {
  constructor(rng) {
    this.rng = rng
    /** @type {Mod[]} */
    this.mods = []
    /** @type {Pkg[]} */
    this.packages = []
  }

  addModule(path, name, pkg, isInit, top) {
    const id = this.mods.length
    const exports = isInit ? [`Api${id}`] : [`Model${id}`, `make_${id}`]
    const mod = { path, name, pkg, isInit, id, top, exports, broken: false }
    this.mods.push(mod)
    return mod
  }

  /** A package of exactly `budget` files (its __init__.py included), with nested subpackages while budget lasts. */
  addPackage(dir, parts, budget, top, parent = null, moduleCount = this.rng.int(4, 18)) {
    const pkg = { dir, parts, init: null, modules: [], subs: [], top, parent }
    this.packages.push(pkg)
    pkg.init = this.addModule(`${dir}/__init__.py`, parts.join('.'), pkg, true, top)
    let left = budget - 1
    const modules = Math.min(left, moduleCount)
    left -= modules
    const subCount = left > 0 ? Math.min(left, this.rng.int(2, 5)) : 0
    const names = siblingNames(this.rng, modules + subCount)
    for (const leaf of names.slice(0, modules)) {
      pkg.modules.push(this.addModule(`${dir}/${leaf}.py`, [...parts, leaf].join('.'), pkg, false, top))
    }
    if (subCount) {
      const budgets = shares(this.rng, left, subCount)
      names.slice(modules).forEach((leaf, i) => {
        pkg.subs.push(this.addPackage(`${dir}/${leaf}`, [...parts, leaf], budgets[i], top, pkg))
      })
    }
    return pkg
  }
}

/**
 * The repository's shape: top-level packages at the root, one package in a `src/` layout, a `tests/`
 * folder that is a source root of its own (no __init__.py, test packages importing each other by
 * top-level name, as Django's does), and two scripts at the root.
 */
function planLayout(rng, total) {
  const layout = new Layout(rng)
  let left = total
  const scripts = Math.min(left, 2)
  for (const name of ['manage', 'setup'].slice(0, scripts)) layout.addModule(`${name}.py`, name, null, false, '')
  left -= scripts

  const testFiles = total >= 40 ? Math.floor(total * 0.1) : 0
  const srcFiles = total >= 200 ? Math.floor(total * 0.05) : 0
  const productFiles = left - testFiles - srcFiles
  if (productFiles > 0) {
    const tops = Math.max(1, Math.min(Math.round(productFiles / 1500), productFiles))
    const names = siblingNames(rng, tops)
    shares(rng, productFiles, tops).forEach((budget, i) => layout.addPackage(names[i], [names[i]], budget, names[i]))
  }
  if (srcFiles) layout.addPackage('src/corelib', ['corelib'], srcFiles, 'corelib')
  if (testFiles) {
    layout.addModule('tests/conftest.py', 'conftest', null, false, 'tests')
    const budgets = []
    for (let left = testFiles - 1; left > 0; left -= budgets[budgets.length - 1]) budgets.push(Math.min(left, rng.int(2, 9)))
    const names = siblingNames(rng, budgets.length, 'test_')
    // Test packages are flat: all their files are modules of the one package.
    budgets.forEach((budget, i) => layout.addPackage(`tests/${names[i]}`, [names[i]], budget, 'tests', null, budget - 1))
  }
  return layout
}

// ---------------------------------------------------------------------------------------------------
// Imports: what each module imports, decided before any text is written.

/** Edge kind of each place an import can stand in, by CONTRACTS.md §4. */
const PLACES = {
  top: 'import',
  try: 'import',
  with: 'import',
  classBody: 'import',
  notTypeChecking: 'import',
  typeCheckingElse: 'import',
  function: 'lazy',
  asyncFunction: 'lazy',
  method: 'lazy',
  classInFunction: 'lazy',
  typeChecking: 'type',
  typingTypeChecking: 'type',
  elifTypeChecking: 'type',
  typeCheckingInFunction: 'type',
  functionInTypeChecking: 'type',
}
const PLACE_WEIGHTS = [
  ['top', 40],
  ['try', 3],
  ['with', 1],
  ['classBody', 2],
  ['notTypeChecking', 1],
  ['typeCheckingElse', 1],
  ['function', 10],
  ['asyncFunction', 2],
  ['method', 4],
  ['classInFunction', 1],
  ['typeChecking', 6],
  ['typingTypeChecking', 2],
  ['elifTypeChecking', 1],
  ['typeCheckingInFunction', 1],
  ['functionInTypeChecking', 1],
]

function weighted(rng, table) {
  const total = table.reduce((a, [, w]) => a + w, 0)
  let x = rng.float() * total
  for (const [value, w] of table) if ((x -= w) < 0) return value
  return table[table.length - 1][0]
}

/** The package parts a relative import in `mod` starts from (null where Python refuses one). */
function ownPackage(mod) {
  return mod.pkg ? mod.pkg.parts : null
}

/**
 * One import statement's text meaning "depend on `target`", in a form picked at random; and the edge
 * target it gives under §4 (null when it resolves to nothing in the repository).
 */
function importStatement(rng, mod, target) {
  const leaf = target.name.split('.').pop()
  const own = ownPackage(mod)
  const samePlace = own && target.pkg && target.top === mod.top && mod.top !== '' && target.pkg.parts[0] === own[0]
  const forms = ['import', 'importAs', 'fromAttr', 'star']
  if (!target.isInit && target.pkg) forms.push('fromSubmodule', 'fromSubmodule')
  if (samePlace) forms.push('relative', 'relative', 'relative')
  const form = rng.pick(forms)
  const attr = rng.pick(target.exports)
  switch (form) {
    case 'import':
      return `import ${target.name}`
    case 'importAs':
      return `import ${target.name} as ${leaf}_${target.id}`
    case 'fromAttr':
      return `from ${target.name} import ${attr}`
    case 'star':
      return `from ${target.name} import *`
    case 'fromSubmodule':
      return `from ${target.pkg.parts.join('.')} import ${leaf}`
    case 'relative': {
      const tpkg = target.pkg.parts
      let common = 0
      while (common < own.length && common < tpkg.length && own[common] === tpkg[common]) common++
      const dots = '.'.repeat(own.length - common + 1)
      const rest = tpkg.slice(common).join('.')
      if (target.isInit) return rest ? `from ${dots}${rest} import ${attr}` : `from ${dots} import ${attr}`
      return rng.chance(0.5) ? `from ${dots}${rest} import ${leaf}` : `from ${dots}${rest ? rest + '.' : ''}${leaf} import ${attr}`
    }
  }
  throw new Error(`unknown form ${form}`)
}

/** Another module to import, most often a near one, as real code does. */
function pickTarget(rng, layout, mod) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const roll = rng.float()
    let pool
    if (mod.top === 'tests') {
      pool = roll < 0.6 ? layout.mods : roll < 0.85 && mod.pkg ? [mod.pkg.init, ...mod.pkg.modules] : layout.testMods
    } else if (mod.pkg && roll < 0.45) pool = [mod.pkg.init, ...mod.pkg.modules, ...mod.pkg.subs.map((s) => s.init)]
    else if (mod.pkg && roll < 0.65) pool = layout.byTop.get(mod.top)
    else pool = layout.productMods
    const target = pool && pool.length ? rng.pick(pool) : undefined
    // Scripts at the root are not importable by name in a way worth testing; nor is a file itself.
    if (target && target !== mod && target.top !== '') return target
  }
  return undefined
}

/** A name no file provides below an existing package: `from pkg.ghost import x` resolves to nothing. */
function ghostImport(rng, layout) {
  const pkg = rng.pick(layout.packages)
  return `from ${pkg.parts.join('.')}.ghost_${rng.int(1, 99)} import thing`
}

// ---------------------------------------------------------------------------------------------------
// Text: each import placed in its context, among code whose strings and comments look like imports.

function placeImport(place, statement, n, ind = '    ') {
  switch (place) {
    case 'top':
      return [statement]
    case 'try':
      return ['try:', `${ind}${statement}`, 'except ImportError:  # optional speedup', `${ind}pass`]
    case 'with':
      return ['with contextlib.suppress(ImportError):', `${ind}${statement}`]
    case 'classBody':
      return [`class Holder${n}:`, `${ind}"""Holds an import in a class body."""`, `${ind}${statement}`]
    case 'notTypeChecking':
      return ['if not TYPE_CHECKING:', `${ind}${statement}`]
    case 'typeCheckingElse':
      return ['if TYPE_CHECKING:', `${ind}pass`, 'else:', `${ind}${statement}`]
    case 'function':
      return [
        `def load_${n}(value=None):`,
        `${ind}"""import nothing.here -- a docstring, not a statement."""`,
        `${ind}${statement}`,
        `${ind}return value`,
      ]
    case 'asyncFunction':
      return [`async def fetch_${n}(session):`, `${ind}${statement}`, `${ind}return await session.get("/import/x")`]
    case 'method':
      return [`class Service${n}:`, `${ind}def run(self, *args, **kwargs):`, `${ind}${ind}${statement}`, `${ind}${ind}return args`]
    case 'classInFunction':
      return [`def factory_${n}():`, `${ind}class Inner:`, `${ind}${ind}${statement}`, `${ind}return Inner`]
    case 'typeChecking':
      return ['if TYPE_CHECKING:', `${ind}${statement}`]
    case 'typingTypeChecking':
      return ['if typing.TYPE_CHECKING:', `${ind}${statement}`]
    case 'elifTypeChecking':
      return ['if sys.version_info < (3, 0):', `${ind}raise ImportError("old")`, 'elif TYPE_CHECKING:', `${ind}${statement}`]
    case 'typeCheckingInFunction':
      return [`def annotate_${n}():`, `${ind}if TYPE_CHECKING:`, `${ind}${ind}${statement}`, `${ind}return None`]
    case 'functionInTypeChecking':
      return ['if (TYPE_CHECKING):', `${ind}def stub_${n}():`, `${ind}${ind}${statement}`]
  }
  throw new Error(`unknown place ${place}`)
}

/** A statement written across lines, in one of the ways Python allows: the meaning never changes. */
function reflow(rng, statement) {
  const from = /^from (\S+) import (.+)$/.exec(statement)
  if (!from || from[2] === '*' || !rng.chance(0.3)) return [statement]
  return rng.chance(0.5)
    ? [`from ${from[1]} import (`, `    ${from[2]},  # why: keeps the diff small`, ')']
    : [`from ${from[1]} import \\`, `    ${from[2]}`]
}

/** Code that holds the word `import` everywhere except in an import statement. */
function filler(rng, n, ind = '    ') {
  const variants = [
    () => [
      `def import_rows_${n}(rows, important=True):`,
      `${ind}"""Import rows.`,
      '',
      `${ind}    from fake.module import nothing  # inside a docstring`,
      `${ind}"""`,
      `${ind}imports = [r for r in rows if r.get("import") != 'from x import y']`,
      `${ind}return {"import": len(imports), 'from': important}  # import os`,
    ],
    () => [
      `class Record${n}(object):`,
      `${ind}template = '''`,
      'import not_real.module',
      'from also import fake',
      `${ind}'''`,
      `${ind}pattern = r"\\d+\\"import\\""`,
      `${ind}raw = r'\\''`,
      '',
      `${ind}@property`,
      `${ind}def label(self) -> "str":`,
      `${ind}${ind}return f"{self.template!r:>10} {{import}} {'#'}"`,
    ],
    () => [
      `TOTAL_${n} = (1 +`,
      `    2 + len("from here import there)")  # ) import`,
      ')',
      `SUM_${n} = 1 + \\`,
      '    2',
      `LOOKUP_${n} = {`,
      `    "import": "from",`,
      `    'key': lambda x: x.import_module if hasattr(x, "import_module") else None,`,
      '}',
    ],
    () => [
      `# import commented.out`,
      `# from commented import out`,
      `def compute_${n}(a, b, *, c=3):`,
      `${ind}total = 0`,
      `${ind}for i in range(a):`,
      `${ind}${ind}if i % 2:`,
      `${ind}${ind}${ind}total += i * b  # import in a comment`,
      `${ind}${ind}else:`,
      `${ind}${ind}${ind}total -= c`,
      `${ind}message = "a string with a # and 'quotes' and \\"escapes\\""`,
      `${ind}return total, message, b"import bytes"`,
    ],
  ]
  return rng.pick(variants)()
}

const HEADER_IMPORTS = ['import contextlib', 'import importlib', 'import sys', 'import typing', 'from typing import TYPE_CHECKING']

/** The text of one module, and the edges it meant to write. */
function writeModule(rng, layout, mod, expect) {
  const lines = [`"""Module ${mod.name || mod.path}.`, '', 'Usage::', '', '    import this.is.documentation', '"""']
  if (rng.chance(0.3)) lines.push('from __future__ import annotations')
  lines.push(...HEADER_IMPORTS)
  for (let i = rng.int(0, 3); i > 0; i--) {
    const name = rng.pick(STDLIB)
    lines.push(rng.chance(0.5) ? `import ${name}` : `from ${name} import *`)
  }
  if (rng.chance(0.2)) lines.push(`import ${rng.pick(THIRD_PARTY)}  # third party`)
  if (layout.packages.length && rng.chance(0.05)) lines.push(ghostImport(rng, layout))
  lines.push('')

  // An __init__ re-exports a few of its modules: with modules importing the package, that makes cycles.
  if (mod.isInit && mod.pkg.modules.length) {
    for (let i = rng.int(0, 3); i > 0; i--) {
      const target = rng.pick(mod.pkg.modules)
      lines.push(`from .${target.name.split('.').pop()} import ${target.exports[0]}  # re-export`)
      expect(mod, target, 'import')
    }
  }
  const count = mod.isInit ? rng.int(0, 2) : rng.int(2, 9)
  const chunks = []
  for (let i = 0; i < count; i++) {
    const target = pickTarget(rng, layout, mod)
    if (!target) continue
    const place = weighted(rng, PLACE_WEIGHTS)
    const statement = importStatement(rng, mod, target)
    expect(mod, target, PLACES[place])
    if (place === 'top') chunks.push(reflow(rng, statement))
    else {
      const placed = placeImport(place, statement, `${mod.id}_${i}`)
      chunks.push(placed)
    }
  }
  // Two statements on one line, and a module named by a literal string: a `string` edge (issue 17).
  if (chunks.length >= 2 && rng.chance(0.1)) {
    const target = pickTarget(rng, layout, mod)
    if (target) {
      chunks.push([`x_${mod.id} = 1; import ${target.name}`])
      expect(mod, target, 'import')
    }
  }
  if (layout.productMods.length && rng.chance(0.1)) {
    const target = rng.pick(layout.productMods)
    chunks.push([`plugin_${mod.id} = importlib.import_module("${target.name}")`])
    expect(mod, target, 'string')
  }
  for (let i = rng.int(mod.isInit ? 0 : 1, mod.isInit ? 2 : 10); i > 0; i--) chunks.push(filler(rng, `${mod.id}_${i}`))
  if (mod.broken) {
    // Where the syntax breaks, imports after it may or may not survive: the manifest leaves them out.
    const at = rng.int(0, chunks.length)
    chunks.splice(at, 0, rng.chance(0.5) ? [`def broken_${mod.id}(:`, '    pass'] : [`values_${mod.id} = [1, 2,`, ''])
  }
  for (const chunk of rng.chance(0.5) ? shuffle(rng, chunks) : chunks) lines.push(...chunk, '')
  for (const name of mod.exports) {
    lines.push(/^[A-Z]/.test(name) ? `class ${name}:\n    pass\n` : `def ${name}():\n    return ${mod.id}\n`)
  }
  return lines.join('\n')
}

function shuffle(rng, list) {
  const out = [...list]
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** Bytes as a real repository holds them: mostly UTF-8 with \n, sometimes \r\n, a BOM, or Latin-1. */
function encode(rng, text, mod) {
  const roll = rng.float()
  if (roll < 0.02) return Buffer.from(text.replace(/\n/g, '\r\n'))
  if (roll < 0.03) return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
  if (roll < 0.035) return Buffer.from(`# -*- coding: latin-1 -*-\n# caf\u00e9 ${mod.id}\n${text}`, 'latin1')
  return Buffer.from(text)
}

// ---------------------------------------------------------------------------------------------------
// Entry points.

/**
 * Generates the repository, handing each file to `onFile(path, bytes)` as it is made (so 100k files
 * never sit in memory at once), and returns the graph it meant: edges (strongest kind per pair, out of
 * files without syntax errors) and the files with a syntax error.
 *
 * @param {{ files: number, seed: number, onFile: (path: string, bytes: Buffer) => void }} options
 * @returns {{ files: number, bytes: number, edges: { from: string, to: string, kind: string }[], broken: string[] }}
 */
export function generateSynthRepo({ files, seed, onFile }) {
  if (!Number.isInteger(files) || files < 1) throw new Error(`--files must be a whole number of at least 1 (got ${files})`)
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number (got ${seed})`)
  const rng = createRng(seed)
  const layout = planLayout(rng, files)
  layout.productMods = layout.mods.filter((m) => m.top !== 'tests' && m.top !== '')
  layout.testMods = layout.mods.filter((m) => m.top === 'tests' && m.pkg)
  layout.byTop = new Map()
  for (const mod of layout.productMods) {
    if (!layout.byTop.has(mod.top)) layout.byTop.set(mod.top, [])
    layout.byTop.get(mod.top).push(mod)
  }
  for (const mod of layout.mods) mod.broken = files >= 100 && !mod.isInit && rng.chance(0.004)

  const KIND_ORDER = ['import', 'lazy', 'type', 'package', 'conftest', 'string']
  const edges = new Map()
  const expect = (from, to, kind) => {
    if (from === to || from.broken) return
    const key = `${from.path}\0${to.path}`
    const known = edges.get(key)
    if (!known || KIND_ORDER.indexOf(kind) < KIND_ORDER.indexOf(known.kind)) edges.set(key, { from: from.path, to: to.path, kind })
  }
  let bytes = 0
  for (const mod of layout.mods) {
    // Python runs a package's __init__ first: the `package` edges of §4.
    const parentInit = mod.isInit ? mod.pkg.parent?.init : mod.pkg?.init
    if (parentInit) expect(mod, parentInit, 'package')
    // Django has many empty __init__.py files; so does this.
    const text = mod.isInit && rng.chance(0.25) ? '' : writeModule(rng, layout, mod, expect)
    const data = encode(rng, text, mod)
    bytes += data.length
    onFile(mod.path, data)
  }
  onFile('README.md', Buffer.from(`# Synthetic repository\n\n${files} Python files, seed ${seed}, synth-repo v${SYNTH_VERSION}.\n`))
  const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
  return {
    files: layout.mods.length,
    bytes,
    edges: [...edges.values()].sort((a, b) => byCodePoint(a.from, b.from) || byCodePoint(a.to, b.to)),
    broken: layout.mods
      .filter((m) => m.broken)
      .map((m) => m.path)
      .sort(byCodePoint),
  }
}

/** Writes the repository into `out` (which must be missing or empty); `git: true` also commits it. */
export function writeSynthRepo({ files, seed, out, git = false }) {
  if (existsSync(out) && readdirSync(out).length) throw new Error(`--out must be a new or empty folder: ${out}`)
  const made = new Set()
  const result = generateSynthRepo({
    files,
    seed,
    onFile(path, data) {
      const dir = dirname(join(out, path))
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true })
        made.add(dir)
      }
      writeFileSync(join(out, path), data)
    },
  })
  if (git) commitAll(out, `synthetic ${files} files, seed ${seed}`)
  return result
}

/** Makes `dir` a git repository holding all its files in one commit, with fixed dates and names. */
export function commitAll(dir, message) {
  const env = { ...process.env, GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2020-01-01T00:00:00Z' }
  const run = (...args) => execFileSync('git', ['-C', dir, ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  run('init', '-q', '-b', 'main')
  run('add', '-A')
  run('-c', 'user.name=synth', '-c', 'user.email=synth@example.invalid', 'commit', '-q', '-m', message)
}

async function cli(argv) {
  const usage = 'usage: node scripts/synth-repo.mjs --files N --seed S --out DIR [--git] [--manifest FILE] [--force]'
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        files: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        git: { type: 'boolean', default: false },
        manifest: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    }))
  } catch (error) {
    console.error(`synth-repo: ${error.message}\n${usage}`)
    return 2
  }
  if (!values.files || !values.out) {
    console.error(`synth-repo: --files and --out are required\n${usage}`)
    return 2
  }
  for (const name of ['files', 'seed']) {
    if (!/^\d+$/.test(values[name])) {
      console.error(`synth-repo: --${name} must be a whole number (got ${values[name]})\n${usage}`)
      return 2
    }
  }
  const files = Number(values.files)
  const seed = Number(values.seed)
  if (values.force) rmSync(values.out, { recursive: true, force: true })
  const started = performance.now()
  let result
  try {
    result = writeSynthRepo({ files, seed, out: values.out, git: values.git })
  } catch (error) {
    console.error(`synth-repo: ${error.message}`)
    return 2
  }
  if (values.manifest) writeFileSync(values.manifest, JSON.stringify({ edges: result.edges, broken: result.broken }) + '\n')
  const ms = Math.round(performance.now() - started)
  console.error(
    `synth-repo: ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.edges.length} expected edges, ` +
      `${result.broken.length} with syntax errors, in ${ms} ms -> ${values.out}`,
  )
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await cli(process.argv.slice(2))
