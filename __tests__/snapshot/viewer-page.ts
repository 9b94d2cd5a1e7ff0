// The viewer opened in a real browser, for the browser tests: how a page is opened and waited for, and what every
// view of it must hold (its labels readable).
import { expect } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import type { RepoPath } from '../../src/core/repo-path.js'
import type { ImportGraph } from '../../src/graph/import-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { BACKGROUND } from '../../src/snapshot/palette.js'
import { writeSnapshot } from '../../src/snapshot/write-snapshot.js'
import { decodePng } from './png-pixels.js'

export const SHOTS = mkdtempSync(join(tmpdir(), 'blast-radius-viewer-shots-'))
export const BACKGROUND_RGB = [1, 3, 5].map((i) => parseInt(BACKGROUND.slice(i, i + 2), 16)) as [number, number, number]

export interface Opened {
  readonly page: Page
  readonly errors: string[]
  readonly requests: string[]
}

interface ViewerHook {
  nodes: number
  screenPointOf(path: string): { x: number; y: number } | null
  selectedPath(): string | null
  drawCalls(): number
  listedAreas(): string[]
  still(): boolean
  frameTimes(frames: number, detail?: 'moving' | 'still'): number[]
}
declare global {
  interface Window {
    blastRadiusViewer?: ViewerHook
  }
}

/** Writes the snapshot of `changed` and opens its viewer from disk, recording console errors and every request. */
export async function open(browser: BrowserContext, name: string, graph: ImportGraph, changed: readonly RepoPath[]): Promise<Opened> {
  const { html } = await writeSnapshot(join(SHOTS, name), graph, blastRadius(graph, changed))
  const page = await browser.newPage()
  const errors: string[] = []
  const requests: string[] = []
  const url = pathToFileURL(html).href
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('request', (r) => r.url() !== url && requests.push(r.url()))
  await page.goto(url)
  await page.waitForFunction(() => window.blastRadiusViewer !== undefined, undefined, { timeout: 60_000 })
  return { page, errors, requests }
}

/** Waits until the camera rests and the full frame (not a moving one, with less detail) is on screen. */
export const still = (page: Page) => page.waitForFunction(() => window.blastRadiusViewer!.still())

/** The canvas as pixels, from a real screenshot of the full frame: what a person would see. */
export async function canvasPixels(page: Page, file: string) {
  await still(page)
  const png = await page.locator('#scene').screenshot({ path: join(SHOTS, file) })
  return decodePng(png)
}

/** Where each file is drawn on the page (null: behind the camera), with its ring. */
export const screenPoints = (page: Page) =>
  page.evaluate(() => {
    const data = JSON.parse(document.getElementById('blast-radius-data')!.textContent) as { paths: string[]; rings: number[] }
    return data.paths.map((path, i) => ({ path, ring: data.rings[i]!, at: window.blastRadiusViewer!.screenPointOf(path) }))
  })

/**
 * Every label on screen can be read: wholly inside the window, under none of the panels drawn over the scene (the
 * legend, the search box, the file panel when open) and over no other label, as the browser lays them out.
 */
export async function expectLabelsClear(page: Page) {
  await still(page)
  const clashes = await page.evaluate(() => {
    const panels = ['legend', 'search', 'panel'].flatMap((id) => {
      const element = document.getElementById(id)!
      return element.hidden ? [] : [{ id: `#${id}`, box: element.getBoundingClientRect() }]
    })
    const found: string[] = []
    const pins = Array.from(document.querySelectorAll<HTMLElement>('.pin:not([hidden])'), (pin) => ({
      id: pin.textContent,
      box: pin.getBoundingClientRect(),
    }))
    pins.forEach(({ id: text, box: r }, i) => {
      if (r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight) found.push(`${text} leaves the window`)
      for (const { id, box } of [...panels, ...pins.slice(i + 1)])
        if (r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom) found.push(`${text} under ${id}`)
    })
    return found
  })
  expect(clashes).toEqual([])
}

/** The panels drawn over the scene, by id, that overlap another. */
export const overlappingPanels = (page: Page) =>
  page.evaluate(() => {
    const boxes = ['legend', 'search', 'panel'].flatMap((id) => {
      const element = document.getElementById(id)!
      return element.hidden ? [] : [{ id, box: element.getBoundingClientRect() }]
    })
    return boxes.flatMap(({ id, box: a }, i) =>
      boxes
        .slice(i + 1)
        .filter(({ box: b }) => a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom)
        .map((b) => `#${id} over #${b.id}`),
    )
  })

/** Resizes the window and waits for the page to have taken it in: its resize event handled, the full frame drawn. */
export async function resizeTo(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size)
  await page.waitForFunction((width) => window.innerWidth === width, size.width)
  // Resize events are dispatched before the next animation frame's callbacks.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await still(page)
}

export interface Room {
  left: number
  top: number
  right: number
  bottom: number
}

/**
 * The room the panels leave in a wide window: right of the legend, below the search box (which stands in that
 * column), left of the file panel when open or the window's edge.
 */
export const roomBeside = (page: Page) =>
  page.evaluate((): Room => {
    const box = (id: string) => document.getElementById(id)!.getBoundingClientRect()
    const panel = document.getElementById('panel')!
    return {
      left: box('legend').right,
      top: box('search').bottom,
      right: panel.hidden ? innerWidth : box('panel').left,
      bottom: innerHeight,
    }
  })
