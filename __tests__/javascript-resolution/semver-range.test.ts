import { describe, expect, test } from '@jest/globals'
import ts from 'typescript'
import { rangeHoldsForTypeScript } from '../../src/languages/javascript/resolution/semver-range.js'

/** `typesVersions` keys and `types@…` conditions read as TypeScript's own VersionRange reads them. */
const RANGES = [
  '*',
  'x',
  '5',
  '5.x',
  '5.9',
  '5.9.x',
  '5.9.3',
  '=5.9.3',
  '5.8',
  '4',
  '6',
  '>=5',
  '>=5.9',
  '>=5.9.3',
  '>=5.9.4',
  '>5',
  '>5.9',
  '>5.8',
  '<5',
  '<6',
  '<5.9',
  '<5.10',
  '<=5',
  '<=5.9',
  '<=5.8',
  '>=4.2 <6',
  '>=3.1 <4',
  '<4 || >=5.9',
  '<4 || >=6',
  '1.0 - 6.0',
  '5.9.4 - 6',
  '4 - 5',
  '^5.0',
  '^5.9.4',
  '^4.1',
  '^0.5',
  '~5.9',
  '~5.9.4',
  '~5',
  '~5.8',
  'v5',
  '>=v4',
  'latest',
  '',
  '>= 5',
  '5.9.3.1',
]

interface VersionRangeClass {
  tryParse(text: string): { test(version: string): boolean } | undefined
}
const VersionRange = (ts as unknown as { VersionRange: VersionRangeClass }).VersionRange

describe('version ranges equal TypeScript 5.9.3 VersionRange', () => {
  test.each(RANGES)('%j', (range) => {
    const expected = VersionRange.tryParse(range)?.test(ts.version)
    expect(rangeHoldsForTypeScript(range)).toBe(expected)
  })
})
