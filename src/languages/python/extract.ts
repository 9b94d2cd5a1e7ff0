import type { Node, Parser } from 'web-tree-sitter'
import { Query } from 'web-tree-sitter'
import { decodePython } from './decode.js'
import type { ImportContext, PyFacts, PyImport } from './facts.js'

const QUERY_SOURCE = `
(import_statement) @import
(import_from_statement) @from
(future_import_statement) @future
(call function: (_) @callee arguments: (argument_list . (string) @literal)) @call
`

/** Extracts the import statements of one Python file from its full tree-sitter tree. */
export class PythonExtractor {
  private readonly query: Query
  private readonly errors: Query

  constructor(private readonly parser: Parser) {
    this.query = new Query(parser.language!, QUERY_SOURCE)
    this.errors = new Query(parser.language!, '(ERROR) @error (MISSING) @missing')
  }

  extract(bytes: Uint8Array): PyFacts {
    return this.extractText(decodePython(bytes))
  }

  extractText(text: string): PyFacts {
    const tree = this.parser.parse(text)
    if (!tree) return { imports: [], dynamic: [], syntaxErrorLine: 1 }
    const imports: PyImport[] = []
    const dynamic: { line: number; specifier: string }[] = []
    try {
      for (const match of this.query.matches(tree.rootNode)) {
        const capture = match.captures[0]!
        const node = capture.node
        switch (capture.name) {
          case 'import':
            imports.push(...plainImports(node))
            break
          case 'from':
          case 'future': {
            const from = fromImport(node)
            if (from) imports.push(from)
            break
          }
          case 'call': {
            const callee = match.captures.find((c) => c.name === 'callee')!.node.text
            const literal = match.captures.find((c) => c.name === 'literal')!.node
            const specifier = stringLiteral(literal)
            if (specifier !== undefined && /(^|\.)(import_module|__import__)$/.test(callee)) {
              dynamic.push({ line: node.startPosition.row + 1, specifier })
            }
            break
          }
        }
      }
      const syntaxErrorLine = tree.rootNode.hasError ? firstErrorLine(this.errors, tree.rootNode) : undefined
      return syntaxErrorLine === undefined ? { imports, dynamic } : { imports, dynamic, syntaxErrorLine }
    } finally {
      tree.delete()
    }
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

/** `a . b` is valid Python for `a.b`: the name is its identifiers, not its text. */
function dottedName(node: Node | null): string {
  if (!node) return ''
  if (node.type === 'aliased_import') return dottedName(node.childForFieldName('name'))
  if (node.type === 'identifier') return node.text
  return node.namedChildren.filter((c) => c?.type === 'identifier').map((c) => c!.text).join('.')
}

function plainImports(node: Node): PyImport[] {
  const line = node.startPosition.row + 1
  const context = contextOf(node)
  return node.childrenForFieldName('name').flatMap((name) => {
    const module = dottedName(name)
    return module ? [{ line, context, level: 0, module, names: null }] : []
  })
}

function fromImport(node: Node): PyImport | undefined {
  let level = 0
  let module: string
  if (node.type === 'future_import_statement') module = '__future__'
  else {
    const source = node.childForFieldName('module_name')
    if (!source) return undefined
    if (source.type === 'relative_import') {
      const prefix = source.namedChildren.find((c) => c?.type === 'import_prefix')
      level = prefix ? [...prefix.text].filter((ch) => ch === '.').length : 0
      module = dottedName(source.namedChildren.find((c) => c?.type === 'dotted_name') ?? null)
    } else module = dottedName(source)
  }
  const wildcard = node.namedChildren.some((c) => c?.type === 'wildcard_import')
  const names = wildcard ? ['*'] : node.childrenForFieldName('name').map(dottedName).filter(Boolean)
  if (!names.length) return undefined
  return { line: node.startPosition.row + 1, context: contextOf(node), level, module, names }
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
