import type { Model } from './model.js'

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

/** Wires the search box: results as you type, Enter or a click selects. */
export function wireSearch(box: HTMLInputElement, results: HTMLUListElement, model: Model, select: (id: number) => void): void {
  let found: number[] = []
  const choose = (id: number) => {
    results.replaceChildren()
    select(id)
  }
  box.addEventListener('input', () => {
    found = searchFiles(model, box.value)
    results.replaceChildren(
      ...found.map((id) => {
        const li = document.createElement('li')
        li.textContent = model.shown[id]!
        li.title = model.shown[id]!
        li.addEventListener('click', () => {
          choose(id)
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
  })
}
