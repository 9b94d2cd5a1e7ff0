import type { DynamicImport } from '../core/model.js'
import { count, plural } from '../format/numbers.js'
import type { GraphFile, ImportGraph } from '../graph/import-graph.js'
import type { AffectedFile } from '../impact/blast-radius.js'

/** One language of the graph, as the graph names it: its files, and how many of them the blast radius holds. */
export interface LanguageCount {
  readonly language: string
  readonly files: number
  readonly affected: number
}

/** Every language of the graph, most files first (then by name). */
export function languageCounts(files: readonly GraphFile[], affected: readonly AffectedFile[]): LanguageCount[] {
  const languageOf = new Map(files.map((f) => [f.path, f.language]))
  const counts = new Map<string, { files: number; affected: number }>()
  const entry = (language: string) => counts.get(language) ?? counts.set(language, { files: 0, affected: 0 }).get(language)!
  for (const file of files) entry(file.language).files++
  for (const file of affected) {
    const language = languageOf.get(file.path)
    if (language !== undefined) entry(language).affected++
  }
  return [...counts]
    .map(([language, n]) => ({ language, ...n }))
    .sort((a, b) => b.files - a.files || (a.language < b.language ? -1 : a.language > b.language ? 1 : 0))
}

/** What names the languages: the graph, from what each language calls itself. */
type Names = Pick<ImportGraph, 'languageName'>

/**
 * "2,760 Python and 111 JavaScript": what the graph read, where more than one language has files; else ''
 * (a one-language repository needs no breakdown).
 */
export function filesByLanguage(counts: readonly LanguageCount[], names: Names): string {
  return listed(counts.filter((c) => c.files > 0).map((c) => `${count(c.files)} ${names.languageName(c.language)}`))
}

/**
 * "2,281 Python files and 412 TypeScript files": what the blast radius holds, its largest language first,
 * where it holds files of more than one; else ''.
 */
export function radiusByLanguage(counts: readonly LanguageCount[], names: Names): string {
  const reached = counts.filter((c) => c.affected > 0).sort((a, b) => b.affected - a.affected)
  return listed(reached.map((c) => plural(c.affected, `${names.languageName(c.language)} file`)))
}

/**
 * What the dynamic imports not followed are: their language's phrase where one language has some,
 * else each language's count and phrase ("13 in Python: …; 6 in JavaScript and TypeScript: …"),
 * since no one phrase is true of them all.
 */
export function dynamicMeaningWords(graph: ImportGraph, dynamic: readonly DynamicImport[]): string {
  const meanings = graph.dynamicMeanings
  if (meanings.length === 1) return meanings[0]!.meaning
  return meanings
    .map(({ languages, meaning }) => {
      const held = dynamic.filter((d) => languages.includes(graph.languageOf(d.from) ?? '')).length
      return `${count(held)} in ${languages.map((l) => graph.languageName(l)).join(' and ')}: ${meaning}`
    })
    .join('; ')
}

function listed(parts: readonly string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}` : ''
}
