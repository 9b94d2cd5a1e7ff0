// The viewer's panels at the window sizes people use, and the scene framed in the room they leave.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { launchChromium } from './browser.js'
import { bigGraph } from './test-graphs.js'
import { open, overlappingPanels, resizeTo, roomBeside, screenPoints, still, type Room } from './viewer-page.js'

let browser: BrowserContext

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => browser?.close())

/** The file most files import: the tallest panel. */
const hub = (page: Page) =>
  page.evaluate(() => {
    const data = JSON.parse(document.getElementById('blast-radius-data')!.textContent!) as { paths: string[]; edges: number[] }
    const importers = new Array<number>(data.paths.length).fill(0)
    for (let i = 0; i < data.edges.length; i += 4) importers[data.edges[i + 1]!]!++
    return data.paths[importers.indexOf(Math.max(...importers))]!
  })

/**
 * The controls of the legend, the search box and the file panel that a person cannot reach: scrolled into view in
 * their panel, the point at their centre is outside the window or another element's (something covers it).
 */
const unreachable = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('#legend :is(button, input), #search input, #panel :is(button, li[role=button])'))
      .filter((control) => control.getClientRects().length > 0)
      .flatMap((control) => {
        control.scrollIntoView({ block: 'nearest', inline: 'nearest' })
        const r = control.getBoundingClientRect()
        const [x, y] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2]
        const hit = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? document.elementFromPoint(x, y) : null
        return hit && (hit === control || control.contains(hit))
          ? []
          : [control.id || control.title || control.textContent || control.tagName]
      }),
  )

/**
 * The files' points on screen centred in the room (their bounding box's centre within 4 % of the room's size of the
 * room's centre), all inside it (none under a panel, though they fit beside it), and filling `fill` of it (the box's
 * share of the room's width or height).
 */
function expectFramedIn(points: { x: number; y: number }[], room: Room, fill: number) {
  const [xs, ys] = [points.map((p) => p.x), points.map((p) => p.y)]
  const box = { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) }
  const [width, height] = [room.right - room.left, room.bottom - room.top]
  const off = {
    x: Math.abs((box.left + box.right) / 2 - (room.left + room.right) / 2) / width,
    y: Math.abs((box.top + box.bottom) / 2 - (room.top + room.bottom) / 2) / height,
  }
  expect({ x: off.x < 0.04, y: off.y < 0.04, off }).toEqual({ x: true, y: true, off })
  expect(points.filter((p) => p.x < room.left || p.x > room.right || p.y < room.top || p.y > room.bottom)).toEqual([])
  expect(Math.max((box.right - box.left) / width, (box.bottom - box.top) / height)).toBeGreaterThan(fill)
}

describe('the viewer frames the scene in the room the panels leave', () => {
  it('at the opening view, and an area in focus beside the file panel', async () => {
    const big = await bigGraph()
    const { page, errors } = await open(browser, `room-${big.name}`, big.graph, [big.changed])
    await still(page)
    const drawn = async (keep: (p: { path: string; ring: number }) => boolean) =>
      (await screenPoints(page)).filter((p) => keep(p)).map((p) => p.at!)
    expectFramedIn(await drawn(() => true), await roomBeside(page), 0.8)
    // The file panel open, then an area focused: its files framed between the legend and the panel.
    await page.locator('#search-box').fill(await hub(page))
    await page.locator('#search-box').press('Enter')
    await page.waitForSelector('#panel:not([hidden])')
    const area = page.locator('#areas button').first()
    const name = (await area.textContent())!.split(' · ')[0]!
    await area.click()
    await still(page)
    const inArea = await page.evaluate((name) => {
      const data = JSON.parse(document.getElementById('blast-radius-data')!.textContent!) as {
        paths: string[]
        rings: number[]
        area: number[]
        areas: { name: string }[]
      }
      const focused = data.areas.findIndex((a) => a.name === name)
      return data.paths.filter((_, id) => data.area[id] === focused && data.rings[id]! > 0)
    }, name)
    // The room for its name, drawn out beyond the files from its anchor, keeps them from filling it as much.
    expectFramedIn(await drawn((p) => inArea.includes(p.path)), await roomBeside(page), 0.2)
    expect(errors).toEqual([])
    await page.close()
  })
})

describe('the viewer at the sizes of windows people use', () => {
  it('lays the legend, the search box and the file panel side by side or one under another, every control reachable', async () => {
    const big = await bigGraph()
    const { page, errors } = await open(browser, `layout-${big.name}`, big.graph, [big.changed])
    const tallest = await hub(page)
    for (const size of [
      { width: 360, height: 640 },
      { width: 390, height: 844 },
      { width: 600, height: 800 },
      { width: 745, height: 900 },
      { width: 800, height: 600 },
      { width: 1024, height: 600 },
      { width: 1280, height: 600 },
      { width: 1600, height: 900 },
    ]) {
      await resizeTo(page, size)
      await page.locator('#search-box').fill(tallest)
      await page.locator('#search-box').press('Enter')
      await page.waitForFunction((path) => document.getElementById('panel-path')?.textContent === path, tallest)
      await still(page)
      expect({ ...size, overlapping: await overlappingPanels(page) }).toEqual({ ...size, overlapping: [] })
      // A legend folded away (a narrow window) opens again beside the panel.
      const toggle = page.locator('#legend-toggle')
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()
      expect({ ...size, overlapping: await overlappingPanels(page) }).toEqual({ ...size, overlapping: [] })
      expect({ ...size, unreachable: await unreachable(page) }).toEqual({ ...size, unreachable: [] })
      await page.keyboard.press('Escape')
    }
    expect(errors).toEqual([])
    await page.close()
  })
})
