import type { EdgeKindSpec } from '../../core/model.js'

/** Python's edge kinds, strongest first: a pair of files joined by several imports carries the first that applies. */
export const PY_EDGE_KINDS = [
  { kind: 'import', atLoad: true, meaning: 'at module level, so whenever the importer is loaded' },
  { kind: 'lazy', atLoad: false, meaning: 'inside a function, so only when it runs' },
  { kind: 'type', atLoad: false, meaning: 'under `TYPE_CHECKING`, for type checkers only' },
  { kind: 'package', atLoad: true, meaning: "a module runs its package's `__init__` first" },
] as const satisfies readonly EdgeKindSpec[]

export type PyEdgeKind = (typeof PY_EDGE_KINDS)[number]['kind']

const RANK = new Map<string, number>(PY_EDGE_KINDS.map((spec, i) => [spec.kind, i]))

export function strongerKind(a: PyEdgeKind, b: PyEdgeKind): PyEdgeKind {
  return RANK.get(a)! <= RANK.get(b)! ? a : b
}
