import type { LanguageAdapter } from './adapter.js'
import { PythonAdapter } from './python/adapter.js'

/** The languages the graph reads. A new language is one adapter added here. */
export function languageAdapters(): LanguageAdapter<unknown>[] {
  return [new PythonAdapter() as LanguageAdapter<unknown>]
}
