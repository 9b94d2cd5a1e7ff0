import type { NameRead, PyFacts, PyImport } from './facts.js'

/**
 * One copy of each distinct string the facts hold, none of them a view into a file's text.
 *
 * Why: V8 makes a slice of 13 characters or more (`text.slice`, a tree-sitter node's `text`, a one-part `join`) a pointer
 * into the string it was cut from, so one module name in a file's facts kept that file's whole text alive for the run.
 * After a cold extraction of every file, with the facts kept: Django's heap 33 MB (15 MB once the same facts were copied
 * through JSON), the synthetic 30k's 165 MB (97 MB). The names repeat from file to file (`django.db.models`), so each is
 * kept once.
 */
export class StringTable {
  private readonly strings = new Map<string, string>()

  own(value: string): string {
    let owned = this.strings.get(value)
    if (owned === undefined) {
      // Below 13 characters a string is always a copy; above, `' ' + value` is flattened into a new string before the slice.
      owned = value.length < 13 ? value : (' ' + value).slice(1)
      this.strings.set(owned, owned)
    }
    return owned
  }
}

/** `facts` with every string of its imports, reads, dynamic imports, settings and exports taken from `table`: the same values. */
export function ownStrings(facts: PyFacts, table: StringTable): PyFacts {
  const own = (value: string) => table.own(value)
  const ownNullable = (value: string | null) => (value === null ? null : table.own(value))
  const imports = facts.imports.map((i): PyImport => {
    const { line, context, level, module, names, aliases } = i
    return {
      line,
      context,
      level,
      module: own(module),
      names: names === null ? null : names.map(own),
      ...(aliases !== undefined && { aliases: aliases.map(ownNullable) }),
    }
  })
  const located = ({ line, specifier }: { line: number; specifier: string }) => ({ line, specifier: own(specifier) })
  const reads = facts.reads.map(({ name, attributes, bare }): NameRead => ({ name: own(name), attributes: attributes.map(own), bare }))
  const exports = facts.exports
  return {
    ...facts,
    imports,
    dynamic: facts.dynamic.map(located),
    settings: facts.settings.map(located),
    reads,
    ...(exports !== undefined && { exports: exports === null ? null : exports.map(own) }),
  }
}
