/**
 * The absolute name, in parts, of the module an import at `level` dots (0: absolute) names from the
 * module `importer` (its parts; `isPackage` when it is an `__init__`, which is its own package); undefined
 * above the top-level package, where Python refuses the import.
 */
export function absoluteParts(
  importer: readonly string[],
  isPackage: boolean,
  level: number,
  module: string,
): readonly string[] | undefined {
  const named = module ? module.split('.') : []
  if (level === 0) return named
  const pkg = isPackage ? importer : importer.slice(0, -1)
  if (level > pkg.length) return undefined
  return [...pkg.slice(0, pkg.length - (level - 1)), ...named]
}
