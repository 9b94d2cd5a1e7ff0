import { describe, expect, it } from '@jest/globals'
import { areaName, snapshotAreas } from '../../src/snapshot/snapshot-areas.js'

/** A Django-shaped tree: one big package with a few heavy subpackages, a test suite of many small folders. */
function djangoLike(): string[] {
  const paths: string[] = ['setup.py']
  const add = (folder: string, n: number) => {
    for (let i = 0; i < n; i++) paths.push(`${folder}/m${i}.py`)
  }
  add('django/db/models', 80)
  add('django/db/backends', 40)
  add('django/contrib/auth', 60)
  add('django/contrib/admin', 70)
  add('django/utils', 50)
  add('django/conf', 3)
  for (let t = 0; t < 120; t++) add(`tests/app${t}`, 6)
  return paths
}

describe('snapshot areas: folders at the depth that separates them', () => {
  it('splits heavy folders into their subfolders and keeps many small ones together', () => {
    const paths = djangoLike()
    const { prefixes, areaOf } = snapshotAreas(
      paths,
      paths.map(() => true),
    )
    expect(prefixes).toEqual([
      '',
      'django/',
      'django/contrib/admin/',
      'django/contrib/auth/',
      'django/db/',
      'django/db/models/',
      'django/utils/',
      'tests/',
    ])
    expect(areaOf[paths.indexOf('django/db/models/m3.py')]).toBe(prefixes.indexOf('django/db/models/'))
    expect(areaOf[paths.indexOf('django/db/backends/m3.py')]).toBe(prefixes.indexOf('django/db/'))
    expect(areaOf[paths.indexOf('tests/app77/m1.py')]).toBe(prefixes.indexOf('tests/'))
    // What is left of a split folder is named as such.
    expect(areaName(prefixes, prefixes.indexOf('django/'))).toBe('django (rest)')
    expect(areaName(prefixes, prefixes.indexOf('tests/'))).toBe('tests')
    expect(areaName(prefixes, 0)).toBe('(top level)')
  })

  it('chooses by the weighed files (the radius) and still gives every path an area', () => {
    const paths = djangoLike()
    const weighed = paths.map((p) => p.startsWith('django/contrib/'))
    const { prefixes, areaOf } = snapshotAreas(paths, weighed)
    expect(prefixes).toContain('django/contrib/auth/')
    expect(prefixes).not.toContain('django/db/')
    expect(areaOf.every((a) => a >= 0 && a < prefixes.length)).toBe(true)
  })

  it('never makes more than a handful of areas, and is a pure function of its input', () => {
    const paths = Array.from({ length: 5000 }, (_, i) => `src/p${i % 40}/q${i % 7}/f${i}.ts`)
    const a = snapshotAreas(
      paths,
      paths.map(() => true),
    )
    expect(a.prefixes.length).toBeLessThanOrEqual(10)
    expect(a.prefixes.length).toBeGreaterThan(3)
    expect(
      snapshotAreas(
        [...paths],
        paths.map(() => true),
      ),
    ).toEqual(a)
    expect(snapshotAreas([], [])).toEqual({ prefixes: [], areaOf: [] })
  })
})
