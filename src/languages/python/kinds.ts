import type { EdgeKindSpec } from '../../core/model.js'

/** Python's edge kinds, strongest first: a pair of files joined by several imports carries the first that applies. */
export const PY_EDGE_KINDS = [
  { kind: 'import', atLoad: true, meaning: 'at module level, so whenever the importer is loaded' },
  { kind: 'lazy', atLoad: false, meaning: 'inside a function, so only when it runs' },
  { kind: 'type', atLoad: false, meaning: 'under `TYPE_CHECKING`, for type checkers only' },
  { kind: 'package', atLoad: true, meaning: "a module runs its package's `__init__` first" },
  // Not import statements, yet modules the importer runs (issue 17): a gap here would be silent under-reporting.
  { kind: 'conftest', atLoad: true, meaning: 'pytest loads every `conftest.py` from the root down to a test before the test' },
  {
    kind: 'string',
    atLoad: false,
    meaning: 'a module named in a string (`importlib.import_module`, `__import__`, Django settings), loaded when that code runs',
  },
] as const satisfies readonly EdgeKindSpec[]

export type PyEdgeKind = (typeof PY_EDGE_KINDS)[number]['kind']

const RANK = new Map<string, number>(PY_EDGE_KINDS.map((spec, i) => [spec.kind, i]))

/** A kind's place in PY_EDGE_KINDS: the lower, the stronger. */
export function kindRank(kind: PyEdgeKind): number {
  return RANK.get(kind)!
}
