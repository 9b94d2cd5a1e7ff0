import type { Language, Node, Parser } from 'web-tree-sitter'
import { Query } from 'web-tree-sitter'
import type { JsFacts, JsImport, JsImportForm, JsImportKind } from './facts.js'
import { LineTable } from './lines.js'
import { literalValue } from './literal.js'
import { MOCK_METHOD_NAMES, MOCK_METHODS } from './mocks.js'
import type { PlainStatement } from './plain-statements.js'
import { pathReferences } from './references.js'
import {
  exportAttributes,
  MAX_REPAIRS,
  misreadGenericCalls,
  misreadImportTypes,
  misreadTypeArgumentsInJs,
  taggedTemplateMark,
} from './repairs.js'
import {
  argumentsOf,
  attributeObject,
  contextOf,
  everySpecifierTyped,
  hasToken,
  importTypeAttributes,
  isLiteral,
  onlyArgument,
  resolutionModeOf,
  typeofExpressions,
} from './syntax.js'
import type { ReducedText } from './scan.js'

/**
 * The nodes that can import: the statements, and every call, sorted out by its callee in `FileReader.read`
 * (`import(…)`, `require(…)`, a mock method). The full parse finds them by one walk of the tree inside the WASM
 * module (`descendantsOfType`, in the order of the text): a query of the same three patterns gave the same nodes
 * but cost 40–90 ms CPU to make per grammar in every process and worker. The fast path finds them from the words
 * the scan saw (`candidatesAt`).
 */
const CANDIDATES = ['import_statement', 'export_statement', 'call_expression']
const CANDIDATE_TYPES: ReadonlySet<string> = new Set(CANDIDATES)

const EXPORT_ATTRIBUTES = '(ERROR "from" . (string) @source . ["with" "assert"] @keyword)'

/** Queries by grammar and source, made on first use (once per grammar: the JavaScript and TSX dialects share one). */
const QUERIES = new WeakMap<Language, Map<string, Query>>()

function queryOf(language: Language, source: string): Query {
  let queries = QUERIES.get(language)
  if (!queries) QUERIES.set(language, (queries = new Map<string, Query>()))
  let query = queries.get(source)
  if (!query) queries.set(source, (query = new Query(language, source)))
  return query
}

/** The calls of `import(…)` in a tree. */
function importCalls(root: Node): Node[] {
  return root.descendantsOfType('call_expression').filter((node) => node.childForFieldName('function')?.type === 'import')
}

/** Extracts the imports of one JavaScript or TypeScript file with a tree-sitter grammar (§5 Imports). */
export class JsExtractor {
  private readonly language: Language

  /** `typescript`: the grammar is TypeScript's, whose parser reads type arguments in expressions (it does not in JavaScript files). */
  constructor(
    private readonly parser: Parser,
    private readonly typescript: boolean,
  ) {
    this.language = parser.language!
  }

  /**
   * `reduced`: the fast path's text for the parser (scan.ts: the file with bodies that import nothing
   * cut out), whose offsets map back to `text`'s; lines and references come from `text`.
   */
  extract(text: string, reduced?: ReducedText): JsFacts {
    let source = asParsed(reduced ? reduced.text : text)
    const repaired: Located[] = []
    const attributeModes = new Map<number, 'import' | 'require'>()
    const table = new LineTable(text)
    const original = reduced ? (offset: number) => reduced.originalOffset(offset) : (offset: number) => offset
    for (let round = 0; ; round++) {
      this.parser.reset()
      const tree = this.parser.parse(source)
      if (!tree) return { imports: [], dynamic: [], syntaxErrorLine: 1 }
      try {
        const repairing = round < MAX_REPAIRS && tree.rootNode.hasError
        const misread = repairing ? misreadImportTypes(importCalls(tree.rootNode)) : []
        const attributes = repairing ? exportAttributes(tree.rootNode, source, queryOf(this.language, EXPORT_ATTRIBUTES)) : []
        // `typeof X` read as an expression: in TypeScript files only, where `f<typeof X>(…)` is a generic call.
        const generic = repairing && this.typescript ? misreadGenericCalls(typeofExpressions(tree.rootNode, source), source, misread) : []
        const comparisons = repairing && !this.typescript ? misreadTypeArgumentsInJs(tree.rootNode) : []
        if (!misread.length && !attributes.length && !generic.length && !comparisons.length) {
          const root = tree.rootNode
          const known = reduced ? [...statementImports(reduced.statements, table), ...repaired] : repaired
          return new FileReader(text, table, original, known, attributeModes, this.typescript).read(
            root,
            this.typescript ? typeofExpressions(root, source) : [],
            reduced ? candidatesAt(root, reduced.triggers) : root.descendantsOfType(CANDIDATES),
          )
        }
        // What a repair takes out of the text is recorded first: an import type, always `type`.
        const typeImport = (literal: Node, resolutionMode: 'import' | 'require' | undefined) => {
          const entry = {
            line: table.lineAt(original(literal.startIndex)),
            specifier: literalValue(literal.text)!,
            kind: 'type',
            form: 'import-type',
          } as const
          repaired.push({ fact: resolutionMode ? { ...entry, resolutionMode } : entry, at: original(literal.startIndex) })
        }
        const blank = (start: number, end: number) =>
          (source = source.slice(0, start) + source.slice(start, end).replace(/[^\n\r\u2028\u2029]/g, ' ') + source.slice(end))
        for (const { call, literal, resolutionMode } of misread) {
          typeImport(literal, resolutionMode)
          source = source.slice(0, call.startIndex) + '_'.repeat(call.endIndex - call.startIndex) + source.slice(call.endIndex)
        }
        for (const { start, end, imports } of generic) {
          for (const { literal, resolutionMode } of imports) typeImport(literal, resolutionMode)
          blank(start, end)
        }
        // `f-T-`…``: TypeScript's reading of `f<T>`…`` in JavaScript, an expression between two operators,
        // with operators of the same width that no grammar reads as brackets.
        for (const at of comparisons) source = source.slice(0, at) + '-' + source.slice(at + 1)
        for (const { start, end, sourceAt, resolutionMode } of attributes) {
          if (resolutionMode) attributeModes.set(sourceAt, resolutionMode)
          blank(start, end)
        }
      } finally {
        tree.delete()
      }
    }
  }

  /** Whether the grammar reads `reduced` without an error: then a file whose scan found no fact has none to report either. */
  parsesCleanly(reduced: ReducedText): boolean {
    this.parser.reset()
    const tree = this.parser.parse(asParsed(reduced.text))
    try {
      return tree !== null && !tree.rootNode.hasError
    } finally {
      tree?.delete()
    }
  }
}

/**
 * The candidates (`CANDIDATES`) that make a fact in the walk's reading, found from the scan's trigger words
 * (ReducedText.triggers), in the walk's order (the order of the text, an outer node first). Each such node holds its
 * word as a token of its own or of its callee: `import` and `export` are the statements' first tokens (or an
 * `import_alias`'s, in `export import x = require()`), `require` and `import` the calls' callees, `from` a re-export's
 * token, a mock method its callee's property; a mock call chained on one (`jest.mock('a').mock('b')`) is the call
 * around it. Any other node found is one the walk meets too, and reads as it does.
 */
function candidatesAt(root: Node, triggers: readonly number[]): Node[] {
  const found = new Map<number, Node>()
  for (let k = 0; k < triggers.length; k += 2) {
    let node = root.descendantForIndex(triggers[k]!, triggers[k + 1])
    while (node && !CANDIDATE_TYPES.has(node.type)) node = node.parent
    while (node && !found.has(node.id)) {
      found.set(node.id, node)
      const member = node.type === 'call_expression' ? node.parent : null
      const call = member?.type === 'member_expression' ? member.parent : null
      node = call?.type === 'call_expression' && call.childForFieldName('function')?.id === member!.id ? call : null
    }
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex)
}

/** A lone CR ends a line in JavaScript but not for tree-sitter's grammars; as LF it does, at the same offset. */
function asParsed(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text
}

/** The `/// <reference path>` directives of a file as imports, with their offsets. */
function referenceImports(text: string, lines: LineTable): { fact: JsImport; offset: number }[] {
  return pathReferences(text).map(({ path, offset }) => ({
    fact: { line: lines.lineAt(offset), specifier: path, kind: 'type', form: 'reference' },
    offset,
  }))
}

/** The plain statements the pre-scan read (plain-statements.ts) as imports, with their offsets. */
function statementImports(statements: readonly PlainStatement[], lines: LineTable): Located[] {
  return statements.map(({ at, specifier, kind, form }) => ({ fact: { line: lines.lineAt(at), specifier, kind, form }, at }))
}

/** The facts of a file in which the parser has nothing to find: its references, from the text, and the scan's plain statements. */
export function referencesOnly(text: string, statements: readonly PlainStatement[] = []): JsFacts {
  const lines = new LineTable(text)
  const references = referenceImports(text, lines).map((r) => r.fact)
  // The references stand before the first token, so before every statement.
  return { imports: [...references, ...statementImports(statements, lines).map((s) => s.fact)], dynamic: [] }
}

/** An import and the offset in the file it was found at. */
interface Located {
  readonly fact: JsImport
  readonly at: number
}

/** One file's reading: the imports as found, then cut at the first syntax error. */
class FileReader {
  private readonly imports: Located[]
  private readonly dynamic: { fact: { line: number; specifier: string }; at: number }[] = []
  /** ERROR nodes that stand for syntax TypeScript accepts and this grammar does not know yet. */
  private readonly tolerated = new Set<number>()
  /** Import calls that a repaired misreading puts in a type position. */
  private readonly inType = new Set<number>()

  constructor(
    private readonly text: string,
    private readonly lines: LineTable,
    /** The offset in `text` of an offset in the parsed text (the same unless the fast path cut it). */
    private readonly original: (offset: number) => number,
    /** Imports found before the tree is read: the scan's plain statements, and what repairs took out of the text. */
    known: readonly Located[],
    /** Resolution modes of export attributes that a repair took out of the text. */
    private readonly attributeModes: ReadonlyMap<number, 'import' | 'require'>,
    /** A TypeScript file, where TypeScript's parser reads type arguments in expressions. */
    private readonly typescript: boolean,
  ) {
    this.imports = [...known]
  }

  /**
   * `typeofs`: the `typeof X` expressions of a TypeScript file (`typeofExpressions`), where `f<typeof X>(…)` is a generic
   * call; `candidates`: the nodes of `CANDIDATES` that can make a fact, in the order of the text.
   */
  read(root: Node, typeofs: readonly Node[], candidates: Iterable<Node>): JsFacts {
    for (const { fact, offset } of referenceImports(this.text, this.lines)) this.imports.push({ fact, at: offset })
    // A repaired generic call decides the type position of the import calls inside it: first.
    for (const unary of typeofs) {
      const comparison = comparisonAround(unary)
      if (comparison) this.genericCall(comparison)
    }
    const requires: Node[] = []
    const mocks: Node[] = []
    for (const node of candidates) {
      const type = node.type
      if (type === 'import_statement') this.importStatement(node)
      else if (type === 'export_statement') this.exportStatement(node)
      else {
        const callee = node.childForFieldName('function')
        if (callee?.type === 'import') this.importCall(node)
        else if (callee?.type === 'identifier' && callee.text === 'require') requires.push(node)
        else if (callee?.type === 'member_expression' && isMockMethod(callee.childForFieldName('property'))) mocks.push(node)
      }
    }
    for (const node of requires) this.requireCall(node)
    for (const node of mocks) this.mockCall(node)
    if (this.typescript && root.hasError) {
      // In TypeScript `f<T>`…`` is a tagged template with type arguments: the `!` the grammar misses there is no error.
      for (const bang of root.descendantsOfType('non_null_expression')) {
        const mark = taggedTemplateMark(bang)
        if (mark) this.tolerated.add(mark.id)
      }
    }
    const errorLine = root.hasError ? this.firstErrorLine(root) : undefined
    // In the order of the text, whichever round of repairs found them (a stable sort: one offset can hold two facts).
    const imports = this.imports.sort((a, b) => a.at - b.at).map((i) => i.fact)
    const dynamic = this.dynamic.sort((a, b) => a.at - b.at).map((d) => d.fact)
    if (errorLine === undefined) return { imports, dynamic }
    return {
      imports: imports.filter((i) => i.line < errorLine),
      dynamic: dynamic.filter((d) => d.line < errorLine),
      syntaxErrorLine: errorLine,
    }
  }

  private dynamicImport(argument: Node): void {
    this.dynamic.push({ fact: { line: this.lineAt(argument.startIndex), specifier: argument.text }, at: argument.startIndex })
  }

  /** The line of an offset in the parsed text. */
  private lineAt(offset: number): number {
    return this.lines.lineAt(this.original(offset))
  }

  private add(source: Node, kind: JsImportKind, form: JsImportForm, resolutionMode?: 'import' | 'require'): void {
    const specifier = literalValue(source.text)
    if (specifier === undefined) return
    const line = this.lineAt(source.startIndex)
    const fact = resolutionMode ? { line, specifier, kind, form, resolutionMode } : { line, specifier, kind, form }
    this.imports.push({ fact, at: this.original(source.startIndex) })
  }

  private importStatement(node: Node): void {
    const requireClause = node.namedChildren.find((c) => c.type === 'import_require_clause')
    if (requireClause) {
      const source = requireClause.childForFieldName('source')
      if (source) this.add(source, hasToken(node, 'type') ? 'type' : 'import', 'import-equals')
      return
    }
    const source = node.childForFieldName('source')
    if (!source) return
    const typeOnly = hasToken(node, 'type')
    const clause = node.namedChildren.find((c) => c.type === 'import_clause')
    // tree-sitter-typescript 0.23 does not know `import defer * as ns from` (TypeScript 5.9): `defer` comes out as an ERROR.
    const defer = node.namedChildren.find((c) => c.type === 'ERROR' && c.text === 'defer' && c.previousSibling?.type === 'import')
    if (defer && clause?.namedChildCount === 1 && clause.firstNamedChild?.type === 'namespace_import') this.tolerated.add(defer.id)
    const kind = typeOnly || (clause && everySpecifierTyped(clause, 'named_imports', 'import_specifier')) ? 'type' : 'import'
    this.add(source, kind, 'import', typeOnly ? resolutionModeOf(attributeObject(node)) : undefined)
  }

  private exportStatement(node: Node): void {
    const source = node.childForFieldName('source')
    if (!source) {
      this.exportImportEquals(node)
      return
    }
    // tree-sitter-typescript 0.23 does not know `export type * from` (TypeScript 5.0): `type` comes out as an ERROR.
    const typeStar = node.namedChildren.find(
      (c) => c.type === 'ERROR' && c.text === 'type' && (c.nextSibling?.type === '*' || c.nextSibling?.type === 'namespace_export'),
    )
    if (typeStar) this.tolerated.add(typeStar.id)
    const typeOnly = hasToken(node, 'type') || typeStar !== undefined
    const kind = typeOnly || everySpecifierTyped(node, 'export_clause', 'export_specifier') ? 'type' : 'import'
    const mode = typeOnly ? (resolutionModeOf(attributeObject(node)) ?? this.attributeModes.get(source.startIndex)) : undefined
    this.add(source, kind, 'export', mode)
  }

  /**
   * `export import x = require('x')`: tree-sitter-typescript 0.23 reads it as an alias of the name
   * `require` followed by a statement `('x')`. That shape is this import.
   */
  private exportImportEquals(node: Node): void {
    const alias = node.namedChildren.find((c) => c.type === 'import_alias')
    if (alias?.lastNamedChild?.type !== 'identifier' || alias.lastNamedChild.text !== 'require') return
    const next = node.nextNamedSibling
    const group = next?.type === 'expression_statement' && next.namedChildCount === 1 ? next.namedChildren[0] : undefined
    const literal = group?.type === 'parenthesized_expression' ? onlyArgument(group) : undefined
    if (!literal) return
    this.add(literal, 'import', 'import-equals')
    // Without a line break after `require`, the misreading also wants a `;` there.
    for (const child of alias.children) if (child.isMissing) this.tolerated.add(child.id)
  }

  private requireCall(node: Node): void {
    const args = argumentsOf(node)
    if (args?.length !== 1) return
    const argument = args[0]!
    if (isLiteral(argument)) this.add(argument, contextOf(node).lazy ? 'lazy' : 'import', 'require')
    else this.dynamicImport(argument)
  }

  /**
   * TypeScript reads `f<typeof X>(a)` as a call of `f` with a type argument whenever `(` follows the `>`;
   * tree-sitter-typescript 0.23 reads it as two comparisons, without an error. This puts the import calls
   * inside `typeof X` in a type position and reads the call, as a mock call, from that shape
   * (`jest.requireActual<typeof import('./a')>('./a')` is the common case).
   */
  private genericCall(node: Node): void {
    const less = node.childForFieldName('left')!
    if (less.childForFieldName('operator')?.type !== '<' || node.childForFieldName('operator')?.type !== '>') return
    let group = node.childForFieldName('right')
    while (group && (group.type === 'member_expression' || group.type === 'call_expression' || group.type === 'subscript_expression')) {
      group = group.childForFieldName(group.type === 'call_expression' ? 'function' : 'object')
    }
    if (group?.type !== 'parenthesized_expression') return
    const typeArgument = less.childForFieldName('right')!
    for (const call of typeArgument.descendantsOfType('call_expression')) {
      if (call.childForFieldName('function')?.type === 'import') this.inType.add(call.id)
    }
    const callee = less.childForFieldName('left')
    const root = callee ? mockRootOfCallee(callee) : undefined
    const first = group.namedChildren.find((c) => c.type !== 'comment')
    const argument = first?.type === 'sequence_expression' ? first.childForFieldName('left') : first
    if (root && argument && isLiteral(argument)) this.add(argument, contextOf(node).lazy ? 'lazy' : 'import', root)
  }

  private importCall(node: Node): void {
    const args = argumentsOf(node)
    const argument = args?.[0]
    if (!argument) return
    if (this.inType.has(node.id) || contextOf(node).type) {
      if (isLiteral(argument)) this.add(argument, 'type', 'import-type', resolutionModeOf(importTypeAttributes(args[1])))
    } else if (isLiteral(argument)) this.add(argument, 'lazy', 'import-call')
    else this.dynamicImport(argument)
  }

  private mockCall(node: Node): void {
    const root = mockRoot(node)
    const argument = root ? argumentsOf(node)?.[0] : undefined
    if (argument && isLiteral(argument)) this.add(argument, contextOf(node).lazy ? 'lazy' : 'import', root!)
  }

  /**
   * The 1-based line of the first ERROR or MISSING node, found by descending only into subtrees that
   * hold one. A missing token of zero width can be invisible to the node API: then the last top-level
   * statement stands in.
   */
  private firstErrorLine(root: Node): number | undefined {
    let first: number | undefined
    let found = false
    const stack: Node[] = [root]
    while (stack.length) {
      const node = stack.pop()!
      if (node.isError || node.isMissing) {
        found = true
        if (this.tolerated.has(node.id)) continue
        first = Math.min(first ?? Infinity, node.startIndex)
        continue
      }
      for (const child of node.children) if (child.hasError) stack.push(child)
    }
    if (!found) first = root.lastChild?.startIndex ?? 0
    return first === undefined ? undefined : this.lineAt(first)
  }
}

/** `(f < typeof X) > …` from its `typeof X`: the shape tree-sitter-typescript 0.23 gives `f<typeof X>(…)` (see `genericCall`). */
function comparisonAround(unary: Node): Node | undefined {
  const less = unary.parent
  const greater = less?.parent
  if (less?.type !== 'binary_expression' || greater?.type !== 'binary_expression') return undefined
  return less.childForFieldName('right')?.id === unary.id && greater.childForFieldName('left')?.id === less.id ? greater : undefined
}

function isMockMethod(property: Node | null): boolean {
  return property?.type === 'property_identifier' && MOCK_METHOD_NAMES.has(property.text)
}

/** `jest` or `vi` when the call is one of their module methods, on the identifier itself or chained on such a call. */
function mockRoot(call: Node): 'jest' | 'vi' | undefined {
  const callee = call.childForFieldName('function')
  return callee ? mockRootOfCallee(callee) : undefined
}

function mockRootOfCallee(callee: Node): 'jest' | 'vi' | undefined {
  if (callee.type !== 'member_expression') return undefined
  const method = callee.childForFieldName('property')
  const object = callee.childForFieldName('object')
  if (method?.type !== 'property_identifier' || !object) return undefined
  const root = object.type === 'identifier' ? object.text : object.type === 'call_expression' ? mockRoot(object) : undefined
  return (root === 'jest' || root === 'vi') && MOCK_METHODS[root].has(method.text) ? root : undefined
}
