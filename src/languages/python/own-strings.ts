/**
 * `value` as a string of its own, not a view into the text it was cut from: for every string a fact keeps.
 *
 * Why: V8 keeps a slice of 13 characters or more (`text.slice`, a tree-sitter node's `text`, a one-part `join`) as a
 * pointer into the string it was cut from, so one module name in a file's facts kept that file's whole text alive for the
 * run. After a cold extraction of every file, the facts kept: Django's heap 33 MB (15 MB once the same facts were copied
 * through JSON), the synthetic 30k's 165 MB (97 MB). Shorter strings are copies already.
 */
export function ownString(value: string): string {
  // `' ' + value` is flattened into a new string of its own before the slice is cut from it.
  return value.length < 13 ? value : (' ' + value).slice(1)
}
