import type { Node, Parser } from 'web-tree-sitter'
import type { Hunk } from '../../core/model.js'
import type { ChangedNames } from '../adapter.js'

/** A top-level statement: its lines, the names it binds (null: module-level code), the names it reads or binds. */
interface TopStatement {
  readonly start: number
  readonly end: number
  readonly names: readonly string[] | null
  readonly refs: ReadonlySet<string>
}

/**
 * The top-level names (functions, classes, assignments) a diff changes in a Python module: those whose
 * statement spans a changed line, or whose old text at column 0 the diff removes, closed over the
 * module's own references (a function that uses a changed one is changed). Module-level code that a
 * change touches, or that uses a changed name, changes the whole module; so does a syntax error.
 */
export function pythonChangedNames(parser: Parser, text: string, hunks: readonly Hunk[]): ChangedNames {
  parser.reset()
  const tree = parser.parse(text)
  if (!tree) return { all: true, why: 'the module could not be parsed' }
  try {
    if (tree.rootNode.hasError) return { all: true, why: 'the module has a syntax error' }
    const top = tree.rootNode.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment').map(topStatement)
    const changed = new Set<string>()
    const touch = (statement: TopStatement, line: number): ChangedNames | undefined => {
      if (statement.names === null) return { all: true, why: `module-level code changed at line ${line}` }
      for (const name of statement.names) changed.add(name)
      return undefined
    }
    for (const hunk of hunks) {
      // A hunk that only removes lines touches the statements on both sides of where they were.
      const [first, last] = hunk.count ? [hunk.start, hunk.start + hunk.count - 1] : [hunk.start, hunk.start + 1]
      for (const statement of top) {
        if (statement.end < first || statement.start > last) continue
        const all = touch(statement, Math.max(first, statement.start))
        if (all) return all
      }
      for (const line of hunk.removed) {
        const removed = removedTopLevel(line)
        if (removed === null) return { all: true, why: `module-level code removed near line ${hunk.start}` }
        if (removed) changed.add(removed)
      }
    }
    // The closure: a statement that reads a changed name changes what it binds (module-level code: everything).
    for (let grew = true; grew;) {
      grew = false
      for (const statement of top) {
        if (statement.names?.every((n) => changed.has(n))) continue
        if (![...statement.refs].some((r) => changed.has(r) && !statement.names?.includes(r))) continue
        if (statement.names === null) return { all: true, why: `module-level code at line ${statement.start} uses a changed name` }
        for (const name of statement.names) changed.add(name)
        grew = true
      }
    }
    return { all: false, names: [...changed].sort() }
  } finally {
    tree.delete()
  }
}

/**
 * What a removed line at column 0 was: the name a `def`, `class` or assignment bound there; '' for a
 * line that binds nothing new (blank, comment, decorator, a closing bracket, an indented line, which
 * the statement around it accounts for); null for other module-level code.
 */
function removedTopLevel(line: string): string | null {
  if (/^(?:\s|#|@|[)\]}]|$)/u.test(line)) return ''
  const definition = /^(?:async\s+)?(?:def|class)\s+([\p{L}_][\p{L}\p{N}_]*)/u.exec(line)
  if (definition) return definition[1]!
  const assignment = /^([\p{L}_][\p{L}\p{N}_]*)\s*(?::|=(?!=)|[-+*/%&|^@]=|\/\/=|\*\*=|>>=|<<=)/u.exec(line)
  return assignment ? assignment[1]! : null
}

function topStatement(node: Node): TopStatement {
  return { start: node.startPosition.row + 1, end: node.endPosition.row + 1, names: boundNames(node), refs: references(node) }
}

/** The names a top-level statement binds, where it is a definition or an assignment to plain names. */
function boundNames(node: Node): string[] | null {
  if (node.type === 'decorated_definition') return boundNames(node.childForFieldName('definition')!)
  if (node.type === 'function_definition' || node.type === 'class_definition') return [node.childForFieldName('name')!.text]
  if (node.type !== 'expression_statement' || node.namedChildCount !== 1) return null
  const names: string[] = []
  for (let target: Node | null = node.namedChildren[0]!; target;) {
    if (target.type !== 'assignment' && target.type !== 'augmented_assignment') break
    const left = target.childForFieldName('left')
    const plain =
      left?.type === 'identifier' ? [left] : left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? left.namedChildren : []
    if (!plain.length || !plain.every((n) => n?.type === 'identifier')) return null
    names.push(...plain.map((n) => n.text))
    target = target.childForFieldName('right')
  }
  return names.length ? names : null
}

/**
 * Names the statement reads or binds, as Python's `ast.Name` would hold them: not attribute names after
 * a dot, keyword names in calls, parameters, or the names of import statements.
 */
function references(node: Node): Set<string> {
  const refs = new Set<string>()
  const cursor = node.walk()
  try {
    for (;;) {
      const type = cursor.nodeType
      const field = cursor.currentFieldName
      let descend = true
      if (type === 'identifier') {
        const parent = cursor.currentNode.parent?.type
        const skipped =
          (parent === 'attribute' && field === 'attribute') ||
          (parent === 'keyword_argument' && field === 'name') ||
          ((parent === 'function_definition' || parent === 'class_definition') && field === 'name') ||
          parent === 'parameters' ||
          parent === 'lambda_parameters' ||
          ((parent === 'default_parameter' || parent === 'typed_default_parameter') && field === 'name') ||
          parent === 'typed_parameter' ||
          parent === 'list_splat_pattern' ||
          parent === 'dictionary_splat_pattern' ||
          parent === 'global_statement' ||
          parent === 'nonlocal_statement'
        if (!skipped) refs.add(cursor.currentNode.text)
      } else if (type === 'import_statement' || type === 'import_from_statement' || type === 'future_import_statement') descend = false
      if (descend && cursor.gotoFirstChild()) continue
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent() || cursor.currentNode.id === node.id) return refs
    }
  } finally {
    cursor.delete()
  }
}
