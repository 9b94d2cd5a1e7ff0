import type { ResolverOptions } from './options.js'
import type { ResolutionTree } from './tree.js'

/** Feature flags of TypeScript's node resolver (`NodeResolutionFeatures`). */
export const IMPORTS = 2
export const SELF_NAME = 4
export const EXPORTS = 8
export const PATTERN_TRAILERS = 16
export const ALL_FEATURES = 30
export const ESM = 32

/** One resolution in progress: what TypeScript threads through its resolver as `state`. */
export interface State {
  readonly tree: ResolutionTree
  readonly options: ResolverOptions
  features: number
  readonly conditions: readonly string[]
  readonly isConfigLookup: boolean
  /** The folder of the importing file (or of the package whose `imports` named a bare target). */
  readonly requestDir: string
}

/** A package.json as the resolver sees it: its folder (maybe through a link) and its content. */
export interface PackageInfo {
  readonly dir: string
  readonly json: Record<string, unknown>
}

/** A lookup that decided: `{ value }` stops the search (found, or ruled out), undefined lets it go on. */
export type Decided = { readonly value: string | undefined } | undefined
