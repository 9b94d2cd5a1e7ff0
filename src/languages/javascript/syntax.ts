import type { Node } from 'web-tree-sitter'
import { literalValue } from './literal.js'

// What a node of tree-sitter's JavaScript/TypeScript trees is, for §5's rules: where it stands, and what it holds.

/** Nodes whose bodies run when the function is called (§5: "inside a function body"). */
const FUNCTIONS = new Set([
  'function_declaration',
  'function_expression',
  'function',
  'generator_function',
  'generator_function_declaration',
  'arrow_function',
  'method_definition',
])

/** Nodes that hold only types: an `import('x')` below one is TypeScript's import type, not a call. */
const TYPES = new Set([
  'type_annotation',
  'opt_type_annotation',
  'omitting_type_annotation',
  'adding_type_annotation',
  'asserts_annotation',
  'asserts',
  'type_predicate',
  'type_predicate_annotation',
  'type_arguments',
  'type_parameters',
  'type_parameter',
  'constraint',
  'default_type',
  'type_alias_declaration',
  'interface_declaration',
  'extends_type_clause',
  'implements_clause',
  'type_query',
  'index_type_query',
  'lookup_type',
  'generic_type',
  'union_type',
  'intersection_type',
  'array_type',
  'tuple_type',
  'conditional_type',
  'function_type',
  'constructor_type',
  'infer_type',
  'readonly_type',
  'object_type',
  'parenthesized_type',
  'template_literal_type',
  'mapped_type_clause',
  'nested_type_identifier',
  'optional_type',
  'rest_type',
  'literal_type',
  'index_signature',
])
/** Expressions whose later operand is a type (`x as T`, `x satisfies T`). */
const TYPED_EXPRESSIONS = new Set(['as_expression', 'satisfies_expression'])

interface Context {
  readonly lazy: boolean
  readonly type: boolean
}

export function hasToken(node: Node, token: string): boolean {
  return node.children.some((c) => !c.isNamed && c.type === token)
}

/** `{type A, type B}`: at least one specifier, every one marked `type` (and, for imports, no default or namespace binding). */
export function everySpecifierTyped(holder: Node, listType: string, specifierType: string): boolean {
  const named = holder.namedChildren.filter((c) => c.type !== 'comment')
  const list = named.find((c) => c.type === listType)
  if (!list || (holder.type === 'import_clause' && named.length !== 1)) return false
  const specifiers = list.namedChildren.filter((c) => c.type === specifierType)
  return specifiers.length > 0 && specifiers.every((s) => hasToken(s, 'type'))
}

export function isLiteral(node: Node): boolean {
  return (node.type === 'string' || node.type === 'template_string') && literalValue(node.text) !== undefined
}

/** A call's arguments, comments left out; undefined for a tagged template. */
export function argumentsOf(call: Node): Node[] | undefined {
  const args = call.childForFieldName('arguments')
  if (args?.type !== 'arguments') return undefined
  return args.namedChildren.filter((c) => c.type !== 'comment')
}

export function onlyArgument(group: Node): Node | undefined {
  const inner = group.namedChildren.filter((c) => c.type !== 'comment')
  return inner.length === 1 && isLiteral(inner[0]!) ? inner[0]! : undefined
}

/** Whether a node lies in a function body (parameters included, not a computed name or a decorator) and in a type. */
export function contextOf(node: Node): Context {
  let lazy = false
  let type = false
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (TYPES.has(parent.type)) type = true
    else if (TYPED_EXPRESSIONS.has(parent.type) && parent.firstNamedChild?.id !== child.id) type = true
    else if (FUNCTIONS.has(parent.type) && child.type !== 'computed_property_name' && child.type !== 'decorator') lazy = true
  }
  return { lazy, type }
}

/**
 * The `typeof X` expressions of a tree, in the order of the text: found from the word in `source` (the text parsed), a few
 * calls each, where a query for them cost tens of milliseconds to make per grammar and process (more than all its uses).
 */
export function typeofExpressions(root: Node, source: string): Node[] {
  const found: Node[] = []
  for (let at = source.indexOf('typeof'); at >= 0; at = source.indexOf('typeof', at + 6)) {
    const keyword = root.descendantForIndex(at, at + 6)
    const unary = keyword?.type === 'typeof' ? keyword.parent : null
    if (unary?.type === 'unary_expression') found.push(unary)
  }
  return found
}

/** The object of an import declaration's `with { … }` (or `assert { … }`). */
export function attributeObject(statement: Node): Node | undefined {
  const attribute = statement.namedChildren.find((c) => c.type === 'import_attribute')
  return attribute?.namedChildren.find((c) => c.type === 'object') ?? undefined
}

/** The attributes of an import type, `import('x', { with: { … } })`: the object under its `with` key. */
export function importTypeAttributes(options: Node | undefined): Node | undefined {
  const pairs = options?.type === 'object' ? pairsOf(options) : []
  if (pairs.length !== 1) return undefined
  const key = pairs[0]!.childForFieldName('key')
  const value = pairs[0]!.childForFieldName('value')
  const name = key?.type === 'property_identifier' ? key.text : key && isLiteral(key) ? literalValue(key.text) : undefined
  return name === 'with' && value?.type === 'object' ? value : undefined
}

function pairsOf(object: Node): Node[] {
  return object.namedChildren.filter((c) => c.type !== 'comment')
}

/** TypeScript's `getResolutionModeOverride`: exactly one attribute, `'resolution-mode'` as a string, `import` or `require`. */
export function resolutionModeOf(attributes: Node | undefined): 'import' | 'require' | undefined {
  const pairs = attributes ? pairsOf(attributes) : []
  if (pairs.length !== 1 || pairs[0]!.type !== 'pair') return undefined
  const key = pairs[0]!.childForFieldName('key')
  const value = pairs[0]!.childForFieldName('value')
  if (!key || !isLiteral(key) || literalValue(key.text) !== 'resolution-mode' || !value || !isLiteral(value)) return undefined
  const mode = literalValue(value.text)
  return mode === 'import' || mode === 'require' ? mode : undefined
}
