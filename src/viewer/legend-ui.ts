import { visible } from '../format/escape.js'
import { count } from '../format/numbers.js'
import type { Visibility } from './layers.js'
import type { Model } from './model.js'

function checkbox(label: string, checked: boolean, onChange: (on: boolean) => void): HTMLLabelElement {
  const box = document.createElement('input')
  box.type = 'checkbox'
  box.checked = checked
  box.addEventListener('change', () => {
    onChange(box.checked)
  })
  const wrap = document.createElement('label')
  wrap.append(box, ` ${label}`)
  return wrap
}

/**
 * The legend (same rows and counts as the still) and the filters: the edge kinds that have edges to show (`edgeKinds`),
 * import time only, the unaffected files, motion. Returns `sync`, which sets the boxes from `visibility` after the page
 * changed it (a file chosen that they hid: filters.ts).
 */
export function wireLegend(
  model: Model,
  edgeKinds: readonly string[],
  visibility: Visibility,
  motion: { reduced: boolean },
  changed: () => void,
): { sync: () => void } {
  const { data } = model
  document.querySelector('#legend h1')!.textContent = visible(data.title)
  const atImport = data.atImportCount !== data.rings.filter((r) => r > 0).length ? ` · ${count(data.atImportCount)} at import time` : ''
  document.getElementById('subtitle')!.textContent = data.subtitle + atImport
  document.getElementById('rows')!.replaceChildren(
    ...data.legend.map((row) => {
      const li = document.createElement('li')
      const swatch = document.createElement('span')
      swatch.className = 'swatch'
      swatch.style.background = row.colour
      const n = document.createElement('span')
      n.className = 'n'
      n.textContent = count(row.files)
      li.append(swatch, row.label, n)
      return li
    }),
  )
  const toggles = document.getElementById('toggles')!
  // The shortest chains are always drawn; these add every other edge of a kind.
  for (const kind of edgeKinds) {
    toggles.append(
      checkbox(`${kind} edges`, visibility.kinds.has(kind), (on) => {
        if (on) visibility.kinds.add(kind)
        else visibility.kinds.delete(kind)
        changed()
      }),
    )
  }
  const importOnly = checkbox('import time only', visibility.importOnly, (on) => {
    visibility.importOnly = on
    changed()
  })
  const outside = checkbox('unaffected files', visibility.showOutside, (on) => {
    visibility.showOutside = on
    changed()
  })
  toggles.append(importOnly, outside)
  toggles.append(checkbox('reduce motion', motion.reduced, (on) => (motion.reduced = on)))
  document.getElementById('notes')!.replaceChildren(
    ...data.notes.map((note) => {
      const li = document.createElement('li')
      li.textContent = `⚠ ${note}`
      return li
    }),
  )
  return {
    sync: () => {
      importOnly.querySelector('input')!.checked = visibility.importOnly
      outside.querySelector('input')!.checked = visibility.showOutside
    },
  }
}
