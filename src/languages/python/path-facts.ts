import type { Node, Parser } from 'web-tree-sitter'
import { baseName } from '../../core/repo-path.js'
import type { ExtractionMode } from '../adapter.js'
import { cleanDir, listedPackages, oldestPython, type PackagingDecl, type RootDecl } from './packaging-decl.js'

/**
 * What a file says about Python's path, read from its own text (never run): for each file's path
 * (CONTRACTS.md §4 item 3) and, in a setup.py, the package roots (item 1). Plain JSON, cached with the
 * rest of a file's facts.
 */
export interface PathFacts {
  /** A `#!` first line or a module-level `if __name__ == "__main__":`: run as a program, its folder comes first. */
  readonly program?: true
  /** Folders a module-level `sys.path.insert/append` adds, relative to the file's folder (`..`, `lib`), in order. */
  readonly pathEdits?: readonly string[]
  /**
   * An `__init__.py` that merges its package with same-named ones on the path (`pkgutil.extend_path`,
   * `pkg_resources.declare_namespace`): the namespace packages from before PEP 420.
   */
  readonly extendsPath?: true
  /** A setup.py's literal `setup(package_dir=…, packages=…)`. */
  readonly setup?: PackagingDecl
}

/** A path built from `__file__`: `up` folders above the file's own, then `down`; `file` for `__file__` itself. */
interface Built {
  readonly kind: 'path'
  readonly file: boolean
  readonly up: number
  readonly down: readonly string[]
}
interface Find {
  readonly kind: 'find'
  readonly namespaces: boolean
  readonly where?: string
  readonly include?: readonly string[]
  readonly exclude?: readonly string[]
}
type Value = Built | Find | { kind: 'str'; value: string } | { kind: 'list'; items: Value[] } | { kind: 'dict'; entries: [string, Value][] }

const FILE: Built = { kind: 'path', file: true, up: 0, down: [] }

/**
 * Where the tree can say something, by a search of the text: a dotted `sys.path.insert|append` (the
 * callee is compared with its blanks taken out) or `__name__` beside `==` (the main test's only shape;
 * blanks, line continuations, parentheses and comments to the line's end may stand between them). Most files that name `__name__` do so in
 * `getLogger(__name__)` or `cls.__name__`, and parsing each of those whole cost more than all their
 * imports' parse (Django: 209 files of 2,761 named it, 14 compare it, 8 of those only as an attribute: `cls.__name__ ==`).
 */
const SYS_PATH_EDIT = /\bsys\s*\.\s*path\s*\.\s*(insert|append)\b/
const NAME_COMPARED = /\b__name__(?:[\s\\)]|#[^\n]*\n)*==/g
const COMPARED_WITH_NAME = /==(?:[\s\\(]|#[^\n]*\n)*__name__\b/

/** Python's keywords (and Python 2's `print` and `exec`, which tree-sitter knows): `if.__name__` is no attribute, and a parse may recover it as a main test. */
const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except exec finally for from global if import in is lambda nonlocal not or pass print raise return try while with yield'.split(
    ' ',
  ),
)

/** Whether the text may hold a main test: `__name__` beside `==`, but for `name.__name__ ==`, an attribute no main test is. */
function mayTestMain(text: string): boolean {
  if (COMPARED_WITH_NAME.test(text)) return true
  NAME_COMPARED.lastIndex = 0
  for (let match = NAME_COMPARED.exec(text); match; match = NAME_COMPARED.exec(text)) {
    if (!isAttributeOfName(text, match.index)) return true
  }
  return false
}

/** Whether `__name__` at `at` stands right after `name.`, `name` an identifier (ASCII, not a keyword). */
function isAttributeOfName(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 46) return false
  let start = at - 1
  while (start > 0 && /\w/.test(text[start - 1]!)) start--
  const name = text.slice(start, at - 1)
  return /^[A-Za-z_]\w*$/.test(name) && !KEYWORDS.has(name)
}

/**
 * Parses only what needs a tree: files without `#!`, a main test, a `sys.path` edit or a setup() are
 * read by a search of the text; `full` parses every file, the reference the equivalence tests hold the
 * search to.
 */
export function readPathFacts(text: string, parser: Parser, path: string, extraction: ExtractionMode = 'fast'): PathFacts {
  const shebang = text.startsWith('#!')
  const isSetup = baseName(path) === 'setup.py'
  const extendsPath = /^__init__\.pyi?$/.test(baseName(path)) && /\b(extend_path|declare_namespace)\s*\(/.test(text)
  const plain = { ...(shebang && { program: true as const }), ...(extendsPath && { extendsPath: true as const }) }
  const needsTree = extraction === 'full' || isSetup || SYS_PATH_EDIT.test(text) || (!shebang && mayTestMain(text))
  if (!needsTree) return plain
  parser.reset()
  const tree = parser.parse(text)
  if (!tree) return plain
  try {
    return { ...plain, ...pathFactsOf(tree.rootNode, shebang, isSetup) }
  } finally {
    tree.delete()
  }
}

function pathFactsOf(root: Node, shebang: boolean, isSetup: boolean): PathFacts {
  const names = new Map<string, Value>()
  const edits: string[] = []
  let program = shebang
  let setup: PackagingDecl | undefined
  const visit = (statements: readonly (Node | null)[]) => {
    for (const statement of statements) {
      if (!statement) continue
      if (statement.type === 'if_statement' && isMainTest(statement.childForFieldName('condition'))) program = true
      if (
        ['if_statement', 'try_statement', 'with_statement', 'else_clause', 'elif_clause', 'except_clause', 'finally_clause'].includes(
          statement.type,
        )
      ) {
        for (const child of statement.namedChildren) if (child.type === 'block') visit(child.namedChildren)
        for (const child of statement.namedChildren) if (child.type !== 'block') visit([child])
        continue
      }
      if (statement.type !== 'expression_statement') continue
      const expression = statement.namedChildren[0]
      if (expression?.type === 'assignment') {
        const left = expression.childForFieldName('left')
        const value = evaluate(expression.childForFieldName('right'), names)
        if (left?.type === 'identifier' && value) names.set(left.text, value)
      } else if (expression?.type === 'call') {
        const callee = expression.childForFieldName('function')?.text.replace(/\s+/g, '')
        const args = expression.childForFieldName('arguments')?.namedChildren ?? []
        if (callee === 'sys.path.insert' || callee === 'sys.path.append') {
          const value = evaluate(args[callee.endsWith('insert') ? 1 : 0] ?? null, names)
          const dir = value?.kind === 'path' ? folderOf(value) : undefined
          if (dir !== undefined) edits.push(dir)
        } else if (isSetup && /^(setuptools\.|distutils\.core\.)?setup$/.test(callee ?? '')) setup = setupDecl(args, names)
      }
    }
  }
  visit(root.namedChildren)
  return { ...(program && { program: true as const }), ...(edits.length && { pathEdits: edits }), ...(setup && { setup }) }
}

/** `__name__ == "__main__"` (either side), as Python compares them: through parentheses, comments and line continuations. */
function isMainTest(test: Node | null): boolean {
  const bare = unwrap(test)
  if (bare?.type !== 'comparison_operator' || bare.children.filter((c) => c.type === '==').length !== 1) return false
  const sides = bare.namedChildren
    .filter((c) => c.type !== 'comment' && c.type !== 'line_continuation')
    .map(unwrap)
    .map((c) => (c?.type === 'string' || c?.type === 'concatenated_string' ? stringValue(c) : c?.text))
  return sides.length === 2 && sides.includes('__name__') && sides.includes('__main__')
}

/** The expression inside any parentheses. */
function unwrap(node: Node | null): Node | null {
  let bare = node
  while (bare?.type === 'parenthesized_expression') bare = bare.namedChildren.find((c) => c.type !== 'comment') ?? null
  return bare
}

/** A built path as a folder relative to the file's own ('' for it), or undefined when it is the file itself. */
function folderOf(value: Built): string | undefined {
  if (value.file) return undefined
  return [...Array<string>(value.up).fill('..'), ...value.down].join('/')
}

function dirname(value: Built): Built {
  if (value.file) return { kind: 'path', file: false, up: 0, down: [] }
  if (value.down.length) return { ...value, down: value.down.slice(0, -1) }
  return { ...value, up: value.up + 1 }
}

function join(value: Built, parts: readonly string[]): Built | undefined {
  let built: Built = value
  for (const part of parts.flatMap((p) => p.split('/'))) {
    if (part === '' || part === '.') continue
    if (part === '..')
      built = dirname(built) // normalised, as abspath does: `__file__/..` is the file's folder
    else if (built.file)
      return undefined // a path below a file
    else built = { ...built, down: [...built.down, part] }
  }
  return built
}

const PATH_CALLS = new Set([
  'os.path.abspath',
  'os.path.realpath',
  'os.path.normpath',
  'str',
  'os.fspath',
  'Path',
  'pathlib.Path',
  'PurePath',
  'pathlib.PurePath',
])

/** The literal value of an expression, as far as it is one; undefined for anything that would need running. */
function evaluate(node: Node | null, names: ReadonlyMap<string, Value>): Value | undefined {
  if (!node) return undefined
  switch (node.type) {
    case 'parenthesized_expression':
      return evaluate(node.namedChildren[0] ?? null, names)
    case 'string': {
      const value = stringValue(node)
      return value === undefined ? undefined : { kind: 'str', value }
    }
    case 'identifier':
      return node.text === '__file__' ? FILE : names.get(node.text)
    case 'list':
    case 'tuple': {
      const items = node.namedChildren.map((c) => evaluate(c, names))
      return items.every(Boolean) ? { kind: 'list', items: items as Value[] } : undefined
    }
    case 'dictionary': {
      const entries: [string, Value][] = []
      for (const pair of node.namedChildren) {
        const key = pair.type === 'pair' ? evaluate(pair.childForFieldName('key'), names) : undefined
        const value = pair.type === 'pair' ? evaluate(pair.childForFieldName('value'), names) : undefined
        if (key?.kind !== 'str' || !value) return undefined
        entries.push([key.value, value])
      }
      return { kind: 'dict', entries }
    }
    case 'attribute': {
      const object = evaluate(node.childForFieldName('object'), names)
      const attribute = node.childForFieldName('attribute')?.text
      return object?.kind === 'path' && attribute === 'parent' ? dirname(object) : undefined
    }
    case 'subscript': {
      // Path(__file__).parents[n]
      const value = node.childForFieldName('value')
      const index = node.childForFieldName('subscript')
      if (value?.type !== 'attribute' || value.childForFieldName('attribute')?.text !== 'parents' || index?.type !== 'integer')
        return undefined
      let built = evaluate(value.childForFieldName('object'), names)
      if (built?.kind !== 'path') return undefined
      for (let k = 0; k <= Number(index.text); k++) built = dirname(built)
      return built
    }
    case 'binary_operator': {
      const left = evaluate(node.childForFieldName('left'), names)
      const right = evaluate(node.childForFieldName('right'), names)
      if (node.childForFieldName('operator')?.text !== '/' || left?.kind !== 'path' || right?.kind !== 'str') return undefined
      return join(left, [right.value])
    }
    case 'call':
      return evaluateCall(node, names)
    default:
      return undefined
  }
}

function evaluateCall(node: Node, names: ReadonlyMap<string, Value>): Value | undefined {
  const callee = node.childForFieldName('function')
  const name = callee?.text.replace(/\s+/g, '') ?? ''
  const args = node.childForFieldName('arguments')?.namedChildren.filter((c) => c.type !== 'comment') ?? []
  const positional = args.filter((a) => a.type !== 'keyword_argument')
  const keyword = (key: string) =>
    args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === key)?.childForFieldName('value') ?? null
  // Methods of a built path: Path(__file__).resolve(), .absolute()
  if (callee?.type === 'attribute' && ['resolve', 'absolute'].includes(callee.childForFieldName('attribute')?.text ?? '')) {
    const object = evaluate(callee.childForFieldName('object'), names)
    if (object?.kind === 'path') return object
  }
  if (name === 'os.path.dirname' && positional.length === 1) {
    const value = evaluate(positional[0]!, names)
    return value?.kind === 'path' ? dirname(value) : undefined
  }
  if (PATH_CALLS.has(name) && positional.length === 1) {
    const value = evaluate(positional[0]!, names)
    if (value?.kind === 'path') return value
    return value?.kind === 'str' && name !== 'Path' && name !== 'pathlib.Path' ? value : undefined
  }
  if (name === 'os.path.join' && positional.length >= 1) {
    const values = positional.map((a) => evaluate(a, names))
    if (values.every((v) => v?.kind === 'str')) return { kind: 'str', value: values.map((v) => (v as { value: string }).value).join('/') }
    const [first, ...rest] = values
    if (first?.kind !== 'path' || !rest.every((v) => v?.kind === 'str')) return undefined
    return join(
      first,
      rest.map((v) => (v as { value: string }).value),
    )
  }
  const find = /^(setuptools\.)?(find_packages|find_namespace_packages|PEP420PackageFinder\.find)$/.exec(name)
  if (find) {
    const where = evaluate(keyword('where') ?? positional[0] ?? null, names)
    const include = listOf(evaluate(keyword('include') ?? positional[2] ?? null, names))
    const exclude = listOf(evaluate(keyword('exclude') ?? positional[1] ?? null, names))
    if (where && where.kind !== 'str') return undefined
    return {
      kind: 'find',
      namespaces: find[2] !== 'find_packages',
      ...(where && { where: where.value }),
      ...(include && { include }),
      ...(exclude && { exclude }),
    }
  }
  return undefined
}

function listOf(value: Value | undefined): string[] | undefined {
  if (value?.kind !== 'list' || !value.items.every((i) => i.kind === 'str')) return undefined
  return value.items.map((i) => (i as { value: string }).value)
}

/** The roots a literal `setup(...)` call declares (`package_dir`, `packages`, `py_modules`, `python_requires`). */
function setupDecl(args: readonly (Node | null)[], names: ReadonlyMap<string, Value>): PackagingDecl {
  const keyword = new Map<string, Node | null>()
  for (const a of args)
    if (a?.type === 'keyword_argument') keyword.set(a.childForFieldName('name')?.text ?? '', a.childForFieldName('value'))
  const problems: string[] = []
  const roots: RootDecl[] = []
  let base = ''
  if (keyword.has('package_dir')) {
    const mapping = evaluate(keyword.get('package_dir')!, names)
    if (mapping?.kind !== 'dict' || !mapping.entries.every(([, v]) => v.kind === 'str'))
      problems.push('setup.py package_dir is not a literal: not read')
    else {
      for (const [name, dir] of mapping.entries) {
        const folder = cleanDir((dir as { value: string }).value)
        if (name === '') base = folder
        else {
          const parts = name.split('.')
          if (folder.split('/').slice(-parts.length).join('.') === name) {
            roots.push({
              dir: folder.split('/').slice(0, -parts.length).join('/'),
              why: 'setup.py package_dir',
              namespaces: true,
              include: [parts[0]!],
            })
          } else problems.push(`setup.py package_dir: package ${name} lives in ${folder}, a folder of another name: not followed`)
        }
      }
    }
  }
  const packages = keyword.has('packages') ? evaluate(keyword.get('packages')!, names) : undefined
  if (packages?.kind === 'find') {
    roots.push({
      dir: packages.where === undefined ? base : cleanDir(packages.where),
      why: `setup.py packages=${packages.namespaces ? 'find_namespace_packages' : 'find_packages'}()`,
      namespaces: packages.namespaces,
      ...(packages.include && { include: packages.include.map((p) => p.split('.')[0]!) }),
      ...(packages.exclude && { exclude: packages.exclude.filter((p) => !p.includes('.')) }),
    })
  } else if (listOf(packages)) {
    roots.push(...listedPackages(base, listOf(packages)!, roots, 'setup.py packages'))
  } else if (keyword.has('packages')) problems.push('setup.py packages is not a literal: not read')
  else if (base !== '') roots.push({ dir: base, why: 'setup.py package_dir', namespaces: true })
  const requires = keyword.has('python_requires') ? evaluate(keyword.get('python_requires')!, names) : undefined
  const oldest = requires?.kind === 'str' ? oldestPython(requires.value) : undefined
  return { project: true, roots, pytest: false, problems, ...(oldest && { oldestPython: oldest }) }
}

/** A plain string literal's value (no f-string, no bytes); implicit concatenation joined. */
function stringValue(node: Node): string | undefined {
  if (node.type === 'concatenated_string') {
    const parts = node.namedChildren.map((c) => stringValue(c))
    return parts.every((p) => p !== undefined) ? parts.join('') : undefined
  }
  const start = node.namedChildren.find((c) => c.type === 'string_start')?.text ?? ''
  if (/[fFbB]/.test(start)) return undefined
  const parts = node.namedChildren.filter((c) => c.type !== 'string_start' && c.type !== 'string_end')
  if (parts.length === 0) return ''
  if (parts.length !== 1 || parts[0]!.type !== 'string_content') return undefined
  return parts[0]!.text
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string')

/** Checks the shape of path facts from a cache (outside the program's control), field by field. */
export function isPathFacts(value: unknown): value is PathFacts {
  if (!isRecord(value)) return false
  if (value.program !== undefined && value.program !== true) return false
  if (value.extendsPath !== undefined && value.extendsPath !== true) return false
  if (value.pathEdits !== undefined && !isStrings(value.pathEdits)) return false
  const setup = value.setup
  if (setup === undefined) return true
  if (!isRecord(setup) || typeof setup.project !== 'boolean' || typeof setup.pytest !== 'boolean' || !isStrings(setup.problems))
    return false
  if (setup.oldestPython !== undefined && typeof setup.oldestPython !== 'string') return false
  return (
    Array.isArray(setup.roots) &&
    setup.roots.every(
      (r: unknown) =>
        isRecord(r) &&
        typeof r.dir === 'string' &&
        typeof r.why === 'string' &&
        typeof r.namespaces === 'boolean' &&
        (r.include === undefined || isStrings(r.include)) &&
        (r.exclude === undefined || isStrings(r.exclude)),
    )
  )
}
