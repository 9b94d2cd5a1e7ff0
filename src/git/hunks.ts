import type { Hunk } from '../core/model.js'

/**
 * The hunks of a unified diff with no context lines (`git diff -U0`, or GitHub's `patch` of one file),
 * by the new path of each file (`+++ b/path`; a removed file has none). Paths git quotes (`"b/a\\tb"`)
 * are left out: their lines are then unknown, which only costs precision.
 */
export function parseHunks(diff: string): Map<string, Hunk[]> {
  const byPath = new Map<string, Hunk[]>()
  let current: Hunk[] | undefined
  // The run of changed lines being read, and the new side's line number of the next line.
  let run: { start: number; count: number; removed: string[] } | undefined
  let newLine = 0
  // Old lines the current hunk still has to show: a removed line `--- x` is told from a header by this count.
  let oldLeft = 0
  let inHunk = false
  const close = () => {
    if (run && current) current.push(run)
    run = undefined
  }
  for (const line of diff.split('\n')) {
    if (inHunk && oldLeft > 0 && line.startsWith('-')) {
      run ??= { start: newLine - 1, count: 0, removed: [] }
      run.removed.push(line.slice(1))
      oldLeft--
    } else if (inHunk && line.startsWith('+')) {
      if (!run) run = { start: newLine, count: 0, removed: [] }
      else if (run.count === 0) run.start = newLine
      run.count++
      newLine++
    } else if (inHunk && line.startsWith(' ')) {
      // A context line (GitHub's patches have them): it ends a run of changed lines.
      close()
      oldLeft--
      newLine++
    } else if (line.startsWith('@@')) {
      close()
      const header = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/u.exec(line)
      inHunk = header !== null
      // A hunk of no new lines names the line after which its old lines were.
      newLine = header ? Number(header[2]) + (header[3] === '0' ? 1 : 0) : 0
      oldLeft = header ? (header[1] === undefined ? 1 : Number(header[1])) : 0
    } else if (line.startsWith('+++ ')) {
      close()
      inHunk = false
      const name = line.slice(4)
      current = name.startsWith('b/') ? [] : undefined
      if (current) byPath.set(name.slice(2), current)
    } else if (!line.startsWith('\\')) {
      close()
      inHunk = false
    }
  }
  close()
  return byPath
}

/** A patch of one file (GitHub's `patch` field): its hunks. */
export function patchHunks(patch: string): Hunk[] {
  return parseHunks(`+++ b/x\n${patch}`).get('x') ?? []
}
