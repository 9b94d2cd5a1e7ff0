import type { Node, Parser } from 'web-tree-sitter'
import type { ExtractionMode } from '../adapter.js'
import type { GoFacts, GoImport } from './facts.js'
import { unquoteGo } from './go-string.js'
import { goHeader, type GoHeader } from './header.js'
import { simpleHeaderFacts } from './simple-header.js'
import { UndecodableSource } from '../undecodable-source.js'

/**
 * Reads a Go file's package clause and imports with tree-sitter. Only the header is parsed, as the go
 * tool reads it: an import after another declaration never counts, and nothing broken below the header
 * changes the result. Where the header itself is broken, the whole file is parsed to find the first
 * error, and the imports before it count. In `fast` mode a header written the plain way is read
 * without the parser (simple-header.ts); `full` parses every header.
 */
export class GoExtractor {
  constructor(
    private readonly parser: Parser,
    private readonly mode: ExtractionMode = 'fast',
  ) {}

  extract(bytes: Uint8Array): GoFacts {
    const { text, header } = headerText(bytes)
    // A clean header alone, from its package clause on; a broken one in its whole file, to find the error.
    const source = header.clean ? text.slice(header.start, header.end) : text
    const offset = header.clean ? linesBefore(text, header.start) : 0
    const simple = header.clean && this.mode === 'fast' ? simpleHeaderFacts(source, offset + 1) : undefined
    if (simple) return simple
    this.parser.reset()
    const tree = this.parser.parse(source)
    if (!tree) return { package: null, imports: [], syntaxErrorLine: 1 }
    try {
      return this.read(tree.rootNode, source, offset)
    } finally {
      tree.delete()
    }
  }

  /** Reads the parsed header; `offset` is the number of lines above where the parsed `source` starts. */
  private read(root: Node, source: string, offset: number): GoFacts {
    const lineAt = (row: number) => row + 1 + offset
    const lineOf = (node: Node) => lineAt(node.startPosition.row)
    const error = root.hasError ? firstError(root, source, lineAt) : undefined
    const before = (node: Node) => error === undefined || node.endIndex <= error.index
    const broken = error === undefined ? {} : { syntaxErrorLine: error.line }
    const top = root.children.filter((c): c is Node => c !== null && c.isNamed && c.type !== 'comment')
    const clause = top[0]
    const name =
      clause?.type === 'package_clause' && before(clause) ? clause.namedChildren.find((c) => c?.type === 'package_identifier') : undefined
    // No package clause, or `package _` (which Go refuses): the file is in no package, and says why.
    if (name?.text === '_') return { package: null, imports: [], syntaxErrorLine: lineOf(name) }
    if (!name) return { package: null, imports: [], syntaxErrorLine: error?.line ?? (clause ? lineOf(clause) : 1) }
    const imports: GoImport[] = []
    for (const declaration of top.slice(1)) {
      if (declaration.type !== 'import_declaration') break
      for (const spec of declaration.descendantsOfType('import_spec')) {
        if (!spec || !before(spec)) continue
        const literal = spec.childForFieldName('path')
        const line = lineOf(literal ?? spec)
        const path = literal ? unquoteGo(literal.text) : undefined
        // A literal Go cannot unquote (`"\q"`) is an error of its own, where the parse saw none.
        if (path === undefined) return { package: name.text, imports, syntaxErrorLine: line }
        imports.push({ path, line })
      }
    }
    return { package: name.text, imports, ...broken }
  }
}

/**
 * The first error of a tree that has one: an ERROR node or a MISSING token; else, since a missing line
 * break between two declarations (`package p import "x"`) is a hidden token the node API does not
 * show, the first two top-level nodes with neither a line break nor a `;` between them (Go reports
 * the second). Every node is visited: the tree is a header's, and this runs only when it is broken.
 */
function firstError(root: Node, source: string, lineAt: (row: number) => number): { index: number; line: number } {
  const at = (node: Node) => ({ index: node.startIndex, line: lineAt(node.startPosition.row) })
  const cursor = root.walk()
  try {
    for (;;) {
      const node = cursor.currentNode
      if (node.type === 'ERROR' || node.isMissing) return at(node)
      if (node.hasError && cursor.gotoFirstChild()) continue
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return unterminated(root, source, at)
    }
  } finally {
    cursor.delete()
  }
}

function unterminated(root: Node, source: string, at: (node: Node) => { index: number; line: number }): { index: number; line: number } {
  const top = root.children.filter((c): c is Node => c !== null && c.isNamed && c.type !== 'comment')
  for (let i = 1; i < top.length; i++) {
    if (!/[\n;]/.test(source.slice(top[i - 1]!.endIndex, top[i]!.startIndex))) return at(top[i]!)
  }
  return { index: root.endIndex, line: at(root).line + root.endPosition.row }
}

/**
 * The text to read the header from, and the header. Go source is UTF-8 (a leading BOM is dropped, as
 * the go tool drops it); bytes that are not UTF-8 anywhere in the file throw UndecodableSource, as the
 * compiler refuses such a file ("illegal UTF-8 encoding").
 */
function headerText(bytes: Uint8Array): { text: string; header: GoHeader } {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UndecodableSource('not UTF-8 text, which Go source must be')
  }
  return { text, header: goHeader(text) }
}

function linesBefore(text: string, end: number): number {
  let lines = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) lines++
  return lines
}
