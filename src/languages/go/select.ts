import type { SourceFile } from '../../core/model.js'

/** Folders the go tool never reads packages from, and why: other people's code and test inputs. */
const IGNORED_FOLDERS = new Map([
  ['vendor', "in Go's vendor/: copies of other modules, whose packages the graph counts as third party"],
  ['testdata', "in Go's testdata/: test inputs, from which the go tool builds no package"],
])

const HIDDEN = 'under a name with a leading `_` or `.`, which the go tool ignores'

/** A name the go tool skips, as a folder or a file: it starts with `.` or `_`. */
const isHidden = (name: string) => name.startsWith('.') || name.startsWith('_')

/** Why the go tool would not read a file or folder at this path (a part of it hidden, vendored or test data), if it would not. */
function whyInvisible(path: string): string | undefined {
  const parts = path.split('/')
  for (const [i, part] of parts.entries()) {
    if (isHidden(part)) return HIDDEN
    const folder = i < parts.length - 1 ? IGNORED_FOLDERS.get(part) : undefined
    if (folder) return folder
  }
  return undefined
}

/** Whether the go tool would read a file or folder at this path: no part of it is hidden, vendored or test data. */
export function isGoVisible(path: string): boolean {
  return whyInvisible(path) === undefined
}

/** Why a `.go` file is left out of the graph on purpose, as the go tool leaves it out; undefined for the others. */
export function goLeftOutReason(path: string): string | undefined {
  return path.endsWith('.go') ? whyInvisible(path) : undefined
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
