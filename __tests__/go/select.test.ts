import { describe, expect, it } from '@jest/globals'
import { toRepoPath } from '../../src/core/repo-path.js'
import { selectGoFiles } from '../../src/languages/go/select.js'

// CONTRACTS.md §6 Files: the .go files the go tool would read, build constraints aside.

describe('Go files', () => {
  it.each([
    ['main.go', true],
    ['a/b/c.go', true],
    ['a/x_test.go', true],
    ['a/x_windows_arm64.go', true],
    ['a/x.go.txt', false],
    ['a/x.GO', false],
    ['vendor/example.com/dep/dep.go', false],
    ['a/vendor/dep.go', false],
    ['a/testdata/fixture.go', false],
    ['testdata/x/y.go', false],
    ['_tools/gen.go', false],
    ['a/_old/x.go', false],
    ['.github/x.go', false],
    ['a/.hidden/x.go', false],
    ['a/_x.go', false],
    ['a/.x.go', false],
    ['a/vendor.go', true],
    ['a/testdata.go', true],
    ['vendorx/a.go', true],
    ['a/my_vendor/b.go', true],
  ])('%s: %s', (path, selected) => {
    expect(selectGoFiles([{ path: toRepoPath(path) }]).length).toBe(selected ? 1 : 0)
  })
})
