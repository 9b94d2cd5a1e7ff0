// The viewer's panels at the window sizes people use, and the scene framed in the room they leave.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { launchChromium } from './browser.js'
import { bigGraph } from './test-graphs.js'
import { open, overlappingPanels, resizeTo, still } from './viewer-page.js'

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
