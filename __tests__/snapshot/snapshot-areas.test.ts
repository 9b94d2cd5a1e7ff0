import { describe, expect, it } from '@jest/globals'
import { areasOf } from '../../src/impact/areas.js'
import { MAX_AREAS, OTHER_AREAS, snapshotAreas } from '../../src/snapshot/snapshot-areas.js'

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

const all = (paths: readonly string[]) => paths.map(() => true)

describe('areas: folders at the depth that separates them (one rule for the report and the snapshot)', () => {
  it('splits a folder that holds most of the radius into its large subfolders, and keeps many small ones together', () => {
    const { areas, split, areaOf } = areasOf(djangoLike())
    expect(areas).toEqual([
      ['tests', 720],
      ['django/contrib', 130],
      ['django/db', 120],
      ['django/utils', 50],
      ['django', 3],
      ['.', 1],
    ])
    expect([...split]).toEqual(['django'])
    expect(areaOf('django/conf/m1.py')).toBe('django')
    expect(areaOf('tests/app77/m1.py')).toBe('tests')
    expect(areaOf('elsewhere/x.py')).toBe('.')
  })

  it('goes deeper while fewer than three areas hold the paths', () => {
    const { areas } = areasOf(djangoLike().filter((p) => p.startsWith('django/contrib/')))
    expect(areas).toEqual([
      ['django/contrib/admin', 70],
      ['django/contrib/auth', 60],
    ])
  })
})

describe('snapshot areas: the same areas, as many as a picture can label', () => {
  it('names the areas by folder, the rest of a split folder as such, in path order', () => {
    const paths = djangoLike()
    const { areas, areaOf } = snapshotAreas(paths, all(paths))
    expect(areas.map((a) => a.name)).toEqual(['(top level)', 'django (rest)', 'django/contrib', 'django/db', 'django/utils', 'tests'])
    expect(areas[areaOf[paths.indexOf('django/db/models/m3.py')]!]!.prefix).toBe('django/db/')
    expect(areas[areaOf[paths.indexOf('tests/app77/m1.py')]!]!.name).toBe('tests')
  })

  it('chooses by the weighed files (the radius), and puts every other file in "other folders"', () => {
    const paths = djangoLike()
    const { areas, areaOf } = snapshotAreas(
      paths,
      paths.map((p) => p.startsWith('django/contrib/')),
    )
    expect(areas.map((a) => a.name)).toEqual(['django/contrib/admin', 'django/contrib/auth', OTHER_AREAS])
    expect(areas[areaOf[paths.indexOf('tests/app3/m1.py')]!]!.name).toBe(OTHER_AREAS)
  })

  it('never makes more than MAX_AREAS, and is a pure function of its input', () => {
    const paths = Array.from({ length: 5000 }, (_, i) => `src/p${i % 40}/q${i % 7}/f${i}.ts`)
    const a = snapshotAreas(paths, all(paths))
    expect(a.areas.length).toBeLessThanOrEqual(MAX_AREAS)
    expect(a.areas.length).toBeGreaterThan(3)
    expect(a.areas.at(-1)!.name).toBe(OTHER_AREAS)
    expect(snapshotAreas([...paths], all(paths))).toEqual(a)
    expect(snapshotAreas([], [])).toEqual({ areas: [], areaOf: [] })
  })
})
