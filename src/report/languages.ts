import { count } from '../format/numbers.js'
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

/**
 * "2,281 python and 412 typescript" for one of the counts, where more than one language has some; else
 * '' (a one-language repository needs no breakdown).
 */
export function byLanguage(counts: readonly LanguageCount[], which: 'files' | 'affected'): string {
  const parts = counts.filter((c) => c[which] > 0).map((c) => `${count(c[which])} ${c.language}`)
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}` : ''
}
