import type { Node, Parser } from 'web-tree-sitter'
import { Query } from 'web-tree-sitter'
import { decodePython } from './decode.js'
import type { ImportContext, PyFacts, PyImport } from './facts.js'
import { scanPython, type ScannedStatement } from './scan.js'

const QUERY_SOURCE = `
(import_statement) @import
(import_from_statement) @from
(future_import_statement) @future
(call function: (_) @callee arguments: (argument_list . (string) @literal)) @call
`

/**
 * How a file is read: `fast` lets a lexical pre-scan find the import statements and has tree-sitter
 * parse only those (the whole file where the scan sees trouble); `full` parses every byte. Both give
 * the same facts; the full path is the reference the equivalence tests hold the fast one to.
 */
export type ExtractionPath = 'fast' | 'full'

/** Where a matched node came from: its 1-based line in the file and the context it stands in. */
type Locate = (node: Node) => { line: number; context: ImportContext }

/** Extracts the import statements of one Python file with tree-sitter. */
export class PythonExtractor {
  private readonly query: Query
  private readonly errors: Query

  constructor(
    private readonly parser: Parser,
    private readonly path: ExtractionPath = 'fast',
  ) {
    this.query = new Query(parser.language!, QUERY_SOURCE)
    this.errors = new Query(parser.language!, '(ERROR) @error (MISSING) @missing')
  }

  extract(bytes: Uint8Array): PyFacts {
    const text = decodePython(bytes)
    return this.path === 'fast' ? this.extractFast(text) : this.extractFull(text)
  }

  /** Parses the whole file; contexts come from the tree. */
  extractFull(text: string): PyFacts {
    this.parser.reset()
    const tree = this.parser.parse(text)
    if (!tree) return { imports: [], dynamic: [], syntaxErrorLine: 1 }
    try {
      const facts = this.collect(tree.rootNode, (node) => ({ line: node.startPosition.row + 1, context: contextOf(node) }))
      const syntaxErrorLine = tree.rootNode.hasError ? firstErrorLine(this.errors, tree.rootNode) : undefined
      return syntaxErrorLine === undefined ? facts : { ...facts, syntaxErrorLine }
    } finally {
      tree.delete()
    }
  }

  /**
   * Parses only the statements the lexical scan found, laid one after another, with lines and
   * contexts from the scan. Falls back to the full parse where the scan or that small parse sees
   * anything amiss, so that broken files are read exactly as the full path reads them.
   */
  extractFast(text: string): PyFacts {
    const scan = scanPython(text)
    if (scan.trouble) return this.extractFull(text)
    const statements = [...scan.imports, ...scan.dynamic]
    if (!statements.length) return { imports: [], dynamic: [] }
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
    this.parser.reset()
    const tree = this.parser.parse(source)
    if (!tree) return this.extractFull(text)
    try {
      // A statement cut short (`from x im`) can run into the next one without an error node: each must
      // stand alone, one top-level statement per piece (pieces hold no comment outside a statement).
      if (tree.rootNode.hasError || tree.rootNode.namedChildCount !== rows.size) return this.extractFull(text)
      return this.collect(tree.rootNode, (node) => {
        // Each statement starts a row of the small source; a node lies in the last one starting at or before it.
        let start = node.startPosition.row
        while (!rows.has(start)) start--
        const statement = rows.get(start)!
        return { line: statement.line + node.startPosition.row - start, context: statement.context }
      })
    } finally {
      tree.delete()
    }
  }

  private collect(root: Node, locate: Locate): PyFacts {
    const imports: PyImport[] = []
    const dynamic: { line: number; specifier: string }[] = []
    for (const match of this.query.matches(root)) {
      const capture = match.captures[0]!
      const node = capture.node
      switch (capture.name) {
        case 'import':
          imports.push(...plainImports(node, locate(node)))
          break
        case 'from':
        case 'future': {
          const from = fromImport(node, locate(node))
          if (from) imports.push(from)
          break
        }
        case 'call': {
          const callee = match.captures.find((c) => c.name === 'callee')!.node.text
          const literal = match.captures.find((c) => c.name === 'literal')!.node
          const specifier = stringLiteral(literal)
          if (specifier !== undefined && /(^|\.)(import_module|__import__)$/.test(callee)) {
            dynamic.push({ line: locate(node).line, specifier })
          }
          break
        }
      }
    }
    return { imports, dynamic }
  }
}

/**
 * Where the syntax first breaks. An error that is only a missing token of zero width (a missing line
 * break) is invisible to the node API and to queries, so the last top-level statement stands in.
 */
function firstErrorLine(errors: Query, root: Node): number {
  let row = Infinity
  for (const { node } of errors.captures(root)) row = Math.min(row, node.startPosition.row)
  if (row === Infinity) row = root.lastChild?.startPosition.row ?? 0
  return row + 1
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
  const text = node.text
  if (!text.includes('#')) return text.replace(/[\s\\]+/g, '')
  return node.namedChildren.filter((c) => c?.type === 'identifier').map((c) => c!.text).join('.')
}

function plainImports(node: Node, { line, context }: { line: number; context: ImportContext }): PyImport[] {
  return node.childrenForFieldName('name').flatMap((name) => {
    const module = dottedName(name)
    return module ? [{ line, context, level: 0, module, names: null }] : []
  })
}

function fromImport(node: Node, { line, context }: { line: number; context: ImportContext }): PyImport | undefined {
  let level = 0
  let module: string
  if (node.type === 'future_import_statement') module = '__future__'
  else {
    const source = node.childForFieldName('module_name')
    if (!source) return undefined
    if (source.type === 'relative_import') {
      // `..a.b`: the leading dots are the level, the rest the module (blanks are allowed between).
      const text = source.text.replace(/[\s\\]+/g, '')
      level = /^\.*/.exec(text)![0].length
      module = text.slice(level)
    } else module = dottedName(source)
  }
  // A star stands last and alone: no name field then.
  const names = node.lastNamedChild?.type === 'wildcard_import' ? ['*'] : node.childrenForFieldName('name').map(dottedName).filter(Boolean)
  if (!names.length) return undefined
  return { line, context, level, module, names }
}

/**
 * `type` under the body of `if TYPE_CHECKING:` (or `elif`, which Python's own tree holds as a nested
 * `if`), `lazy` inside a function body, `type` where both apply; `import` otherwise.
 */
function contextOf(node: Node): ImportContext {
  let lazy = false
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (child.type !== 'block') continue
    if (parent.type === 'function_definition') lazy = true
    else if ((parent.type === 'if_statement' || parent.type === 'elif_clause') && isConsequence(parent, child)) {
      if (isTypeCheckingTest(parent.childForFieldName('condition'))) return 'type'
    }
  }
  return lazy ? 'lazy' : 'import'
}

function isConsequence(statement: Node, block: Node): boolean {
  return statement.childForFieldName('consequence')?.id === block.id
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
  return parts[0]!.text
}
