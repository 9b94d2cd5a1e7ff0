import { count, plural } from '../format/numbers.js'
import type { GraphFile } from '../graph/import-graph.js'
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

/** The names people give the languages whose ids the graph JSON uses; another language is named by its id. */
const NAMES: Readonly<Record<string, string>> = { python: 'Python', javascript: 'JavaScript', typescript: 'TypeScript', go: 'Go' }

export function languageName(language: string): string {
  return Object.hasOwn(NAMES, language) ? NAMES[language]! : language
}

/**
 * "2,760 Python and 111 JavaScript": what the graph read, where more than one language has files; else ''
 * (a one-language repository needs no breakdown).
 */
export function filesByLanguage(counts: readonly LanguageCount[]): string {
  return listed(counts.filter((c) => c.files > 0).map((c) => `${count(c.files)} ${languageName(c.language)}`))
}

/**
 * "2,281 Python files and 412 TypeScript files": what the blast radius holds, its largest language first,
 * where it holds files of more than one; else ''.
 */
export function radiusByLanguage(counts: readonly LanguageCount[]): string {
  const reached = counts.filter((c) => c.affected > 0).sort((a, b) => b.affected - a.affected)
  return listed(reached.map((c) => plural(c.affected, `${languageName(c.language)} file`)))
}

function listed(parts: readonly string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}` : ''
}
