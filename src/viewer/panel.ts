import { plural } from '../format/numbers.js'
import { nodeColour } from './layers.js'
import { chainBack, ringName, type Link, type Model } from './model.js'

/** A list of files where each entry selects its file. */
function fileList(model: Model, ids: readonly Link[] | readonly number[], select: (id: number) => void): HTMLUListElement {
  const list = document.createElement('ul')
  for (const item of ids) {
    const id = typeof item === 'number' ? item : item.node
    const li = document.createElement('li')
    li.title = model.shown[id]!
    const dot = document.createElement('span')
    dot.textContent = '● '
    dot.style.color = nodeColour(model.data.rings[id]!)
    li.append(dot, model.shown[id]!)
    if (typeof item !== 'number' && item.kind !== 'import') {
      const kind = document.createElement('span')
      kind.className = 'kind'
      kind.textContent = item.kind
      li.append(kind)
    }
    li.addEventListener('click', () => select(id))
    list.append(li)
  }
  return list
}

function heading(text: string): HTMLHeadingElement {
  const h = document.createElement('h3')
  h.textContent = text
  return h
}

/** Fills the side panel for one file: its ring, the chain back to the change, its importers and imports. */
export function showPanel(panel: HTMLElement, model: Model, id: number, select: (id: number) => void, close: () => void): void {
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
  if (ring > 0) panel.append(heading('Chain back to the change'), fileList(model, chainBack(model, id), select))
  const importers = model.importers[id]!
  const imports = model.imports[id]!
  panel.append(heading(`Imported by (${importers.length})`), fileList(model, importers, select))
  panel.append(heading(`Imports (${imports.length})`), fileList(model, imports, select))
  panel.hidden = false
}
