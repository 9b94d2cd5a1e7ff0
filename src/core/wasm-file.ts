import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

/** The WASM runtime every grammar needs, whatever the language: the bundle copies it too. */
export const RUNTIME_WASM = 'web-tree-sitter/web-tree-sitter.wasm'

/**
 * The path of a WASM file named by its package specifier (`tree-sitter-python/tree-sitter-python.wasm`):
 * beside the running bundle in dist/ (where `npm run bundle` copies it, by its file name), or in its
 * package under node_modules when running from source (tests).
 */
export function wasmFile(specifier: string): string {
  const beside = fileURLToPath(new URL(specifier.slice(specifier.lastIndexOf('/') + 1), import.meta.url))
  if (existsSync(beside)) return beside
  return createRequire(import.meta.url).resolve(specifier)
}
