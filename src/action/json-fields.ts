/** The value at `keys` inside parsed JSON, or undefined where any step is missing or not an object. */
export function at(value: unknown, ...keys: string[]): unknown {
  let here = value
  for (const key of keys) {
    if (typeof here !== 'object' || here === null) return undefined
    here = (here as Record<string, unknown>)[key]
  }
  return here
}

export function stringAt(value: unknown, ...keys: string[]): string | undefined {
  const found = at(value, ...keys)
  return typeof found === 'string' ? found : undefined
}

export function integerAt(value: unknown, ...keys: string[]): number | undefined {
  const found = at(value, ...keys)
  return Number.isSafeInteger(found) ? (found as number) : undefined
}
