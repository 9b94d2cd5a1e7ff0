import type { ExtractionMode, LanguageAdapter } from './adapter.js'
import { PythonAdapter } from './python/adapter.js'
import { RUNTIME_WASM } from './wasm-file.js'

/** The languages the graph reads, in the order their edge kinds rank. A new language is one line here. */
export function languageAdapters(extraction: ExtractionMode = 'fast'): LanguageAdapter[] {
  return [new PythonAdapter(extraction)]
}

/** Every WASM file the adapters load, as package specifiers: what the bundle copies beside itself. */
export function wasmFiles(): string[] {
  return [RUNTIME_WASM, ...new Set(languageAdapters().flatMap((adapter) => adapter.grammars))]
}
