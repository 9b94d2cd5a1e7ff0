import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RUNTIME_WASM, wasmFile } from '../core/wasm-file.js'
import type { LanguageAdapter } from './adapter.js'

/** Set by the bundle (esbuild `define`): each adapter's digest, made from the sources when dist/ was built. */
declare const BLAST_RADIUS_FACTS_DIGESTS: Readonly<Record<string, string>> | undefined

/**
 * What an adapter's cached facts and resolutions depend on besides a file's bytes, as a digest: the
 * source of its folder (`src/languages/<id>/`), of the files beside it (`src/languages/*.ts`: the
 * adapter interface and what languages share) and of `src/core/` (all a language may import besides:
 * the layering test holds it to that), its WASM grammars and tree-sitter's runtime. Any change to what
 * extraction or resolution could return changes the digest, so no constant has to be remembered and
 * bumped by hand. The bundle has no sources, so it carries the digests made at build time.
 */
export function factsDigest(adapter: LanguageAdapter): string {
  const built = typeof BLAST_RADIUS_FACTS_DIGESTS === 'undefined' ? undefined : BLAST_RADIUS_FACTS_DIGESTS[adapter.id]
  return built ?? digestFromSources(adapter, fileURLToPath(new URL('.', import.meta.url)), wasmFile)
}

/** The digest of `adapter` from the sources in `languagesDir`, with WASM files found by `wasmPath`. */
export function digestFromSources(adapter: LanguageAdapter, languagesDir: string, wasmPath: (specifier: string) => string): string {
  const hash = createHash('sha256')
  const shared = readdirSync(languagesDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(languagesDir, name))
  const sources = [...shared, ...sourcesBelow(join(languagesDir, adapter.id)), ...sourcesBelow(join(languagesDir, '../core'))]
  for (const file of sources) hash.update(`${relative(languagesDir, file)}\0`).update(readFileSync(file))
  for (const wasm of [RUNTIME_WASM, ...adapter.grammars]) hash.update(`${wasm}\0`).update(readFileSync(wasmPath(wasm)))
  return hash.digest('hex').slice(0, 16)
}

function sourcesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? sourcesBelow(path) : /\.(ts|json)$/.test(entry.name) ? [path] : []
    })
}
