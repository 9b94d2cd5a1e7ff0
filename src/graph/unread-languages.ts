import { byCodePoint } from '../core/repo-path.js'
import type { SourceFile } from '../core/model.js'

/** Endings of source files in languages that import each other, which the graph cannot read yet. */
const CODE_ENDINGS = new Set([
  'js',
  'jsx',
  'mjs',
  'cjs',
  'ts',
  'tsx',
  'mts',
  'cts',
  'go',
  'rs',
  'java',
  'kt',
  'scala',
  'rb',
  'php',
  'cs',
  'fs',
  'swift',
  'c',
  'h',
  'cc',
  'cpp',
  'hpp',
  'm',
  'ex',
  'exs',
  'erl',
  'hs',
  'lua',
  'dart',
  'pyx',
  'pxd',
])

/** Counts, by ending, the files of other languages: the part of the repository the graph does not see. */
export function unreadLanguages(files: readonly SourceFile[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { path } of files) {
    const dot = path.lastIndexOf('.')
    const ending = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : ''
    if (CODE_ENDINGS.has(ending)) counts[ending] = (counts[ending] ?? 0) + 1
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => byCodePoint(a, b)))
}
