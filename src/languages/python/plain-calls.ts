import { KEYWORDS } from './plain-imports.js'
import type { ScannedStatement } from './scan.js'

/**
 * `import_module("a.b")` or `__import__('a')`, called by a plain dotted name (`importlib.import_module`), alone or assigned
 * to one plain name, on one line: no blank in the callee (the walk would not see the call then), one string literal without
 * prefix, escape, quote or non-ASCII character, nothing after the `)`. The literal's text is group 4.
 */
const PLAIN_CALL = /^(?:([A-Za-z_]\w*)[ \t]*=[ \t]*)?((?:[A-Za-z_]\w*\.)*(?:import_module|__import__))\((["'])([ !#-&(-[\]-~]*)\3\)$/

/** A name the grammar reads as one, and not `__all__` (as the target, its value would be the module's exports). */
const isPlainName = (name: string) => !KEYWORDS.has(name) && name !== '__all__'

/**
 * A dynamic import read straight from its statement's text, for the plainest shape (PLAIN_CALL), exactly as the tree-sitter
 * walk in extract.ts reads it: the module the call names; undefined for any other statement (a keyword or `__all__` as a
 * name, a line break, anything after the call…), which the parser then reads. The scan found the statement; tree-sitter
 * stays the parser of record, and the tests hold this reader to it.
 */
export function readPlainCall(text: string, statement: ScannedStatement): string | undefined {
  const match = PLAIN_CALL.exec(text.slice(statement.start, statement.end))
  if (!match) return undefined
  const [, target, callee, , specifier] = match
  if (target !== undefined && !isPlainName(target)) return undefined
  for (const part of callee!.split('.')) if (!isPlainName(part)) return undefined
  return specifier
}
