import * as THREE from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { AZIMUTH, ELEVATION } from '../snapshot/camera.js'
import { BACKGROUND } from '../snapshot/palette.js'
import { MOTION_RESOLUTION, SETTLE_MS } from './detail.js'
import { buildLayers, nodeSize, type Visibility } from './layers.js'
import { wireFold } from './legend-fold.js'
import { wireLegend } from './legend-ui.js'
import { litFiles, readModel } from './model.js'
import { count } from '../format/numbers.js'
import { showPanel } from './panel.js'
import { labelFits, overlayBoxes, type Box } from './label-room.js'
import { fitView, freeRoom } from './framing.js'
import { pathText } from './path-text.js'
import { scrollCue } from './scroll-cue.js'
import { isShown, reveal } from './filters.js'
import { pickNode, screenPointOf, type ScreenPoint } from './picking.js'
import { wireKeys } from './keys.js'
import { wireSearch } from './search.js'
import { wireStory } from './story.js'
import { multisampledFrame } from './still-frame.js'
import { selectionMarker } from './selection-marker.js'

const FOV = 45
/** How far beyond an area's anchor a focused view reaches: its name, drawn out from the anchor, stays in the window. */
const LABEL_ROOM = 1.4

const model = readModel()
const canvas = document.getElementById('scene') as HTMLCanvasElement
const renderer = new THREE.WebGLRenderer({ canvas, antialias: false })
// Several frames (the scene, then the copy of a multisampled one) can make one picture: count its draw calls together.
renderer.info.autoReset = false
// Level of detail: the still frame multisampled up to 5,000 files; above, thousands of 1–3 px dots gain little from it.
const drawStill =
  model.data.paths.length <= 5000
    ? multisampledFrame(renderer, 4)
    : (s: THREE.Scene, c: THREE.Camera) => {
        renderer.render(s, c)
      }
const stillRatio = Math.min(window.devicePixelRatio, 2)
renderer.setPixelRatio(stillRatio)
renderer.setClearColor(BACKGROUND)
const scene = new THREE.Scene()
const camera = new THREE.PerspectiveCamera(FOV, 1, 1, 1e6)
const radius = model.data.paths.reduce((max, _, id) => Math.max(max, Math.hypot(...model.data.positions.slice(3 * id, 3 * id + 3))), 1)
// The still's direction (from above the band the files lie in: nothing hides the centre).
const viewDirection = new THREE.Vector3(
  Math.sin(AZIMUTH) * Math.cos(ELEVATION),
  Math.sin(ELEVATION),
  Math.cos(AZIMUTH) * Math.cos(ELEVATION),
)
camera.far = radius * 12
const controls = new OrbitControls(camera, canvas)
controls.minDistance = radius * 0.02
controls.maxDistance = radius * 6
const changedIds = model.data.rings.flatMap((ring, id) => (ring === 0 ? [id] : []))
const changeCentre = changedIds
  .reduce((sum, id) => sum.add(new THREE.Vector3().fromArray(model.data.positions, 3 * id)), new THREE.Vector3())
  .divideScalar(Math.max(1, changedIds.length))
const motion = { reduced: window.matchMedia('(prefers-reduced-motion: reduce)').matches }

/** The least distance a framing comes to: a sphere of 60 units around the target fills the window's height. */
const NEAREST = (60 * 1.1) / Math.sin(THREE.MathUtils.degToRad(FOV / 2))
/** The room the panels leave (framing.ts): the scene is framed in it, its target on its centre. */
function room(): Box & { width: number; height: number; x: number; y: number } {
  const r = freeRoom({ left: 0, top: 0, right: canvas.clientWidth, bottom: canvas.clientHeight }, overlayBoxes())
  const [width, height] = [r.right - r.left, r.bottom - r.top]
  return { ...r, width, height, x: r.left + width / 2, y: r.top + height / 2 }
}
/** Where the target lands on screen (CSS pixels): the projection shifted there (a view offset), so turning keeps it. */
const viewCentre = { x: 0, y: 0 }
function placeCentre(x: number, y: number): void {
  const [width, height] = [canvas.clientWidth, canvas.clientHeight]
  Object.assign(viewCentre, { x, y })
  camera.setViewOffset(width, height, width / 2 - x, height / 2 - y, width, height)
  camera.updateProjectionMatrix()
}
let flight: number | undefined
/**
 * Moves the camera to look at `target` from `distance` away along its current direction (or the still's), the target
 * to the centre of the room the panels leave: a short flight, or a jump (with reduced motion, or `jump`).
 */
function frame(target: THREE.Vector3, distance: number, direction?: THREE.Vector3, jump = motion.reduced): void {
  const toward = (direction ?? camera.position.clone().sub(controls.target)).normalize()
  const [fromTarget, fromPosition, fromCentre] = [controls.target.clone(), camera.position.clone(), { ...viewCentre }]
  const toPosition = target.clone().add(toward.multiplyScalar(distance))
  const toCentre = room()
  if (flight !== undefined) cancelAnimationFrame(flight)
  const started = performance.now()
  const step = () => {
    const t = jump ? 1 : Math.min(1, (performance.now() - started) / 600)
    const ease = t * t * (3 - 2 * t)
    controls.target.lerpVectors(fromTarget, target, ease)
    camera.position.lerpVectors(fromPosition, toPosition, ease)
    placeCentre(fromCentre.x + (toCentre.x - fromCentre.x) * ease, fromCentre.y + (toCentre.y - fromCentre.y) * ease)
    controls.update()
    flight = t < 1 ? requestAnimationFrame(step) : undefined
  }
  step()
}
/** The positions of the given files, x, y, z in a row, for framing.ts. */
const positionsOf = (ids: readonly number[]) => ids.flatMap((id) => model.data.positions.slice(3 * id, 3 * id + 3))
/** Frames `points` in the room, from the current direction (or `direction`); `centre`: their box centred (fitView). */
function frameIn(
  points: number[],
  target: THREE.Vector3,
  centre: boolean,
  alsoInRoom: number[] = [],
  direction?: THREE.Vector3,
  jump?: boolean,
): void {
  const toward = (direction ?? camera.position.clone().sub(controls.target)).normalize()
  const fit = fitView(points, target, toward, room(), canvas.clientHeight, THREE.MathUtils.degToRad(FOV), centre, alsoInRoom)
  frame(fit.target, Math.max(NEAREST, fit.distance), toward, jump)
}
/** The change and the files of the rings up to `ring` around it, framed: the change in the middle. */
const frameRings = (ring: number) => {
  frameIn(positionsOf(model.data.rings.flatMap((r, id) => (r >= 0 && r <= ring ? [id] : []))), changeCentre, false)
}

const visibility: Visibility = { maxRing: model.deepest, showOutside: true, kinds: new Set(), importOnly: false, focusArea: -1 }
const layers = buildLayers(model)
scene.add(layers.group)
const marker = selectionMarker()
scene.add(marker.object)

// The changed files keep a label on screen, following them as the scene turns; so do the lit areas' names.
const pinned = changedIds.slice(0, 6)
// A label holds its text as a path does (path-text.ts): a long one is cut at its start, its file name kept.
const pinOf = (text: string, className: string) => {
  const pin = pathText(text)
  pin.classList.add(...className.split(' '))
  document.body.append(pin)
  return pin
}
const pins = pinned.map((id) => pinOf(model.shown[id]!, 'pin'))
const areaPins = model.data.areas.map((area) => pinOf(area.name, 'pin area-pin'))
const anchor = new THREE.Vector3()

let frameQueued = false
// While the camera moves, frames are drawn with less detail (detail.ts); SETTLE_MS after the last move, one full frame.
let moving = false
let settle: ReturnType<typeof setTimeout> | undefined
function moved(): void {
  moving = true
  clearTimeout(settle)
  settle = setTimeout(() => {
    moving = false
    requestRender()
  }, SETTLE_MS)
  requestRender()
}
function render(detail: 'moving' | 'still' = moving ? 'moving' : 'still'): void {
  frameQueued = false
  const ratio = detail === 'moving' ? stillRatio * MOTION_RESOLUTION : stillRatio
  if (renderer.getPixelRatio() !== ratio) {
    renderer.setPixelRatio(ratio)
    renderer.setSize(canvas.clientWidth, canvas.clientHeight, false)
  }
  const scale = (canvas.clientHeight * renderer.getPixelRatio()) / (2 * Math.tan(THREE.MathUtils.degToRad(FOV / 2)))
  layers.update(visibility, scale, detail === 'moving')
  marker.setScale(scale)
  renderer.info.reset()
  if (detail === 'moving') renderer.render(scene, camera)
  else drawStill(scene, camera)
  placeLabels()
}
/**
 * The labels beside the changed files and the lit areas, each where its file or area is on screen, or hidden where it
 * would not be wholly in the window, would sit under a panel (label-room.ts) or would cover a label placed before it.
 * A changed file's label that cannot stand right of its file stands left of it (`flipX`): the change is framed in the
 * room the panels leave, not always in the middle. Every text is set before any size is read: one layout a frame.
 */
function placeLabels(): void {
  const overlays = overlayBoxes()
  const placed: { pin: HTMLElement; x: number; y: number; leftOfPoint: boolean; flipX?: number }[] = []
  pinned.forEach((id, i) => {
    const at = screenPointOf(model, camera, canvas, id)
    pins[i]!.hidden = !at
    if (at) placed.push({ pin: pins[i]!, x: at.x + 16, y: at.y - 9, leftOfPoint: false, flipX: at.x - 16 })
  })
  const rect = canvas.getBoundingClientRect()
  model.data.areas.forEach((area, i) => {
    const n = litFiles(model, i, visibility.maxRing)
    const p = anchor.fromArray(area.anchor).project(camera)
    const pin = areaPins[i]!
    pin.hidden = n === 0 || p.z > 1 || (visibility.focusArea >= 0 && visibility.focusArea !== i)
    if (pin.hidden) return
    const text = `${area.name} · ${count(n)}`
    if (pin.textContent !== text) pin.firstElementChild!.textContent = text
    const [x, y] = [rect.left + ((p.x + 1) / 2) * rect.width, rect.top + ((1 - p.y) / 2) * rect.height]
    placed.push({ pin, x, y: y - 9, leftOfPoint: p.x < 0 })
  })
  const sizes = placed.map(({ pin }) => [pin.offsetWidth, pin.offsetHeight] as const)
  const screen = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }
  // The changed files' labels first, then the areas': a label that would cover one already shown is hidden too.
  const shown: Box[] = []
  placed.forEach(({ pin, x, y, leftOfPoint, flipX }, k) => {
    const [width, height] = sizes[k]!
    const top = Math.round(y)
    const boxAt = (left: number) => ({ left, top, right: left + width, bottom: top + height })
    const sides = [boxAt(Math.round(leftOfPoint ? x - width : x)), ...(flipX === undefined ? [] : [boxAt(Math.round(flipX - width))])]
    const box = sides.find((b) => labelFits(b, screen, [...overlays, ...shown]))
    pin.hidden = !box
    if (!box) return
    pin.style.transform = `translate(${box.left}px, ${top}px)`
    shown.push(box)
  })
}
function requestRender(): void {
  if (!frameQueued)
    requestAnimationFrame(() => {
      render()
    })
  frameQueued = true
}
function resize(): void {
  renderer.setSize(canvas.clientWidth, canvas.clientHeight, false)
  camera.aspect = canvas.clientWidth / Math.max(1, canvas.clientHeight)
  const { x, y } = room()
  placeCentre(x, y)
  requestRender()
}
window.addEventListener('resize', resize)
controls.addEventListener('change', moved)

// Selection: the panel, the marker, and (when chosen from a list) the camera turning to the file.
const panel = document.getElementById('panel')!
const tooltip = document.getElementById('tooltip')!
const panelCue = scrollCue(panel)
let selected: number | null = null
function select(id: number, focus = true): void {
  // A file chosen from a list may be one the filters hide: they change to show it, and the panel says so.
  const shownNow = reveal(model, id, visibility)
  if (shownNow.length) {
    story.stop()
    story.setRing(visibility.maxRing)
    legend.sync()
  }
  selected = id
  tooltip.hidden = true
  showPanel(
    panel,
    model,
    id,
    (next) => {
      select(next)
    },
    clearSelection,
    shownNow,
  )
  panel.scrollTop = 0
  panelCue.update()
  fold.foldIfNarrow()
  marker.place(model.data.positions.slice(3 * id, 3 * id + 3), nodeSize(model, id))
  if (focus) frame(new THREE.Vector3().fromArray(model.data.positions, 3 * id), camera.position.distanceTo(controls.target))
  requestRender()
}
function clearSelection(): void {
  selected = null
  panel.hidden = true
  marker.hide()
  requestRender()
}

// Hover shows the path; a click (not a drag) selects. Picking runs at most once per frame.
let pointer: ScreenPoint | null = null
let pickQueued = false
const pickAt = (at: ScreenPoint) => pickNode(model, camera, canvas, at, visibility, (id) => nodeSize(model, id))
canvas.addEventListener('pointermove', (event) => {
  pointer = { x: event.clientX, y: event.clientY }
  if (pickQueued) return
  pickQueued = true
  requestAnimationFrame(() => {
    pickQueued = false
    const hit = pointer && pickAt(pointer)
    tooltip.hidden = hit === null || hit === undefined
    if (hit !== null && hit !== undefined && pointer) {
      tooltip.textContent = model.shown[hit]!
      placeTooltip(pointer)
    }
  })
})
/** Below and right of the pointer, or, where it would leave the window there, on the pointer's other side. */
function placeTooltip(at: ScreenPoint): void {
  const [width, height] = [tooltip.offsetWidth, tooltip.offsetHeight]
  const left = at.x + 14 + width <= window.innerWidth ? at.x + 14 : at.x - 14 - width
  const top = at.y + 10 + height <= window.innerHeight ? at.y + 10 : at.y - 10 - height
  tooltip.style.left = `${Math.max(0, left)}px`
  tooltip.style.top = `${Math.max(0, top)}px`
}
canvas.addEventListener('pointerleave', () => {
  pointer = null
  tooltip.hidden = true
})
let downAt: ScreenPoint | null = null
canvas.addEventListener('pointerdown', (event) => (downAt = { x: event.clientX, y: event.clientY }))
canvas.addEventListener('pointerup', (event) => {
  if (!downAt || Math.hypot(event.clientX - downAt.x, event.clientY - downAt.y) > 4) return
  const hit = pickAt({ x: event.clientX, y: event.clientY })
  if (hit === null) clearSelection()
  else select(hit, false)
})

wireSearch(
  document.getElementById('search-box') as HTMLInputElement,
  document.getElementById('results') as HTMLUListElement,
  model,
  select,
  (id) => isShown(model, id, visibility),
)
const legendCue = scrollCue(document.getElementById('legend')!)
const changed = () => {
  if (selected !== null && !isShown(model, selected, visibility)) clearSelection()
  legendCue.update()
  requestRender()
}
const legend = wireLegend(model, layers.edgeKinds, visibility, motion, changed)
const fold = wireFold(document.getElementById('legend')!, document.getElementById('legend-toggle') as HTMLButtonElement, changed)
/** Focus an area (its files bright, the others faint, the camera on it), or show all again. */
function focusArea(area: number): void {
  visibility.focusArea = visibility.focusArea === area ? -1 : area
  if (visibility.focusArea < 0) frameRings(visibility.maxRing)
  else {
    const ids = model.data.area.flatMap((a, id) => (a === area && model.data.rings[id]! > 0 ? [id] : []))
    const centre = ids
      .reduce((sum, id) => sum.add(new THREE.Vector3().fromArray(model.data.positions, 3 * id)), new THREE.Vector3())
      .divideScalar(Math.max(1, ids.length))
    // Its name stands at its anchor, beyond the outer ring: framed with room for it, or the focus would hide its name.
    const nameAt = new THREE.Vector3().fromArray(model.data.areas[area]!.anchor)
    const named = centre.clone().lerp(nameAt, LABEL_ROOM).toArray()
    frameIn(positionsOf(ids), centre, true, named)
  }
  story.setRing(visibility.maxRing)
}
const story = wireStory(model, visibility, {
  changed,
  focus: focusArea,
  reducedMotion: () => motion.reduced,
  // While playing, the view widens with the lit rings.
  onRing: (ring, playing) => {
    if (playing && visibility.focusArea < 0) frameRings(ring)
  },
})
document.getElementById('play')!.addEventListener('click', () => {
  story.play()
})
document.getElementById('fewer')!.addEventListener('click', () => {
  story.stop()
  story.setRing(visibility.maxRing - 1)
})
document.getElementById('more')!.addEventListener('click', () => {
  story.stop()
  story.setRing(visibility.maxRing + 1)
})
story.setRing(visibility.maxRing)
wireKeys(document.getElementById('legend')!, {
  play: () => {
    story.play()
  },
  ring: (delta) => {
    story.stop()
    story.setRing(visibility.maxRing + delta)
  },
  turn: (dx, dy) => {
    const offset = camera.position.clone().sub(controls.target)
    const spherical = new THREE.Spherical().setFromVector3(offset)
    spherical.theta += dx * 0.12
    spherical.phi = Math.min(Math.PI - 0.05, Math.max(0.05, spherical.phi + dy * 0.12))
    camera.position.copy(controls.target).add(new THREE.Vector3().setFromSpherical(spherical))
    controls.update()
  },
  frameChange: () => {
    frameRings(Math.min(2, model.deepest))
  },
  escape: () => {
    if (visibility.focusArea >= 0) focusArea(visibility.focusArea)
    else clearSelection()
  },
  search: () => {
    ;(document.getElementById('search-box') as HTMLInputElement).focus()
  },
})
resize()
// Open on the still's view of every file, centred in the room the panels leave (the legend laid out by now).
frameIn(positionsOf(model.data.paths.map((_, id) => id)), changeCentre, true, [], viewDirection.clone(), true)
render()

/** For automation and tests: where a file is drawn, what is selected, how many draw calls a frame takes. */
Object.assign(window, {
  blastRadiusViewer: {
    nodes: model.data.paths.length,
    screenPointOf: (path: string) => {
      const id = model.data.paths.indexOf(path)
      return id < 0 ? null : screenPointOf(model, camera, canvas, id)
    },
    selectedPath: () => (selected === null ? null : model.data.paths[selected]),
    drawCalls: () => (render(), renderer.info.render.calls),
    /** Areas in the side list, in its order (the order they lit up in). */
    listedAreas: () => Array.from(document.querySelectorAll('#areas li:not([hidden]) button'), (b) => b.textContent),
    /** True when the camera rests and the full frame is on screen (what a screenshot should wait for). */
    still: () => !moving && !frameQueued && flight === undefined,
    /**
     * Milliseconds per frame over `frames` frames, turning the scene a little each time; each frame
     * is waited for (a pixel read back), so the figure is the GPU's work too. `detail`: the frames of
     * a moving camera (what turning and flying show) or the full frame drawn once the camera rests.
     * For docs/benchmarks.md.
     */
    frameTimes: (frames: number, detail: 'moving' | 'still' = 'moving') => {
      const gl = renderer.getContext()
      const pixel = new Uint8Array(4)
      const times: number[] = []
      for (let i = 0; i < frames; i++) {
        const started = performance.now()
        camera.position.applyAxisAngle(new THREE.Vector3(0, 1, 0), 0.02)
        controls.update()
        render(detail)
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel)
        times.push(performance.now() - started)
      }
      return times
    },
  },
})
