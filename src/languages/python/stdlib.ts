import { STDLIB_NAMES, STDLIB_VERSIONS } from './stdlib-names.js'

/**
 * Whether a top-level name is the standard library's in some Python from `oldest` on (the oldest a
 * project admits; every version of the table when it does not say). A version older than the table's
 * is taken as its oldest, a newer one as its newest.
 */
export function isStandardLibrary(name: string, oldest?: string): boolean {
  if (!Object.hasOwn(STDLIB_NAMES, name)) return false
  const versions = STDLIB_NAMES[name]!
  const minor = (v: string) => Number(v.split('.')[1])
  const want = oldest === undefined ? 0 : minor(oldest)
  let from = STDLIB_VERSIONS.findIndex((v) => minor(v) >= want)
  if (from < 0) from = STDLIB_VERSIONS.length - 1
  return versions.some((k) => k >= from)
}
