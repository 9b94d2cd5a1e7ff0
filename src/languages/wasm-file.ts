import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

/**
 * The path of a WASM file: beside the running bundle in dist/ (where `npm run bundle` copies it), or
 * in its package under node_modules when running from source (tests).
 */
export function wasmFile(fileName: string, packageName: string): string {
  const beside = fileURLToPath(new URL(fileName, import.meta.url))
  if (existsSync(beside)) return beside
  return createRequire(import.meta.url).resolve(`${packageName}/${fileName}`)
}
