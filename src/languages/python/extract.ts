import type { Node, Parser, Tree, TreeCursor } from 'web-tree-sitter'
import { decodePython } from './decode.js'
import type { ImportContext, PyFacts, PyImport } from './facts.js'
import { readNames, type NonCode, type Span, type TextSpan } from './name-reads.js'
import { ownString } from './own-strings.js'
import { readPlainCall } from './plain-calls.js'
import { readPlainImport } from './plain-imports.js'
import { scanPython, type ScannedStatement } from './scan.js'
import { DOTTED_NAME, SETTING_NAME } from './settings-names.js'

/**
 * How a file is read: `fast` lets a lexical pre-scan find the import statements and has tree-sitter
 * parse only those (the whole file where the scan sees trouble); `full` parses every byte. Both give
 * the same facts; the full path is the reference the equivalence tests hold the fast one to.
 */
export type ExtractionPath = 'fast' | 'full'

/**
 * How much parsing a file may cost, in calls of tree-sitter's progress callback (one per hundred or so
 * parse operations: a count of work, not of time, so the limit is the same on any machine). Python
 * takes at most 0.05 calls per character over 2,000 files of the standard library and every hostile
 * shape of the reliability tests; one per character is twenty times that, so a file past it does what
 * no source file does, and is skipped with the reason rather than parsed for hours.
 */
export interface ParseBudget {
  readonly base: number
  readonly perChar: number
}

export const PARSE_BUDGET: ParseBudget = { base: 1000, perChar: 1 }

/** Where a found node came from: its 1-based line in the file and the context it stands in. */
type Locate = (node: Node, treeContext: ImportContext) => { line: number; context: ImportContext }

/** What the children of a node are to the walk: the context they stand in, and what their parent is. */
interface Frame {
  readonly context: ImportContext
  readonly parent: 'function' | 'type-checking-if' | 'assignment' | 'other'
}

/** Extracts the import statements of one Python file with tree-sitter. */
export class PythonExtractor {
  constructor(
    private readonly parser: Parser,
    private readonly path: ExtractionPath = 'fast',
    private readonly budget: ParseBudget = PARSE_BUDGET,
  ) {}

  /** Throws, with the reason, for bytes that are not text in their encoding (UndecodableSource) or past the parse budget: the caller skips the file. */
  extract(bytes: Uint8Array): PyFacts {
    return this.extractText(decodePython(bytes))
  }

  /** The same, for text already decoded (the adapter reads the path facts from the same text). */
  extractText(text: string): PyFacts {
    return this.path === 'fast' ? this.extractFast(text) : this.extractFull(text)
  }

  /** Parses the whole file; contexts come from the tree. */
  extractFull(text: string): PyFacts {
    const tree = this.parse(text)
    try {
      // The same shape as the fast path's (words absent), for the one compiled readNames both use.
      const where = { literals: [] as TextSpan[], skipped: [] as Span[], words: undefined }
      const collected = collect(tree.rootNode, (node, context) => ({ line: node.startPosition.row + 1, context }), where)
      const facts = withReads(text, collected.facts, where)
      const { firstErrorRow } = collected
      if (!tree.rootNode.hasError) return facts
      // A missing token of zero width (a missing line break) is invisible to the walk: the last top-level statement stands in.
      return { ...facts, syntaxErrorLine: (firstErrorRow ?? tree.rootNode.lastChild?.startPosition.row ?? 0) + 1 }
    } finally {
      tree.delete()
    }
  }

  /** The tree of `text`, within the budget. */
  private parse(text: string): Tree {
    const limit = this.budget.base + this.budget.perChar * text.length
    let steps = 0
    this.parser.reset()
    const tree = this.parser.parse(text, null, { progressCallback: () => ++steps > limit })
    if (!tree) throw new Error(`parsing passed its budget (${limit} steps for ${text.length} characters)`)
    return tree
  }

  /**
   * Parses only the statements the lexical scan found, laid one after another, with lines and
   * contexts from the scan. Falls back to the full parse where the scan or that small parse sees
   * anything amiss, so that broken files are read exactly as the full path reads them.
   */
  extractFast(text: string): PyFacts {
    const scan = scanPython(text)
    if (scan.trouble) return this.extractFull(text)
    // Import statements of the plainest shapes are read from the text; if one is not, all go to the parser, to keep their order.
    const plain = textImports(text, scan.imports)
    // So are the plainest dynamic imports (plain-calls.ts), where the imports are: the rest is parsed, all of it, in order.
    const calls = plain && textCalls(text, scan.dynamic)
    const statements = calls ? [] : plain ? scan.dynamic : [...scan.imports, ...scan.dynamic]
    const where = { literals: scan.literals, skipped: scan.imports, words: scan.words }
    // Nothing to parse, but `__all__` may still be used (`print(__all__)`), as the full path reads it.
    if (!statements.length) return withReads(text, { imports: plain ?? [], dynamic: calls ?? [], settings: [] }, where)
    const rows = new Map<number, ScannedStatement>()
    let source = ''
    let row = 0
    for (const statement of statements) {
      const piece = text.slice(statement.start, statement.end)
      rows.set(row, statement)
      source += piece + '\n'
      for (let k = 0; k < piece.length; k++) if (piece.charCodeAt(k) === 10) row++
      row++
    }
    const tree = this.parse(source)
    try {
      // A statement cut short (`from x im`) can run into the next one without an error node: each must
      // stand alone, one top-level statement per piece (pieces hold no comment outside a statement).
      if (tree.rootNode.hasError || tree.rootNode.namedChildCount !== rows.size) return this.extractFull(text)
      const { facts } = collect(tree.rootNode, (node) => {
        // Each statement starts a row of the small source; a node lies in the last one starting at or before it.
        let start = node.startPosition.row
        while (!rows.has(start)) start--
        const statement = rows.get(start)!
        return { line: statement.line + node.startPosition.row - start, context: statement.context }
      })
      return withReads(text, plain ? { ...facts, imports: plain } : facts, where)
    } finally {
      tree.delete()
    }
  }
}

/** The targets of every import statement where each is of a shape read from the text (plain-imports.ts), else undefined. */
function textImports(text: string, statements: readonly ScannedStatement[]): PyImport[] | undefined {
  const found: PyImport[] = []
  for (const statement of statements) {
    const read = readPlainImport(text, statement)
    if (!read) return undefined
    for (const entry of read) found.push(entry)
  }
  return found
}

/** The dynamic imports of statements that are each of the shape read from the text (plain-calls.ts), else undefined. */
function textCalls(text: string, statements: readonly ScannedStatement[]): { line: number; specifier: string }[] | undefined {
  const found: { line: number; specifier: string }[] = []
  for (const statement of statements) {
    const specifier = readPlainCall(text, statement)
    if (specifier === undefined) return undefined
    found.push({ line: statement.line, specifier: ownString(specifier) })
  }
  return found
}

/** Facts with what the file reads off the names its imports bind, and `__all__` as a literal where nothing else uses it. */
function withReads(text: string, facts: Collected, where: NonCode): PyFacts {
  const { imports, dynamic, settings, exports } = facts
  const bound: string[] = []
  for (const i of imports) if (i.module !== '__future__' || i.level !== 0) for (const name of boundNames(i)) bound.push(name)
  const all = readNames(text, bound, where)
  const reads = all.filter((r) => r.name !== EXPORTS || bound.includes(EXPORTS))
  const exportsUsed = all.length !== reads.length
  if (exports === undefined && !exportsUsed) return { imports, dynamic, settings, reads }
  return { imports, dynamic, settings, reads, exports: exports === null || exportsUsed ? null : exports }
}

/** The names a statement binds in its module: an `as` name, else a `from` import's name, else a plain import's first part. */
export function boundNames(statement: PyImport): string[] {
  const { names, aliases, module } = statement
  // Loops and indexOf, not split and flatMap: this runs for every import of every file, mostly before V8 has compiled it.
  if (names === null) {
    const dot = module.indexOf('.')
    return [aliases?.[0] ?? (dot < 0 ? module : module.slice(0, dot))]
  }
  const bound: string[] = []
  for (let k = 0; k < names.length; k++) if (names[k] !== '*') bound.push(aliases?.[k] ?? names[k]!)
  return bound
}

const EXPORTS = '__all__'

/** What the walk finds: the facts but the reads, and `__all__` (undefined: none; null: not a literal). */
type Collected = Omit<PyFacts, 'reads' | 'exports'> & { readonly exports?: string[] | null }

/**
 * The imports, literal dynamic imports, settings strings and `__all__` under `root`, in document order, and the first row of an
 * error node; with `where`, the strings, comments and import statements too, as spans of the text. A walk with one cursor, carrying each node's context down from its blocks, rather than
 * queries and parent links: on the trees tree-sitter builds from runs of unclosed brackets, queries
 * and `parent` cost time quadratic in the run (20,000 `(` took seconds, 100,000 minutes), the walk linear.
 */
function collect(
  root: Node,
  locate: Locate,
  where?: { literals: TextSpan[]; skipped: Span[] },
): { facts: Collected; firstErrorRow?: number } {
  const imports: PyImport[] = []
  let exports: string[] | null | undefined
  const dynamic: { line: number; specifier: string }[] = []
  const settings: { line: number; specifier: string }[] = []
  const errors = root.hasError
  let firstErrorRow: number | undefined
  const cursor = root.walk()
  const frames: Frame[] = [{ context: 'import', parent: 'other' }]
  try {
    for (;;) {
      const frame = frames[frames.length - 1]!
      const type = cursor.nodeType
      if (type === 'import_statement' || type === 'import_from_statement' || type === 'future_import_statement') {
        const node = cursor.currentNode
        where?.skipped.push({ start: node.startIndex, end: node.endIndex })
        const at = locate(node, frame.context)
        if (type === 'import_statement') {
          // A loop, not push(...list): `import a,a,a,…` can name more modules than the stack has room for arguments.
          for (const entry of plainImports(node, at)) imports.push(entry)
        } else {
          const from = fromImport(node, type, at, errors)
          if (from) imports.push(from)
        }
        // Without the spans (the fast path) and without errors, nothing below an import statement is of use: no call, string or assignment.
        if (!where && !errors) {
          if (nextNode(cursor, frames)) continue
          return finished()
        }
      } else if (type === 'call') {
        const node = cursor.currentNode
        const specifier = dynamicSpecifier(node)
        if (specifier !== undefined) dynamic.push({ line: locate(node, frame.context).line, specifier })
      } else if ((type === 'assignment' || type === 'augmented_assignment') && frame.parent !== 'assignment') {
        const names = exportedNames(cursor.currentNode)
        if (names !== undefined) exports = names === null || exports === null ? null : [...(exports ?? []), ...names]
        for (const literal of settingStrings(cursor.currentNode)) {
          const specifier = stringLiteral(literal)
          if (specifier !== undefined && DOTTED_NAME.test(specifier))
            settings.push({ line: locate(literal, frame.context).line, specifier })
        }
      }
      if (where && (type === 'string' || type === 'comment')) literalSpan(cursor.currentNode, where.literals)
      if (errors && (type === 'ERROR' || cursor.nodeIsMissing))
        firstErrorRow = Math.min(firstErrorRow ?? Infinity, cursor.startPosition.row)
      const below = childFrame(type, frame, cursor)
      if (cursor.gotoFirstChild()) {
        frames.push(below)
        continue
      }
      if (!nextNode(cursor, frames)) return finished()
    }
  } finally {
    cursor.delete()
  }
  function finished() {
    const facts = { imports, dynamic, settings, ...(exports !== undefined && { exports }) }
    return firstErrorRow === undefined ? { facts } : { facts, firstErrorRow }
  }
}

/** Moves the cursor past its node's subtree, to the next node in document order: false at the end of the tree. */
function nextNode(cursor: TreeCursor, frames: Frame[]): boolean {
  while (!cursor.gotoNextSibling()) {
    if (!cursor.gotoParent()) return false
    frames.pop()
  }
  return true
}

/**
 * The frame of a node's children: `lazy` inside a function body, `type` inside the body of `if
 * TYPE_CHECKING:` (or `elif`, which Python's own tree holds as a nested `if`), `type` where both apply.
 */
function childFrame(type: string, frame: Frame, cursor: TreeCursor): Frame {
  let context = frame.context
  // Field names and nodes are asked for only where they decide something: the walk is the hot path of a full parse.
  if (type === 'block') {
    if (frame.parent === 'function' && context === 'import') context = 'lazy'
    else if (frame.parent === 'type-checking-if' && cursor.currentFieldName === 'consequence') context = 'type'
  } else if (type === 'function_definition') return { context, parent: 'function' }
  // `a = b = […]`: the statement is the outer assignment, as the lexical scan sees it; the inner one is not a statement.
  else if (type === 'assignment') return { context, parent: 'assignment' }
  else if ((type === 'if_statement' || type === 'elif_clause') && isTypeCheckingTest(cursor.currentNode.childForFieldName('condition'))) {
    return { context, parent: 'type-checking-if' }
  }
  return context === frame.context && frame.parent === 'other' ? frame : { context, parent: 'other' }
}

/**
 * A string's span from its opening quote (a prefix is no part: the lexical scan sees it as a word), or a
 * comment's; a string inside an f-string's field is inside its span already, as the scan sees it.
 */
function literalSpan(node: Node, literals: TextSpan[]): void {
  const last = literals[literals.length - 1]
  if (last && node.startIndex < last.end) return
  if (node.type === 'comment') {
    literals.push({ start: node.startIndex, end: node.endIndex, formatted: false })
    return
  }
  const prefix = /^[A-Za-z]*/.exec(node.firstChild?.text ?? '')![0]
  literals.push({ start: node.startIndex + prefix.length, end: node.endIndex, formatted: /[fFtT]/.test(prefix) })
}

/**
 * What an assignment does to `__all__`: the strings of a literal list or tuple it sets or adds (`=`,
 * `+=`), null for any other value, undefined when it assigns something else.
 */
function exportedNames(assignment: Node): string[] | null | undefined {
  if (assignment.childForFieldName('left')?.text !== EXPORTS) return undefined
  const operator = assignment.type === 'assignment' ? '=' : assignment.childForFieldName('operator')?.text
  let value = assignment.childForFieldName('right')
  while (value?.type === 'parenthesized_expression') value = value.namedChildren[0] ?? null
  if ((operator !== '=' && operator !== '+=') || !value || !['list', 'tuple', 'expression_list'].includes(value.type)) return null
  const names: string[] = []
  for (const item of value.namedChildren) {
    const name = item?.type === 'string' ? stringLiteral(item) : undefined
    if (name === undefined) return null
    names.push(name)
  }
  return names
}

/**
 * The string literals of a settings assignment (`INSTALLED_APPS = [...]`, `MIDDLEWARE += (...)`, `X_BACKEND = "..."`):
 * the value itself, or the items of lists, tuples and sets and the operands of `+`, as far down as they go.
 */
function settingStrings(assignment: Node): Node[] {
  const target = assignment.childForFieldName('left')
  if (target?.type !== 'identifier' || !SETTING_NAME.test(target.text)) return []
  const found: Node[] = []
  const visit = (node: Node | null) => {
    if (!node) return
    if (node.type === 'string') found.push(node)
    else if (['list', 'tuple', 'set', 'parenthesized_expression', 'expression_list'].includes(node.type)) node.namedChildren.forEach(visit)
    else if (node.type === 'binary_operator' && node.childForFieldName('operator')?.type === '+') {
      visit(node.childForFieldName('left'))
      visit(node.childForFieldName('right'))
    }
  }
  visit(assignment.childForFieldName('right'))
  return found
}

/** The module a call names when it is `import_module("x")` or `__import__("x")` (any receiver) with a plain string first. */
function dynamicSpecifier(call: Node): string | undefined {
  const callee = call.childForFieldName('function')
  const args = call.childForFieldName('arguments')
  if (!callee || args?.type !== 'argument_list') return undefined
  const literal = args.firstNamedChild
  if (literal?.type !== 'string' || !/(^|\.)(import_module|__import__)$/.test(callee.text)) return undefined
  return stringLiteral(literal)
}

/**
 * `a . b` is valid Python for `a.b`: the name is its identifiers, not its text. The text with blanks
 * and line continuations taken out says the same, with one call into the parser instead of one per
 * identifier (this is the hot path); only a comment inside the name (possible within parentheses)
 * needs the identifiers themselves.
 */
function dottedName(node: Node | null): string {
  if (!node) return ''
  if (node.type === 'aliased_import') return dottedName(node.childForFieldName('name'))
  return identifiersOf(node)
}

/** The dotted name a node other than an `as` import spells. */
function identifiersOf(node: Node): string {
  const text = node.text
  if (!text.includes('#')) return ownString(text.replace(/[\s\\]+/g, ''))
  return ownString(
    node.namedChildren
      .filter((c) => c?.type === 'identifier')
      .map((c) => c.text)
      .join('.'),
  )
}

/** An imported name (`a.b`, `a.b as c`): its dotted name ('' where it has none) and its `as` name or null, its type asked once. */
function importedName(node: Node): { name: string; alias: string | null } {
  if (node.type !== 'aliased_import') return { name: identifiersOf(node), alias: null }
  const alias = node.childForFieldName('alias')
  return { name: dottedName(node.childForFieldName('name')), alias: alias ? ownString(alias.text) : null }
}

function plainImports(node: Node, { line, context }: { line: number; context: ImportContext }): PyImport[] {
  const found: PyImport[] = []
  for (const child of node.childrenForFieldName('name')) {
    const { name: module, alias } = importedName(child)
    if (module) found.push({ line, context, level: 0, module, names: null, ...(alias !== null && { aliases: [alias] }) })
  }
  return found
}

/** A `from` import of type `type` (the walk knows it); `errors`: whether the tree holds any, where a star may stand beside names. */
function fromImport(
  node: Node,
  type: string,
  { line, context }: { line: number; context: ImportContext },
  errors: boolean,
): PyImport | undefined {
  let level = 0
  let module: string
  if (type === 'future_import_statement') module = '__future__'
  else {
    const source = node.childForFieldName('module_name')
    if (!source) return undefined
    const sourceType = source.type
    if (sourceType === 'relative_import') {
      // `..a.b`: the leading dots are the level, the rest the module (blanks are allowed between).
      const text = source.text.replace(/[\s\\]+/g, '')
      level = /^\.*/.exec(text)![0].length
      module = ownString(text.slice(level))
    } else module = sourceType === 'aliased_import' ? dottedName(source) : identifiersOf(source)
  }
  const named = node.childrenForFieldName('name')
  // A star stands last and alone: no name field then (in a tree without errors).
  if ((!named.length || errors) && node.lastNamedChild?.type === 'wildcard_import') return { line, context, level, module, names: ['*'] }
  const names: string[] = []
  const aliases: (string | null)[] = []
  for (const child of named) {
    const { name, alias } = importedName(child)
    if (name === '') continue
    names.push(name)
    aliases.push(alias)
  }
  if (!names.length) return undefined
  return { line, context, level, module, names, ...(aliases.some((a) => a !== null) && { aliases }) }
}

function isTypeCheckingTest(test: Node | null): boolean {
  while (test?.type === 'parenthesized_expression') test = test.namedChildren[0] ?? null
  if (!test) return false
  if (test.type === 'identifier') return test.text === 'TYPE_CHECKING'
  if (test.type !== 'attribute') return false
  const object = test.childForFieldName('object')
  return object?.type === 'identifier' && test.childForFieldName('attribute')?.text === 'TYPE_CHECKING'
}

/** The value of a plain string literal; undefined for f-strings, bytes, or concatenations. */
function stringLiteral(node: Node): string | undefined {
  const start = node.namedChildren.find((c) => c?.type === 'string_start')?.text ?? ''
  if (/[fFbB]/.test(start)) return undefined
  const parts = node.namedChildren.filter((c) => c?.type !== 'string_start' && c?.type !== 'string_end')
  if (parts.length !== 1 || parts[0]!.type !== 'string_content') return parts.length === 0 ? '' : undefined
  return ownString(parts[0]!.text)
}
