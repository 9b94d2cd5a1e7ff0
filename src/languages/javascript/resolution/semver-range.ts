/** TypeScript's version, for package.json `typesVersions` and `types@…` conditions. */
const TYPESCRIPT_VERSION = [5, 9, 3] as const

/**
 * Whether a range such as `>=4.2`, `<5`, `*`, `5.x` or `>=3.1 <4 || >=5` holds for TypeScript 5.9.3
 * (the subset of semver ranges TypeScript's own `VersionRange` accepts); undefined when it is no range.
 */
export function rangeHoldsForTypeScript(range: string): boolean | undefined {
  const alternatives = range.trim().split('||')
  let holds = false
  for (const alternative of alternatives) {
    const comparators = alternative.trim().split(/\s+/).filter((c) => c !== '')
    let all = true
    for (const comparator of comparators) {
      const result = comparatorHolds(comparator)
      if (result === undefined) return undefined
      all &&= result
    }
    holds ||= all
  }
  return holds
}

function comparatorHolds(comparator: string): boolean | undefined {
  const match = /^(<=|>=|<|>|=)?v?(\*|x|X|\d+)(?:\.(\*|x|X|\d+))?(?:\.(\*|x|X|\d+))?$/.exec(comparator)
  if (!match) return undefined
  const operator = match[1] ?? '='
  const parts = [match[2], match[3], match[4]].map((p) => (p === undefined || /^[*xX]$/.test(p) ? undefined : Number(p)))
  const fixed = parts.findIndex((p) => p === undefined)
  const given = fixed < 0 ? 3 : fixed
  let order = 0
  for (let i = 0; i < given && order === 0; i++) order = Math.sign(TYPESCRIPT_VERSION[i]! - parts[i]!)
  // A partial version is a range of its own: `<5` is below 5.0.0, `<=5` anything 5.x, `=5` any 5.x.
  switch (operator) {
    case '=': return order === 0
    case '<': return order < 0
    case '<=': return order <= 0
    case '>': return order > 0
    default: return order >= 0
  }
}
