import { describe, expect, test } from '@jest/globals'
import { parseForkReport, UntrustedReportError } from '../../src/action/fork-report.js'

const expected = { headSha: 'a'.repeat(40), workingDirectory: '.' }
const valid = () => ({
  schema: 'blast-radius/fork-report@1',
  headSha: expected.headSha,
  workingDirectory: '.',
  body: '## Blast radius\n\n<!-- blast-radius:other --> 3 files, cc @maintainer\n',
  fingerprint: '0123456789abcdef',
  hasImpact: true,
  outputs: {
    changedCount: 2,
    affectedCount: 3,
    affectedFiles: ['app/service.py', 'app/api.py', 'tests/test_service.py'],
    affectedTests: ['tests/test_service.py'],
  },
})
const parse = (value: unknown) => parseForkReport(typeof value === 'string' ? value : JSON.stringify(value), expected)

describe('the fork report as untrusted input', () => {
  test('accepts a well-formed report, without its HTML comments and with its mentions made inert', () => {
    const report = parse(valid())
    expect(report.outputs).toEqual(valid().outputs)
    expect(report.body).toBe('## Blast radius\n\n 3 files, cc @\u200bmaintainer\n')
  })

  test.each([
    ['not JSON', '{'],
    ['another schema', { ...valid(), schema: 'x' }],
    ['another commit', { ...valid(), headSha: 'b'.repeat(40) }],
    ['another folder', { ...valid(), workingDirectory: 'src' }],
    ['an oversized body', { ...valid(), body: 'x'.repeat(60_001) }],
    ['a negative count', { ...valid(), outputs: { ...valid().outputs, affectedCount: -1 } }],
    ['a path list with a newline', { ...valid(), outputs: { ...valid().outputs, affectedFiles: ['a\nb'] } }],
    ['a missing outputs object', { ...valid(), outputs: undefined }],
    ['no word on whether anything is affected', { ...valid(), hasImpact: undefined }],
    ['a fingerprint that could carry markup', { ...valid(), fingerprint: '--><img src=x>' }],
  ])('refuses %s', (_name, value) => {
    expect(() => parse(value)).toThrow(UntrustedReportError)
  })
})
