import type { Node, Query } from 'web-tree-sitter'
import { argumentsOf, contextOf, importTypeAttributes, isLiteral, resolutionModeOf } from './syntax.js'

// Shapes of valid TypeScript that tree-sitter-typescript 0.23 cannot read, found in a first parse and
// taken out of the text (at the same offsets) for the next one, with what they import kept aside.

interface ExportAttributes {
  /** The span of `with { … }`. */
  readonly start: number
  readonly end: number
  /** Where the statement's module specifier starts: the key the re-parsed statement finds its mode by. */
  readonly sourceAt: number
  readonly resolutionMode: 'import' | 'require' | undefined
}

/** TypeScript's `getResolutionModeOverride` on the text of an attribute list: one `'resolution-mode'` key, a string value. */
const MODE_ATTRIBUTE = /^\{\s*(['"])resolution-mode\1\s*:\s*(['"])(import|require)\2\s*,?\s*\}$/

/**
 * `export … from 'x' with { … }` (and the older `assert { … }`): tree-sitter-typescript 0.23 knows
 * attributes on imports only, and breaks on these. The attribute list (flat, up to its `}`) is
 * blanked out for the next parse, its `resolution-mode` kept for the statement.
 */
export function exportAttributes(root: Node, source: string, query: Query): ExportAttributes[] {
  const found: ExportAttributes[] = []
  for (const match of query.matches(root)) {
    const literal = match.captures.find((c) => c.name === 'source')!.node
    const keyword = match.captures.find((c) => c.name === 'keyword')!.node
    const open = /^\s*\{/.exec(source.slice(keyword.endIndex, keyword.endIndex + 200))
    const close = open ? source.indexOf('}', keyword.endIndex) : -1
    if (close < 0) continue
    const list = source.slice(keyword.endIndex, close + 1).trim()
    // Only a flat list on its own (`{ type: 'json' }`): anything else is a real error, left for the parser to report.
    if (!/^\{[^{};]*\}$/.test(list)) continue
    const mode = MODE_ATTRIBUTE.exec(list)?.[3] as 'import' | 'require' | undefined
    found.push({ start: keyword.startIndex, end: close + 1, sourceAt: literal.startIndex, resolutionMode: mode })
  }
  return found
}

/** Rounds of repairs per file: each can uncover another hidden behind the first misreading. */
export const MAX_REPAIRS = 8

interface MisreadImportType {
  readonly call: Node
  readonly literal: Node
  readonly resolutionMode: 'import' | 'require' | undefined
}

/**
 * `import('x').A<T>`, the way declaration emit names a type of another module, is beyond
 * tree-sitter-typescript 0.23 (so are `import('x').A[]`, `keyof import('x').A`, `(import('x').A)`):
 * it ends the type at `A` and reads the rest as a broken statement of its own. In a file with an
 * error, every such import type (a member of the call, on one line, with a literal) in a type
 * position or inside an ERROR node is recorded, and the file parsed again with the call `import('x')`
 * replaced by an identifier of the same length: `____.A<T>` is an ordinary type at the same offsets.
 * An expression `import('x').then(…)` never causes such an error, so one inside an ERROR node stays
 * inside it after the repair, below the first error line: its recorded import is dropped with the rest.
 */
export function misreadImportTypes(importCalls: readonly Node[]): MisreadImportType[] {
  const found: MisreadImportType[] = []
  for (const call of importCalls) {
    const parent = call.parent
    if (parent?.type !== 'member_expression' || parent.childForFieldName('object')?.id !== call.id) continue
    if (/[\n\r\u2028\u2029]/.test(call.text) || !(contextOf(call).type || insideError(call))) continue
    const args = argumentsOf(call)
    const literal = args?.[0]
    if (literal && isLiteral(literal)) found.push({ call, literal, resolutionMode: resolutionModeOf(importTypeAttributes(args[1])) })
  }
  return found
}

function insideError(node: Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.isError) return true
  return false
}

interface MisreadGenericCall {
  /** The span of `<typeof …>`, blanked for the next parse, which then reads `f(…)` as a plain call. */
  readonly start: number
  readonly end: number
  /** The import types inside it (`typeof import('x')`), which the blanking takes out of the text. */
  readonly imports: readonly { readonly literal: Node; readonly resolutionMode: 'import' | 'require' | undefined }[]
}

/**
 * `f<typeof X>(…)`: tree-sitter-typescript 0.23 reads it as two comparisons (see extract.ts's
 * `genericCall`), which holds only while the arguments read as an expression in parentheses. A comma
 * after the last argument (prettier writes one when the arguments break across lines) or a second
 * argument makes it an error, where TypeScript reads a call whenever `(` follows the `>`. In a file with
 * an error, each `<typeof …>` that `>` and `(` follow is recorded with its import types and blanked (line
 * breaks kept) for the next parse. One holding an import type that `misreadImportTypes` repairs in the
 * same round waits for the next.
 */
export function misreadGenericCalls(typeofs: readonly Node[], source: string, busy: readonly MisreadImportType[]): MisreadGenericCall[] {
  const found: MisreadGenericCall[] = []
  for (const unary of typeofs) {
    const less = unary.parent
    const operator = less?.childForFieldName('operator')
    if (less?.type !== 'binary_expression' || operator?.type !== '<' || less.childForFieldName('right')?.id !== unary.id) continue
    const after = /^\s*>\s*\(/.exec(source.slice(unary.endIndex, unary.endIndex + 200))
    if (!after) continue
    const [start, end] = [operator.startIndex, unary.endIndex + after[0].indexOf('>') + 1]
    if (busy.some(({ call }) => call.startIndex >= start && call.endIndex <= end)) continue
    const imports = unary
      .descendantsOfType('call_expression')
      .filter((call) => call.childForFieldName('function')?.type === 'import')
      .flatMap((call) => {
        const args = argumentsOf(call)
        const literal = args?.[0]
        return literal && isLiteral(literal) ? [{ literal, resolutionMode: resolutionModeOf(importTypeAttributes(args[1])) }] : []
      })
    found.push({ start, end, imports })
  }
  return found
}

/**
 * ``f<T>`…` ``, a tagged template with type arguments (``test.each<{a: string}>`…` ``), as
 * tree-sitter-typescript 0.23 reads it: `f<T>` with a missing `!` after it, called with the template.
 * The missing `!` of that shape, or undefined.
 */
export function taggedTemplateMark(bang: Node): Node | undefined {
  const [expression, mark] = bang.children
  const call = bang.parent
  if (expression?.type !== 'instantiation_expression' || !mark?.isMissing || call?.type !== 'call_expression') return undefined
  if (call.childForFieldName('function')?.id !== bang.id || call.childForFieldName('arguments')?.type !== 'template_string')
    return undefined
  return mark
}

/**
 * In a JavaScript file TypeScript reads no type arguments in an expression: ``f<T>`…` `` is
 * ``(f < T) > `…` ``, an error only where `T` is no expression (`{a: string; b: 1}`). The offsets of
 * the `<` and `>` of each such misread tagged template (see `taggedTemplateMark`), for the next parse
 * to read with other operators. Nothing is imported from a type there: an `import('x')` inside is a
 * call, as TypeScript reads it.
 */
export function misreadTypeArgumentsInJs(root: Node): number[] {
  const found: number[] = []
  for (const bang of root.descendantsOfType('non_null_expression')) {
    if (!taggedTemplateMark(bang)) continue
    const typeArguments = bang.firstChild!.childForFieldName('type_arguments') ?? bang.firstChild!.lastChild
    if (typeArguments?.type !== 'type_arguments') continue
    found.push(typeArguments.startIndex, typeArguments.endIndex - 1)
  }
  return found
}
