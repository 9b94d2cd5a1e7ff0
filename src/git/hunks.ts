import type { Hunk } from '../core/model.js'

/**
 * The hunks of a unified diff with no context lines (`git diff -U0`, or GitHub's `patch` of one file),
 * by the new path of each file (`+++ b/path`; a removed file has none). Paths git quotes (`"b/a\\tb"`)
 * are left out: their lines are then unknown, which only costs precision.
 */
export function parseHunks(diff: string): Map<string, Hunk[]> {
  const byPath = new Map<string, Hunk[]>()
  let current: Hunk[] | undefined
  let hunk: { start: number; count: number; removed: string[] } | undefined
  // Old lines the current hunk still has to show: a removed line `--- x` is told from a header by this count.
  let oldLeft = 0
  for (const line of diff.split('\n')) {
    if (oldLeft > 0 && hunk && line.startsWith('-')) {
      hunk.removed.push(line.slice(1))
      oldLeft--
    } else if (line.startsWith('+++ ')) {
      const name = line.slice(4)
      current = name.startsWith('b/') ? [] : undefined
      if (current) byPath.set(name.slice(2), current)
      hunk = undefined
    } else if (line.startsWith('@@')) {
      const header = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/u.exec(line)
      hunk = header ? { start: Number(header[2]), count: header[3] === undefined ? 1 : Number(header[3]), removed: [] } : undefined
      oldLeft = header ? (header[1] === undefined ? 1 : Number(header[1])) : 0
      if (hunk && current) current.push(hunk)
    } else if (line.startsWith(' ') && oldLeft > 0) oldLeft-- // a context line, where the diff has some
  }
  return byPath
}

/** A patch of one file (GitHub's `patch` field): its hunks. */
export function patchHunks(patch: string): Hunk[] {
  return parseHunks(`+++ b/x\n${patch}`).get('x') ?? []
}
