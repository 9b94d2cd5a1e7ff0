import type { SourceFile } from '../../core/model.js'

/** Folders the go tool never reads packages from: other people's code (`vendor`) and test inputs (`testdata`). */
const IGNORED_FOLDERS = new Set(['vendor', 'testdata'])

/** A name the go tool skips, as a folder or a file: it starts with `.` or `_`. */
const isHidden = (name: string) => name.startsWith('.') || name.startsWith('_')

/** Whether the go tool would read a file or folder at this path: no part of it is hidden, vendored or test data. */
export function isGoVisible(path: string): boolean {
  const parts = path.split('/')
  const last = parts.length - 1
  return parts.every((part, i) => !isHidden(part) && (i === last || !IGNORED_FOLDERS.has(part)))
}

/** A Go source file the go tool would read (build constraints aside: the graph is the union over platforms). */
export function isGoSource(path: string): boolean {
  return path.endsWith('.go') && isGoVisible(path)
}

export function isGoTestFile(path: string): boolean {
  return path.endsWith('_test.go')
}

/** A Go file that is part of its package's build, not of its test. */
export function isGoNonTestSource(path: string): boolean {
  return isGoSource(path) && !isGoTestFile(path)
}

export function selectGoFiles(files: readonly SourceFile[]): SourceFile[] {
  return files.filter((f) => isGoSource(f.path))
}
