/** File extensions as TypeScript's resolver groups and orders them. */

/** The kinds of file a lookup accepts (TypeScript's `Extensions` flags). */
export const TS = 1
export const JS = 2
export const DTS = 4
export const JSON_EXT = 8
export type ExtensionFlags = number

const DECLARATION = /\.d\.(?:[cm]?ts|[^/]*\.ts)$/
/** Extensions TypeScript strips before probing, longest first. */
const STRIPPABLE = ['.d.ts', '.d.mts', '.d.cts', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'] as const

export function isDeclarationFile(path: string): boolean {
  return DECLARATION.test(path.slice(path.lastIndexOf('/') + 1))
}

/** The extension TypeScript recognises at the end of `path` (`.d.ts` before `.ts`), if any. */
export function knownExtension(path: string): string | undefined {
  return STRIPPABLE.find((ext) => path.length > ext.length && path.endsWith(ext))
}

export function hasExtension(path: string, ...exts: string[]): boolean {
  return exts.some((ext) => path.length > ext.length && path.endsWith(ext))
}
