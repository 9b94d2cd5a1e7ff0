/**
 * A path on one line, as a list entry or a label shows it: when too long for its place, cut at its start
 * (`…folder/name.ext`), so that the file name, what tells one path from the next, stays in view. The path runs left
 * to right in a run isolated from its surroundings, inside an element written right to left (`.path` in the page's
 * styles): the overflow, and the ellipsis, fall at the start. `after` (a line number) follows the path in the run.
 */
export function pathText(path: string, after?: HTMLElement): HTMLSpanElement {
  const outer = document.createElement('span')
  outer.className = 'path'
  const run = document.createElement('span')
  run.append(path)
  if (after) run.append(after)
  outer.append(run)
  return outer
}
