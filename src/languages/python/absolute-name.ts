/**
 * How many parts of `pkg`, the package an importer is in (the package itself for an `__init__`), name
 * the package an import at `level` dots (at least 1) starts from; undefined above the top-level
 * package (or outside any package), where Python refuses the import.
 */
export function relativeBase(pkg: readonly string[], level: number): number | undefined {
  return level > pkg.length ? undefined : pkg.length - (level - 1)
}

/**
 * The absolute name, in parts, of the module an import at `level` dots (0: absolute) names from a module
 * in the package `pkg` (see relativeBase); undefined where relativeBase is.
 */
export function absoluteIn(pkg: readonly string[], level: number, module: string): readonly string[] | undefined {
  const named = module ? module.split('.') : []
  if (level === 0) return named
  const base = relativeBase(pkg, level)
  if (base === undefined) return undefined
  return [...pkg.slice(0, base), ...named]
}

/**
 * The same from the module `importer` (its parts; `isPackage` when it is an `__init__`, which is its
 * own package).
 */
export function absoluteParts(
  importer: readonly string[],
  isPackage: boolean,
  level: number,
  module: string,
): readonly string[] | undefined {
  return absoluteIn(isPackage ? importer : importer.slice(0, -1), level, module)
}
