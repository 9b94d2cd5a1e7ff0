import { count } from '../format/numbers.js'
import type { Visibility } from './layers.js'
import { lightingOrder, litFiles, type Model } from './model.js'

/** Milliseconds between two rings lighting up. */
const STEP_MS = 900

/** Every ring shown, as the ring status says it. */
const allRings = (deepest: number) => (deepest === 0 ? 'no rings' : deepest === 1 ? '1 ring' : `all ${deepest} rings`)

export interface Story {
  /** Shows rings 0..ring; the area list and the area names follow. */
  setRing(ring: number): void
  /** Replays the radius from the change outward (all at once with reduced motion). */
  play(): void
  stop(): void
  /** Areas lit at the rings shown: what the list and the scene's names show. */
  litAreas(): number[]
}

/**
 * "Play": the rings light up one after the other, and each area joins the side list (and its name
 * the scene) when the first of its files lights, with the count of its files lit so far. The list
 * is therefore in the order the radius reaches the areas; a click on one focuses it.
 */
export function wireStory(
  model: Model,
  visibility: Visibility,
  options: {
    changed: () => void
    focus: (area: number) => void
    reducedMotion: () => boolean
    onRing: (ring: number, playing: boolean) => void
  },
): Story {
  const status = document.getElementById('ring-status')!
  const list = document.getElementById('areas')!
  const heading = document.getElementById('areas-heading')!
  const order = lightingOrder(model)
  const items = order.map((area) => {
    const li = document.createElement('li')
    const button = document.createElement('button')
    button.className = 'area'
    button.title = 'Focus this area (again to show all)'
    button.addEventListener('click', () => {
      options.focus(area)
    })
    li.append(button)
    return { area, li, button }
  })
  list.replaceChildren(...items.map((i) => i.li))
  let timer: ReturnType<typeof setInterval> | undefined
  const lit = () => order.filter((area) => litFiles(model, area, visibility.maxRing) > 0)
  const setRing = (ring: number) => {
    visibility.maxRing = Math.max(0, Math.min(model.deepest, ring))
    status.textContent = visibility.maxRing < model.deepest ? `rings 0–${visibility.maxRing} of ${model.deepest}` : allRings(model.deepest)
    for (const { area, li, button } of items) {
      const n = litFiles(model, area, visibility.maxRing)
      // The area in focus stays listed where the rings shown do not reach it: it says why every file is faint, and
      // is the way back.
      li.hidden = n === 0 && visibility.focusArea !== area
      button.textContent = `${model.data.areas[area]!.name} · ${count(n)}`
      button.setAttribute('aria-pressed', String(visibility.focusArea === area))
    }
    heading.hidden = items.every(({ li }) => li.hidden)
    options.onRing(visibility.maxRing, timer !== undefined)
    options.changed()
  }
  const stop = () => {
    clearInterval(timer)
    timer = undefined
  }
  const play = () => {
    stop()
    if (options.reducedMotion()) {
      setRing(model.deepest)
      return
    }
    setRing(0)
    timer = setInterval(() => {
      if (visibility.maxRing + 1 >= model.deepest) stop()
      setRing(visibility.maxRing + 1)
    }, STEP_MS)
  }
  return { setRing, play, stop, litAreas: lit }
}
