import type { EdgeKindSpec } from '../../core/model.js'

/** Go's edge kinds, strongest first: a pair of files joined both ways carries `import`. */
export const GO_EDGE_KINDS = [
  { kind: 'import', atLoad: true, meaning: 'an import declaration: compiled against every file of the imported package' },
  { kind: 'package', atLoad: true, meaning: 'same package: files of one package share one scope' },
] as const satisfies readonly EdgeKindSpec[]
