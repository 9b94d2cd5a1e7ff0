/** TypeScript's version, for package.json `typesVersions` and `types@…` conditions. */
const TYPESCRIPT_VERSION: readonly number[] = [5, 9, 3]

type Partial = readonly (number | undefined)[]

/**
 * Whether a range such as `>=4.2`, `<5`, `*`, `5.x`, `^5.0`, `~5.9`, `4.0 - 6` or `>=3.1 <4 || >=5` holds
 * for TypeScript 5.9.3, as TypeScript's own `VersionRange` reads ranges; undefined when it is no range.
 */
export function rangeHoldsForTypeScript(range: string): boolean | undefined {
  let holds = false
  for (const alternative of range.trim().split('||')) {
    const result = alternativeHolds(alternative.trim())
    if (result === undefined) return undefined
    holds ||= result
  }
  return holds
}

function alternativeHolds(alternative: string): boolean | undefined {
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(alternative)
  if (hyphen) {
    const low = partial(hyphen[1]!)
    const high = partial(hyphen[2]!)
    return low && high ? compare(low) >= 0 && compare(high) <= 0 : undefined
  }
  let all = true
  for (const comparator of alternative.split(/\s+/).filter((c) => c !== '')) {
    const result = comparatorHolds(comparator)
    if (result === undefined) return undefined
    all &&= result
  }
  return all
}

function partial(text: string): Partial | undefined {
  const match = /^(\*|x|X|\d+)(?:\.(\*|x|X|\d+))?(?:\.(\*|x|X|\d+))?$/.exec(text)
  if (!match) return undefined
  const parts = [match[1], match[2], match[3]].map((p) => (p === undefined || /^[*xX]$/.test(p) ? undefined : Number(p)))
  // A wildcard makes every later part a wildcard too (`5.x.3` is `5.x`).
  const first = parts.findIndex((p) => p === undefined)
  return first < 0 ? parts : [...parts.slice(0, first), undefined, undefined, undefined].slice(0, 3)
}

/** TypeScript's version against a partial one, on the parts the partial gives: a partial is a range of its own. */
function compare(version: Partial): number {
  for (let i = 0; i < 3 && version[i] !== undefined; i++) {
    const order = Math.sign(TYPESCRIPT_VERSION[i]! - version[i]!)
    if (order !== 0) return order
  }
  return 0
}

function comparatorHolds(comparator: string): boolean | undefined {
  const match = /^(<=|>=|<|>|=|\^|~)?(.*)$/.exec(comparator)!
  const version = partial(match[2]!)
  if (!version) return undefined
  const order = compare(version)
  switch (match[1]) {
    case '<':
      return order < 0
    case '<=':
      return order <= 0
    case '>':
      return order > 0
    case '>=':
      return order >= 0
    case '^':
      return order >= 0 && caretCeiling(version)
    case '~':
      return order >= 0 && compare(version.slice(0, version[1] === undefined ? 1 : 2)) === 0
    default:
      return order === 0
  }
}

/** `^x.y.z` stays below the next change of its first non-zero part. */
function caretCeiling(version: Partial): boolean {
  const major = version[0]
  if (major === undefined) return true
  if (major !== 0 || version[1] === undefined) return TYPESCRIPT_VERSION[0] === major
  return TYPESCRIPT_VERSION[0] === 0 && TYPESCRIPT_VERSION[1] === version[1]
}
