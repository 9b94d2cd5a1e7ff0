import { plural } from '../format/numbers.js'
import { nodeColour } from './layers.js'
import { chainBack, ringName, type Model } from './model.js'
import { pathText } from './path-text.js'

/** A file of a list, and the line of the import that puts it there (in the importing file), when known. */
interface Entry {
  readonly node: number
  readonly kind?: string
  /** Where the import is: `:line` right after an importing file's path, or ` (line n)` of this file's import. */
  readonly at?: string
}

/** A list of files where each entry selects its file (a button, so the keyboard reaches it). */
function fileList(model: Model, entries: readonly Entry[], select: (id: number) => void): HTMLUListElement {
  const list = document.createElement('ul')
  for (const item of entries) {
    const id = item.node
    const li = document.createElement('li')
    li.title = model.shown[id]!
    li.tabIndex = 0
    li.setAttribute('role', 'button')
    const dot = document.createElement('span')
    dot.className = 'dot'
    dot.textContent = '●'
    dot.style.color = nodeColour(model.data.rings[id]!)
    const line = item.at ? document.createElement('span') : undefined
    if (line) {
      line.className = 'line'
      line.textContent = item.at!
    }
    li.append(dot, pathText(model.shown[id]!, line))
    if (item.kind && item.kind !== 'import') {
      const kind = document.createElement('span')
      kind.className = 'kind'
      kind.textContent = item.kind
      li.append(kind)
    }
    li.addEventListener('click', () => {
      select(id)
    })
    li.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') select(id)
    })
    list.append(li)
  }
  return list
}

function heading(text: string): HTMLHeadingElement {
  const h = document.createElement('h3')
  h.textContent = text
  return h
}

/**
 * Fills the side panel for one file: its ring, the chain back to the change, its importers and imports; `shownNow`:
 * what the filters show now that they did not, set to show this file (filters.ts).
 */
export function showPanel(
  panel: HTMLElement,
  model: Model,
  id: number,
  select: (id: number) => void,
  close: () => void,
  shownNow: readonly string[],
): void {
  panel.replaceChildren()
  const closeButton = document.createElement('button')
  closeButton.className = 'close'
  closeButton.textContent = '×'
  closeButton.title = 'Close'
  closeButton.addEventListener('click', close)
  const title = document.createElement('h2')
  title.id = 'panel-path'
  title.textContent = model.shown[id]!
  const ring = model.data.rings[id]!
  const ringLine = document.createElement('p')
  ringLine.id = 'panel-ring'
  ringLine.className = 'muted'
  ringLine.textContent = ring > 0 ? `${ringName(ring)}: ${plural(ring, 'import step')} from the change` : ringName(ring)
  ringLine.style.color = nodeColour(ring)
  panel.append(closeButton, title, ringLine)
  if (shownNow.length) {
    const note = document.createElement('p')
    note.id = 'panel-note'
    note.className = 'note'
    note.textContent = `Hidden by the filter: ${shownNow.join(' and ')} shown now.`
    panel.append(note)
  }
  // Each step of the chain as `file:line`, the line where it imports the next step: the places to read.
  const chain = chainBack(model, id).map((node, i, all): Entry => {
    const line = model.data.viaLines[node]!
    return i < all.length - 1 && line ? { node, at: `:${line}` } : { node }
  })
  if (ring > 0) panel.append(heading('Chain back to the change'), fileList(model, chain, select))
  // An importer's line is in the importer (`file:line`); an import's is in this file.
  const importers = model.importers[id]!.map((link): Entry => ({
    node: link.node,
    kind: link.kind,
    at: link.line ? `:${link.line}` : undefined,
  }))
  const imports = model.imports[id]!.map((link): Entry => ({
    node: link.node,
    kind: link.kind,
    at: link.line ? ` (line ${link.line})` : undefined,
  }))
  panel.append(heading(`Imported by (${importers.length})`), fileList(model, importers, select))
  panel.append(heading(`Imports (${imports.length})`), fileList(model, imports, select))
  panel.hidden = false
}
