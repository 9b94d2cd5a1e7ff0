import { ringName, type Model } from './model.js'
import { pathText } from './path-text.js'

const MAX_RESULTS = 12

/** Files whose path holds every word of the query; those whose file name starts with the last word first. */
function searchFiles(model: Model, query: string): number[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (!words.length) return []
  const last = words[words.length - 1]!
  const hits: { id: number; rank: number }[] = []
  model.data.paths.forEach((path, id) => {
    const lower = path.toLowerCase()
    if (!words.every((w) => lower.includes(w))) return
    const name = lower.slice(lower.lastIndexOf('/') + 1)
    hits.push({ id, rank: (name.startsWith(last) ? 0 : 1) * 1e6 + path.length })
  })
  return hits
    .sort((a, b) => a.rank - b.rank || a.id - b.id)
    .slice(0, MAX_RESULTS)
    .map((h) => h.id)
}

/**
 * Wires the search box: results as you type; Enter takes the first, a click or Enter on a result that one. The arrows
 * go from the box down the results and back (a result is a keyboard stop, as in the file panel); Esc returns to the box.
 * A file the filters hide is found too, said to be hidden (`select` shows it: filters.ts).
 */
export function wireSearch(
  box: HTMLInputElement,
  results: HTMLUListElement,
  model: Model,
  select: (id: number) => void,
  shown: (id: number) => boolean,
): void {
  let found: number[] = []
  const choose = (id: number) => {
    results.replaceChildren()
    select(id)
  }
  const entries = () => Array.from(results.querySelectorAll<HTMLElement>('li[role=button]'))
  box.addEventListener('input', () => {
    found = searchFiles(model, box.value)
    results.replaceChildren(
      ...found.map((id) => {
        const li = document.createElement('li')
        li.tabIndex = 0
        li.setAttribute('role', 'button')
        li.append(pathText(model.shown[id]!))
        if (!shown(id)) {
          const note = document.createElement('span')
          note.className = 'kind'
          note.textContent = `${ringName(model.data.rings[id]!)}, hidden by the filter`
          li.append(note)
        }
        li.title = model.shown[id]!
        li.addEventListener('click', () => {
          choose(id)
        })
        li.addEventListener('keydown', (event) => {
          const at = entries().indexOf(li)
          const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
          if (event.key === 'Enter') choose(id)
          else if (event.key === 'Escape' || (step < 0 && at === 0)) box.focus()
          else if (step) entries()[at + step]?.focus()
          else return
          // The arrows here move through the list, not the scene.
          event.preventDefault()
          event.stopPropagation()
        })
        return li
      }),
    )
    if (box.value.trim() && !found.length) {
      const li = document.createElement('li')
      li.className = 'muted'
      li.textContent = 'No file matches.'
      results.append(li)
    }
  })
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && found[0] !== undefined) choose(found[0])
    if (event.key === 'Escape') results.replaceChildren()
    if (event.key === 'ArrowDown' && entries()[0]) {
      event.preventDefault()
      entries()[0]!.focus()
    }
  })
}
