import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from '@jest/globals'
import { readCodeowners } from '../../src/change/read-codeowners.js'

const dir = mkdtempSync(join(tmpdir(), 'br-codeowners-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test("GitHub's order: .github/ first, then the root, then docs/; none gives undefined", () => {
  expect(readCodeowners(dir)).toBeUndefined()
  mkdirSync(join(dir, 'docs'))
  writeFileSync(join(dir, 'docs/CODEOWNERS'), '* @docs')
  expect(readCodeowners(dir)).toEqual({ path: 'docs/CODEOWNERS', text: '* @docs' })
  writeFileSync(join(dir, 'CODEOWNERS'), '* @root')
  expect(readCodeowners(dir)?.path).toBe('CODEOWNERS')
  mkdirSync(join(dir, '.github'))
  writeFileSync(join(dir, '.github/CODEOWNERS'), '* @gh')
  expect(readCodeowners(dir)).toEqual({ path: '.github/CODEOWNERS', text: '* @gh' })
})
