import type { SourceFile } from '../../core/model.js'

/** `.py` files, and `.pyi` stubs where no `.py` of the same module exists. */
export function selectPythonFiles(files: readonly SourceFile[]): SourceFile[] {
  const sources = new Set<string>(files.filter((f) => f.path.endsWith('.py')).map((f) => f.path))
  return files.filter((f) => f.path.endsWith('.py') || (f.path.endsWith('.pyi') && !sources.has(f.path.slice(0, -1))))
}
