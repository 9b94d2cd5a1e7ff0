import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
const workflows = readdirSync(new URL('../../.github/workflows/', import.meta.url)).map((name) => `.github/workflows/${name}`)

describe('the action as the Marketplace and the runner see it', () => {
  test('the description is one line under the 125 characters the Marketplace accepts', () => {
    // A plain scalar on its line, or a folded one (`>-`) over the indented lines below it.
    const found = read('action.yml').match(/^description: (?:>-?\n((?: {2}.*\n)+)|(.*)\n)/m)
    const description =
      found?.[2] ??
      found?.[1]
        ?.split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' ')
    expect(description).toBeDefined()
    expect(description!.length).toBeLessThan(125)
  })

  test('the README and the workflows use the Node 24 majors of actions/checkout and actions/setup-node', () => {
    for (const path of ['README.md', 'docs/action.md', ...workflows]) {
      for (const [, action, major] of read(path).matchAll(/uses: actions\/(checkout|setup-node)@v(\d+)/g)) {
        expect(`${path}: ${action}@v${major}`).toBe(`${path}: ${action}@v6`)
      }
    }
  })

  test('CI tests on Node 24, which the action runs on, as well as Node 20, the oldest the CLI supports', () => {
    const ci = read('.github/workflows/ci.yml')
    expect(ci).toMatch(/^\s+node: \[20, 24\]$/m)
    expect(ci).toContain('container: node:${{ matrix.node }}-bookworm')
    expect(read('action.yml')).toMatch(/^  using: node24$/m)
  })
})
