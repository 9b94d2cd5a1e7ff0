import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { forkArtifactName } from '../../src/action/fork-report.js'
import { folderSlug, InputError, readInputs } from '../../src/action/inputs.js'
import { runFolder } from '../../src/action/report-file.js'

const read = (given: Record<string, string>) => readInputs((name) => given[name] ?? '')

describe('inputs', () => {
  test('empty inputs take the defaults of action.yml', () => {
    expect(read({})).toEqual({
      token: '',
      prNumber: undefined,
      workingDirectory: '.',
      commentMode: 'always',
      hideOutdated: false,
      snapshot: 'artifact',
      snapshotBranch: 'blast-radius-snapshots',
      include: [],
      exclude: [],
      pagesUrl: undefined,
      maxFileBytes: 2 * 1024 * 1024,
      pythonPaths: [],
      precision: 'files',
      failOn: 'never',
      riskThresholds: { moderate: 10, high: 50, veryHigh: 250 },
      requestReviewers: false,
    })
  })

  test('action.yml declares the same defaults', () => {
    const yml = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
    const defaultOf = (name: string) => yml.match(new RegExp(`^  ${name}:\\n(?:    .*\\n|      .*\\n)*?    default: (.*)$`, 'm'))?.[1]
    expect(defaultOf('working-directory')).toBe("'.'")
    expect(defaultOf('comment-mode')).toBe('always')
    expect(defaultOf('snapshot')).toBe('artifact')
    expect(defaultOf('snapshot-branch')).toBe('blast-radius-snapshots')
    expect(defaultOf('github-token')).toBe('${{ github.token }}')
    expect(defaultOf('max-file-size')).toBe('2MB')
    expect(defaultOf('pages-url')).toBe("''")
    expect(defaultOf('python-paths')).toBe("''")
    expect(defaultOf('precision')).toBe('files')
    expect(defaultOf('declarations')).toBe("''")
    expect(defaultOf('fail-on')).toBe('never')
    expect(defaultOf('hide-outdated')).toBe("'false'")
    expect(defaultOf('risk-thresholds')).toBe("'10,50,250'")
    expect(defaultOf('request-reviewers')).toBe("'false'")
    expect(yml).toMatch(/^  using: node24$/m)
    expect(yml).toMatch(/^  main: dist\/index\.js$/m)
  })

  test('max-file-size and pages-url', () => {
    expect(read({ 'max-file-size': '500KB' }).maxFileBytes).toBe(500 * 1024)
    expect(read({ 'pages-url': 'https://octo.github.io/shop' }).pagesUrl).toBe('https://octo.github.io/shop')
  })

  test('python-paths: folders inside working-directory, one a line', () => {
    expect(read({ 'python-paths': './tools/lib/\n\n# vendored\nvendor\n.\n' }).pythonPaths).toEqual(['tools/lib', 'vendor', ''])
  })

  test('fail-on, risk-thresholds and request-reviewers', () => {
    expect(read({ 'fail-on': 'Very High' }).failOn).toBe('very high')
    expect(read({ 'risk-thresholds': '5,20,100' }).riskThresholds).toEqual({ moderate: 5, high: 20, veryHigh: 100 })
    expect(read({ precision: 'names', declarations: 'config/deps.yml' })).toMatchObject({
      precision: 'names',
      declarations: 'config/deps.yml',
    })
    expect(() => read({ precision: 'lines' })).toThrow("precision: expected one of files, names, got 'lines'")
    expect(() => read({ declarations: '../deps.yml' })).toThrow("declarations: expected a file inside working-directory, got '../deps.yml'")
    expect(read({ 'request-reviewers': 'true' }).requestReviewers).toBe(true)
    expect(read({ 'comment-mode': 'on-change' }).commentMode).toBe('on-change')
    expect(read({ 'hide-outdated': 'true' }).hideOutdated).toBe(true)
    expect(() => read({ 'hide-outdated': 'yes' })).toThrow("hide-outdated: expected true or false, got 'yes'")
  })

  test('globs are one a line; blank lines and comments are dropped', () => {
    expect(read({ include: 'src/**\n\n  lib/*.py  \n# generated\n' }).include).toEqual(['src/**', 'lib/*.py'])
  })

  test('working-directory is normalised to a workspace-relative path', () => {
    expect(read({ 'working-directory': './services/api/' }).workingDirectory).toBe('services/api')
    expect(read({ 'working-directory': './' }).workingDirectory).toBe('.')
  })

  test.each([
    ['comment-mode', 'sometimes', "comment-mode: expected one of always, on-impact, on-change, never, got 'sometimes'"],
    ['snapshot', 'pages', "snapshot: expected one of artifact, branch, none, got 'pages'"],
    ['pr-number', '#12', "pr-number: expected a pull request number, got '#12'"],
    // 2^53 + 1: Number() would silently make it 9007199254740992, another pull request.
    ['pr-number', '9007199254740993', "pr-number: expected a pull request number, got '9007199254740993'"],
    ['working-directory', '../elsewhere', "working-directory: expected a folder inside the workspace, got '../elsewhere'"],
    ['working-directory', '/etc', "working-directory: expected a folder inside the workspace, got '/etc'"],
    ['max-file-size', 'huge', "max-file-size: expected a size such as 2MB, 500KB or a number of bytes, got 'huge'"],
    ['pages-url', 'javascript:alert(1)', "pages-url: expected an http(s) URL, got 'javascript:alert(1)'"],
    ['python-paths', 'lib\n../shared', "python-paths: expected a folder inside working-directory, got '../shared'"],
    ['python-paths', '/opt/lib', "python-paths: expected a folder inside working-directory, got '/opt/lib'"],
    ['fail-on', 'critical', 'fail-on: expected never, low, moderate, high, very high, got "critical"'],
    ['risk-thresholds', '10,50', 'risk-thresholds: expected three whole numbers such as "10,50,250", got "10,50"'],
    ['request-reviewers', 'yes', "request-reviewers: expected true or false, got 'yes'"],
  ])('%s %s is refused with a message that names it', (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(new InputError(message))
  })

  test('no two folders share a report folder, an artifact name or a cache key', () => {
    const folders = ['.', 'root', '_root', 'a/b', 'a__b', 'a_b', 'a/_b', 'a_/b', 'a_1b', 'a/b/c', 'a__b/c']
    const words = (of: (folder: string) => string) => new Set(folders.map(of)).size
    expect(words(folderSlug)).toBe(folders.length)
    expect(words((f) => runFolder('/tmp', f))).toBe(folders.length)
    expect(words(forkArtifactName)).toBe(folders.length)
    for (const folder of folders) expect(folderSlug(folder)).toMatch(/^[A-Za-z0-9._-]+$/)
  })
})
