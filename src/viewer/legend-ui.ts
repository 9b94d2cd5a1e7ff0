import { visible } from '../format/escape.js'
import { count } from '../format/numbers.js'
import type { Visibility } from './layers.js'
import type { Model } from './model.js'

function button(text: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button')
  b.textContent = text
  b.title = title
  b.addEventListener('click', onClick)
  return b
}

function checkbox(label: string, checked: boolean, onChange: (on: boolean) => void): HTMLLabelElement {
  const box = document.createElement('input')
  box.type = 'checkbox'
  box.checked = checked
  box.addEventListener('change', () => onChange(box.checked))
  const wrap = document.createElement('label')
  wrap.append(box, ` ${label}`)
  return wrap
}

/** The legend (same rows and counts as the still), "expand the blast radius" ring by ring, and the toggles. */
export function wireLegend(model: Model, visibility: Visibility, changed: () => void): void {
  const { data } = model
  document.querySelector('#legend h1')!.textContent = visible(data.title)
  document.getElementById('subtitle')!.textContent = data.subtitle
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

  const status = document.createElement('span')
  status.id = 'ring-status'
  let timer: ReturnType<typeof setInterval> | undefined
  const setRing = (ring: number) => {
    visibility.maxRing = Math.max(0, Math.min(model.deepest, ring))
    status.textContent = visibility.maxRing === model.deepest ? `all ${model.deepest} rings` : `rings 0–${visibility.maxRing} of ${model.deepest}`
    changed()
  }
  const stop = () => {
    clearInterval(timer)
    timer = undefined
  }
  const play = () => {
    stop()
    setRing(0)
    timer = setInterval(() => (visibility.maxRing >= model.deepest ? stop() : setRing(visibility.maxRing + 1)), 700)
  }
  document.getElementById('rings')!.append(
    button('▶ expand', 'Replay the blast radius from the changed files outward, ring by ring', play),
    button('−', 'One ring fewer', () => (stop(), setRing(visibility.maxRing - 1))),
    button('+', 'One ring more', () => (stop(), setRing(visibility.maxRing + 1))),
    status,
  )
  setRing(visibility.maxRing)

  const toggles = document.getElementById('toggles')!
  for (const kind of data.kinds.filter((k) => k !== 'import')) {
    toggles.append(
      checkbox(`${kind} edges`, visibility.kinds.has(kind), (on) => {
        if (on) visibility.kinds.add(kind)
        else visibility.kinds.delete(kind)
        changed()
      }),
    )
  }
  toggles.append(checkbox('unaffected files', visibility.showOutside, (on) => ((visibility.showOutside = on), changed())))
  document.getElementById('notes')!.replaceChildren(
    ...data.notes.map((note) => {
      const li = document.createElement('li')
      li.textContent = `⚠ ${note}`
      return li
    }),
  )
}
