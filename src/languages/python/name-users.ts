import { byCodePoint, type RepoPath } from '../../core/repo-path.js'
import type { ImporterOf, NameUser } from '../adapter.js'
import { absoluteParts } from './absolute-name.js'
import { boundNames } from './extract.js'
import type { NameRead, PyFacts, PyImport } from './facts.js'

/** What the analysis reads: each file's facts, and the dotted name Python gives each file (as resolution names it). */
export interface NameSource {
  readonly facts: ReadonlyMap<RepoPath, PyFacts>
  readonly moduleParts: (file: RepoPath) => readonly string[]
  readonly isPackage: (file: RepoPath) => boolean
}

/** How one importer uses a module: not at all, some names (some only passed on), or perhaps anything. */
type Use =
  | { readonly all: false; readonly used: ReadonlySet<string>; readonly passedOn: ReadonlyMap<string, string>; readonly why: string[] }
  | { readonly all: true; readonly why: string }

const code = (text: string) => `\`${text}\``
const GETATTR = '__getattr__'

/**
 * The files that use one of `names` of `changed` (issue 17): those importing a name (`from m import a`),
 * reading it off a module they bind (`m.a`, `p.m.a`), importing `*` where `__all__` (or, without one, the
 * name's lack of a leading underscore) lets the name through, and every importer the analysis cannot be sure
 * of (the module object passed on, `getattr(m, …)`, a module bound and no attribute read, a name loaded by
 * string or by pytest). A file that imports a changed name and uses it nowhere else (a package's
 * `__init__` re-exporting it) passes it on: its own importers are judged by that name in turn, so the
 * users of `django.dispatch.Signal` are found though they import it from `django.dispatch`. A package's
 * modules import it as their package, and reach none of its names by that; their importers may
 * (`import p.m` binds `p`, and `p.name` reads the package's name), so they are judged against the package.
 */
export function pythonNameUsers(
  changed: RepoPath,
  names: readonly string[],
  importersOf: (path: RepoPath) => readonly ImporterOf[],
  source: NameSource,
): NameUser[] {
  const users = new Map<RepoPath, { via: RepoPath; names: Set<string> | 'all'; why: string[]; reexports: boolean }>()
  const judged = new Map<string, Set<string>>()
  // `at`: the file whose importers are judged; `module`: the one whose names they may use (a package above `at`, where `direct` is false).
  const queue: { at: RepoPath; module: RepoPath; names: ReadonlySet<string>; direct: boolean }[] = [
    { at: changed, module: changed, names: new Set(names), direct: true },
  ]
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { at, module, direct } = item
    const key = `${at}\0${module}`
    const seen = judged.get(key) ?? new Set<string>()
    judged.set(key, seen)
    const fresh = new Set([...item.names].filter((n) => !seen.has(n)))
    if (!fresh.size) continue
    for (const n of fresh) seen.add(n)
    for (const importer of importersOf(at)) {
      if (importer.path === changed) continue
      if (importer.kinds.every((k) => k === 'package')) {
        queue.push({ at: importer.path, module, names: fresh, direct: false })
        continue
      }
      const use = useOf(importer, module, fresh, source, direct)
      if (!use) continue
      const known = users.get(importer.path) ?? { via: module, names: new Set<string>(), why: [], reexports: true }
      users.set(importer.path, known)
      if (use.all) {
        known.names = 'all'
        known.reexports = false
        known.why.push(use.why)
        continue
      }
      if (known.names !== 'all') for (const n of use.used) known.names.add(n)
      known.why.push(...use.why)
      if (use.passedOn.size < use.used.size) known.reexports = false
      if (use.passedOn.size) queue.push({ at: importer.path, module: importer.path, names: new Set(use.passedOn.keys()), direct: true })
    }
  }
  return [...users]
    .map(([path, user]) => ({
      path,
      via: user.via,
      names: user.names === 'all' ? ('all' as const) : [...user.names].sort(),
      why: [...new Set(user.why)].join('; '),
      reexports: user.reexports,
    }))
    .sort((a, b) => byCodePoint(a.path, b.path))
}

/**
 * How `importer` uses `names` of `module`, or undefined where it uses none of them. A `direct` importer
 * imports the module itself: an edge the analysis cannot match to a statement is then a use it is not
 * sure of; an importer of one of the package's modules (not direct) uses the package only by a statement that reaches it.
 */
function useOf(importer: ImporterOf, module: RepoPath, names: ReadonlySet<string>, source: NameSource, direct: boolean): Use | undefined {
  if (direct && importer.kinds.includes('string')) return { all: true, why: 'loads it by name, from a string' }
  if (direct && importer.kinds.includes('conftest'))
    return { all: true, why: 'pytest loads it before the test, whose fixtures it may give' }
  if (!importer.kinds.some((k) => k === 'import' || k === 'lazy' || k === 'type')) return undefined
  const facts = source.facts.get(importer.path)
  if (!facts) return { all: true, why: 'not read as Python' }
  const target = source.moduleParts(module)
  if (!target.length) return { all: true, why: 'the module has no dotted name' }
  const reads = new Map(facts.reads.map((r) => [r.name, r]))
  const exported = exportsOf(source.facts.get(module))
  const from = source.moduleParts(importer.path)
  const fromPackage = source.isPackage(importer.path)
  const used = new Set<string>()
  const passedOn = new Map<string, string>()
  const why: string[] = []
  let matched = false
  // A file's module may be spelled from another root (`x` for `tests.x`): shorter names are tried where the whole one matches nothing.
  for (let s = 0; s < target.length && !matched; s++) {
    const spelled = target.slice(s)
    for (const statement of facts.imports) {
      const use = statementUse(
        statement,
        absoluteParts(from, fromPackage, statement.level, statement.module),
        spelled,
        names,
        exported,
        reads,
      )
      if (!use) continue
      matched = true
      if (use.all) return use
      for (const n of use.used) used.add(n)
      for (const [local, n] of use.passedOn) passedOn.set(local, n)
      why.push(...use.why)
    }
  }
  if (!matched) return direct ? { all: true, why: 'imports it by a statement the name analysis does not match' } : undefined
  // A module's `__getattr__` answers every name it lacks (PEP 562): whatever an importer takes of it may reach it.
  if (names.has(GETATTR)) return { all: true, why: `the module's ${code(GETATTR)} changed, which answers every name it lacks` }
  if (!used.size) return undefined
  // A name passed on but also read in the file is used by it: only names nothing else reads pass through.
  return { all: false, used, passedOn, why }
}

/** A module's public names by its `__all__`: a set, all (a name that is not `_private`) where it has none, anything where it is not a literal. */
function exportsOf(facts: PyFacts | undefined): (name: string) => boolean {
  if (!facts || facts.exports === null) return () => true
  if (facts.exports === undefined) return (name) => !name.startsWith('_')
  const names = new Set(facts.exports)
  return (name) => names.has(name)
}

/** The absolute dotted name a statement imports from, as parts (relative ones from the importer's package); undefined above the top. */
const startsWith = (whole: readonly string[], start: readonly string[]) =>
  start.length <= whole.length && start.every((p, k) => whole[k] === p)

/**
 * What one import statement makes the importer use of the module spelled `target` (a Use with no names where
 * it reaches the module but uses none of them), or undefined where it does not reach it.
 */
function statementUse(
  statement: PyImport,
  module: readonly string[] | undefined,
  target: readonly string[],
  names: ReadonlySet<string>,
  exported: (name: string) => boolean,
  reads: ReadonlyMap<string, NameRead>,
): Use | undefined {
  if (!module) return undefined
  const isTarget = module.length === target.length && startsWith(target, module)
  if (statement.names === null) {
    const local = boundNames(statement)[0]!
    // `import a.b.c` binds `a`, standing for the package a; `import a.b.c as x` binds x, standing for a.b.c.
    const stands = statement.aliases?.[0] ? module : module.slice(0, 1)
    // A package's import loads none of its modules: only a path read off it can reach the target then.
    const loads = startsWith(module, target)
    if (!(loads || startsWith(target, module)) || !startsWith(target, stands)) return undefined
    return throughBinding(local, stands, target, names, reads.get(local), `import ${module.join('.')}`, loads)
  }
  const used = new Set<string>()
  const passedOn = new Map<string, string>()
  const why: string[] = []
  let reached = false
  for (let k = 0; k < statement.names.length; k++) {
    const name = statement.names[k]!
    const local = statement.aliases?.[k] ?? name
    if (isTarget) {
      reached = true
      const through = name === '*' ? [...names].filter(exported) : names.has(name) ? [name] : []
      for (const n of through) used.add(n)
      if (name === '*') {
        if (through.length) why.push(`imports \`*\` (${through.map(code).join(', ')})`)
      } else if (!through.length) continue
      else if (reads.has(local)) why.push(`imports ${code(name)}`)
      else {
        passedOn.set(local, name)
        why.push(`passes ${code(name)} on`)
      }
      continue
    }
    const bound = [...module, name]
    if (name === '*' || !startsWith(target, bound)) continue
    reached = true
    const use = throughBinding(local, bound, target, names, reads.get(local), `from ${module.join('.')} import ${name}`, true)
    if (use.all) return use
    for (const n of use.used) used.add(n)
    why.push(...use.why)
  }
  return reached ? { all: false, used, passedOn, why } : undefined
}

/**
 * What reading a bound name that stands for `stands` (a package or module the target is in, or the target)
 * uses of the target: the name after the target's own in each attribute path; anything when the name is
 * used bare, read only down to the target or a package above it (`a.b` passed on), or never read where
 * the statement `loads` the target.
 */
function throughBinding(
  local: string,
  stands: readonly string[],
  target: readonly string[],
  names: ReadonlySet<string>,
  read: NameRead | undefined,
  statement: string,
  loads: boolean,
): Use {
  const none: Use = { all: false, used: new Set(), passedOn: new Map(), why: [] }
  if (!read) return loads ? { all: true, why: `${code(statement)}, and no attribute read: not sure` } : none
  if (read.bare) return { all: true, why: `${code(local)} is used on its own (passed on, called, rebound): not sure` }
  const rest = target.slice(stands.length)
  const used = new Set<string>()
  for (const attribute of read.attributes) {
    const path = attribute.split('.')
    if (path.length > rest.length && startsWith(path, rest)) {
      const name = path[rest.length]!
      if (names.has(name)) used.add(name)
    } else if (startsWith(rest, path)) return { all: true, why: `${code(`${local}.${attribute}`)} is used on its own: not sure` }
  }
  if (!used.size) return none
  return {
    all: false,
    used,
    passedOn: new Map(),
    why: [`reads ${[...used].map((n) => code(`${[local, ...rest].join('.')}.${n}`)).join(', ')}`],
  }
}
