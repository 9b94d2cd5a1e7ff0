/**
 * How many parts of the module `importer` (its parts; `isPackage` when it is an `__init__`, which is its
 * own package) name the package an import at `level` dots (at least 1) starts from; undefined above the
 * top-level package (or outside any package), where Python refuses the import.
 */
export function relativeBase(importer: readonly string[], isPackage: boolean, level: number): number | undefined {
  const pkg = isPackage ? importer.length : importer.length - 1
  return level > pkg ? undefined : pkg - (level - 1)
}

/**
 * The absolute name, in parts, of the module an import at `level` dots (0: absolute) names from the
 * module `importer` (its parts; `isPackage` when it is an `__init__`); undefined where `relativeBase` is.
 */
export function absoluteParts(
  importer: readonly string[],
  isPackage: boolean,
  level: number,
  module: string,
): readonly string[] | undefined {
  const named = module ? module.split('.') : []
  if (level === 0) return named
  const base = relativeBase(importer, isPackage, level)
  if (base === undefined) return undefined
  return [...importer.slice(0, base), ...named]
}
