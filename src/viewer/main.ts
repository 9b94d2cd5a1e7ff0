import * as THREE from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { AZIMUTH, ELEVATION } from '../snapshot/camera.js'
import { BACKGROUND } from '../snapshot/palette.js'
import { buildLayers, nodeSize, type Visibility } from './layers.js'
import { wireLegend } from './legend-ui.js'
import { readModel } from './model.js'
import { showPanel } from './panel.js'
import { isShown, pickNode, screenPointOf, type ScreenPoint } from './picking.js'
import { wireSearch } from './search.js'
import { selectionMarker } from './selection-marker.js'

const FOV = 45

const model = readModel()
const canvas = document.getElementById('scene') as HTMLCanvasElement
const renderer = new THREE.WebGLRenderer({ canvas, antialias: true })
renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2))
renderer.setClearColor(BACKGROUND)
const scene = new THREE.Scene()
const camera = new THREE.PerspectiveCamera(FOV, 1, 1, 1e6)
const radius = model.data.paths.reduce((max, _, id) => Math.max(max, Math.hypot(...model.data.positions.slice(3 * id, 3 * id + 3))), 1)
// Open on the still's view, so the page and the picture match.
const distance = (radius * 0.95) / Math.sin(THREE.MathUtils.degToRad(FOV / 2))
camera.position.set(Math.sin(AZIMUTH) * Math.cos(ELEVATION), Math.sin(ELEVATION), Math.cos(AZIMUTH) * Math.cos(ELEVATION)).multiplyScalar(distance)
camera.far = distance * 4
const controls = new OrbitControls(camera, canvas)
controls.minDistance = radius * 0.05
controls.maxDistance = distance * 2.5

const visibility: Visibility = { maxRing: model.deepest, showOutside: true, kinds: new Set(model.data.kinds) }
const layers = buildLayers(model)
scene.add(layers.group)
const marker = selectionMarker()
scene.add(marker.object)

// The changed files keep a label on screen, following them as the scene turns.
const pinned = model.data.rings.flatMap((ring, id) => (ring === 0 ? [id] : [])).slice(0, 6)
const pins = pinned.map((id) => {
  const pin = document.createElement('div')
  pin.className = 'pin'
  pin.textContent = model.shown[id]!
  document.body.append(pin)
  return pin
})

let frameQueued = false
function render(): void {
  frameQueued = false
  const scale = (canvas.clientHeight * renderer.getPixelRatio()) / (2 * Math.tan(THREE.MathUtils.degToRad(FOV / 2)))
  layers.update(visibility, scale)
  marker.setScale(scale)
  renderer.render(scene, camera)
  pinned.forEach((id, i) => {
    const at = screenPointOf(model, camera, canvas, id)
    pins[i]!.hidden = !at
    if (at) pins[i]!.style.transform = `translate(${Math.round(at.x + 16)}px, ${Math.round(at.y - 9)}px)`
  })
}
function requestRender(): void {
  if (!frameQueued) requestAnimationFrame(render)
  frameQueued = true
}
function resize(): void {
  renderer.setSize(canvas.clientWidth, canvas.clientHeight, false)
  camera.aspect = canvas.clientWidth / Math.max(1, canvas.clientHeight)
  camera.updateProjectionMatrix()
  requestRender()
}
window.addEventListener('resize', resize)
controls.addEventListener('change', requestRender)

// Selection: the panel, the marker, and (when chosen from a list) the camera turning to the file.
const panel = document.getElementById('panel')!
const tooltip = document.getElementById('tooltip')!
let selected: number | null = null
function select(id: number, focus = true): void {
  selected = id
  tooltip.hidden = true
  showPanel(panel, model, id, (next) => select(next), clearSelection)
  marker.place(model.data.positions.slice(3 * id, 3 * id + 3), nodeSize(model, id))
  if (focus) {
    const target = new THREE.Vector3().fromArray(model.data.positions, 3 * id)
    camera.position.add(target.clone().sub(controls.target))
    controls.target.copy(target)
    controls.update()
  }
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
      tooltip.style.left = `${pointer.x + 14}px`
      tooltip.style.top = `${pointer.y + 10}px`
    }
  })
})
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

wireSearch(document.getElementById('search-box') as HTMLInputElement, document.getElementById('results') as HTMLUListElement, model, select)
wireLegend(model, visibility, () => {
  if (selected !== null && !isShown(model, selected, visibility)) clearSelection()
  requestRender()
})
resize()
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
  },
})
