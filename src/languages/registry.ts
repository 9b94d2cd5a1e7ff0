import type { ExtractionMode, LanguageAdapter } from './adapter.js'
import { GoAdapter } from './go/adapter.js'
import { JavaScriptAdapter } from './javascript/adapter.js'
import { PythonAdapter } from './python/adapter.js'
import { join } from 'node:path'
import { RUNTIME_WASM } from '../core/wasm-file.js'
import { digestFromSources } from './facts-digest.js'

/** The languages the graph reads, in the order their edge kinds rank. A new language is one line here. */
export function languageAdapters(extraction: ExtractionMode = 'fast'): LanguageAdapter[] {
  return [new PythonAdapter(extraction), new JavaScriptAdapter(extraction), new GoAdapter(extraction)]
}

/** The names of the languages' test runners (`pytest`): the action has a `<name>-args` output for each, empty when unused. */
export function testRunnerNames(): string[] {
  return languageAdapters().flatMap((adapter) => adapter.testRunner?.name ?? [])
}

/** Each adapter's facts digest from the sources below `root` (the bundle's build-time list; see facts-digest.ts). */
export function factsDigests(root: string, wasmPath: (specifier: string) => string): Record<string, string> {
  return Object.fromEntries(
    languageAdapters().map((adapter) => [adapter.id, digestFromSources(adapter, join(root, 'src/languages'), wasmPath)]),
  )
}

/** Every WASM file the adapters load, as package specifiers: what the bundle copies beside itself. */
export function wasmFiles(): string[] {
  return [RUNTIME_WASM, ...new Set(languageAdapters().flatMap((adapter) => adapter.grammars))]
}
