import type { EdgeKindSpec } from '../../core/model.js'

/** JavaScript's and TypeScript's edge kinds, strongest first (§5: an `import` and an `import type` of one file make an `import` edge). */
export const JS_EDGE_KINDS = [
  { kind: 'import', atLoad: true, meaning: 'a static import, a re-export or a require at module level: loaded with the importer' },
  { kind: 'lazy', atLoad: false, meaning: 'a dynamic import, or a require inside a function: loaded when it runs' },
  { kind: 'type', atLoad: false, meaning: 'type-only: erased at compile time' },
] as const satisfies readonly EdgeKindSpec[]
