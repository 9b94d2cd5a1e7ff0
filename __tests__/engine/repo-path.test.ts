import { describe, expect, it } from '@jest/globals'
import { InvalidPathError, toRepoPath } from '../../src/core/repo-path.js'
import { seededRandom } from '../helpers/seeded-random.js'

/** The rule spelled out the slow way, as an oracle: drop empty and `.` parts, refuse `..`, an absolute path, nothing. */
function expected(raw: string): string | 'refused' {
  const parts = raw.split('/').filter((part) => part !== '' && part !== '.')
  if (parts.includes('..') || raw.startsWith('/') || !parts.length) return 'refused'
  return parts.join('/')
}

function actual(raw: string): string | 'refused' {
  try {
    return toRepoPath(raw)
  } catch (error) {
    if (error instanceof InvalidPathError) return 'refused'
    throw error
  }
}

describe('toRepoPath', () => {
  it('keeps a path already in its form, and mends or refuses the others', () => {
    const cases: Record<string, string> = {
      'a/b.py': 'a/b.py',
      '.a/..b/...': '.a/..b/...',
      'a..': 'a..',
      './a': 'a',
      'a/./b': 'a/b',
      'a//b': 'a/b',
      'a/': 'a',
      'a/.': 'a',
      '/a': 'refused',
      '../a': 'refused',
      'a/../b': 'refused',
      'a/..': 'refused',
      '': 'refused',
      '.': 'refused',
      '//': 'refused',
    }
    for (const [raw, want] of Object.entries(cases)) expect([raw, actual(raw)]).toEqual([raw, want])
  })

  it('gives what the slow rule gives, for names made of separators and dots', () => {
    const random = seededRandom(18)
    const letters = ['a', '.', '/', '.', '/', 'b']
    for (let n = 0; n < 20000; n++) {
      const raw = Array.from({ length: Math.floor(random() * 9) }, () => letters[Math.floor(random() * letters.length)]).join('')
      expect([raw, actual(raw)]).toEqual([raw, expected(raw)])
    }
  })
})
