import type { LanguageAdapter } from './adapter.js'
import { PythonAdapter } from './python/adapter.js'
import type { ExtractionPath } from './python/extract.js'

export type { ExtractionPath }

/** The languages the graph reads. A new language is one adapter added here. */
export function languageAdapters(extraction: ExtractionPath = 'fast'): LanguageAdapter<unknown>[] {
  return [new PythonAdapter(extraction) as LanguageAdapter<unknown>]
}
