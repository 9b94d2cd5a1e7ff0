import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ORACLE = fileURLToPath(new URL('../oracle/ast_imports.py', import.meta.url))

export type OracleRow = [line: number, context: string, level: number, module: string, names: string[] | null]
export interface OracleResult {
  readonly path: string
  /** false where CPython refuses the file (syntax error). */
  readonly ok: boolean
  readonly imports: OracleRow[]
}

/** Whether python3 is here to serve as the oracle. */
export const havePython = spawnSync('python3', ['--version']).status === 0

/** The import statements of each file as CPython's `ast` reports them. */
export function astImports(paths: readonly string[]): Map<string, OracleResult> {
  const out = execFileSync('python3', [ORACLE], { input: paths.join('\n'), maxBuffer: 1 << 28, encoding: 'utf8' })
  const results = new Map<string, OracleResult>()
  for (const line of out.split('\n')) {
    if (!line) continue
    const result = JSON.parse(line) as OracleResult
    results.set(result.path, result)
  }
  return results
}

/** Rows in the oracle's order: by line, then by the row's JSON. */
export function sortRows(rows: OracleRow[]): OracleRow[] {
  const keyed = rows.map((row) => [row[0], JSON.stringify(row), row] as const)
  keyed.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
  return keyed.map(([, , row]) => row)
}
