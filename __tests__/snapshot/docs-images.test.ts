import { describe, expect, it } from '@jest/globals'
import { copyFile, mkdtemp } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { writeSnapshot } from '../../src/snapshot/write-snapshot.js'
import { launchChromium } from './browser.js'
import { DJANGO } from './test-graphs.js'

const IMAGES = fileURLToPath(new URL('../../docs/images/', import.meta.url))
const CHANGED = 'django/dispatch/dispatcher.py' as RepoPath

interface Hook {
  still(): boolean
}
const still = () => (window as unknown as { blastRadiusViewer?: Hook }).blastRadiusViewer?.still() === true

/**
 * Not a check: regenerates the snapshot's pictures in docs/images (the card, the viewer at open and
 * after play) for Django 4.2.28 with dispatcher.py changed. Runs only when asked for, with the corpus
 * on this machine: UPDATE_DOCS_IMAGES=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/snapshot/docs-images
 */
describe('docs/images', () => {
  const asked = process.env.UPDATE_DOCS_IMAGES === '1' && existsSync(DJANGO)
  ;(asked ? it : it.skip)('Django, dispatcher.py changed: the card, the viewer at open and after play', async () => {
    const graph = await buildGraph(DJANGO)
    const files = await writeSnapshot(await mkdtemp(join(tmpdir(), 'blast-radius-docs-images-')), graph, blastRadius(graph, [CHANGED]))
    await copyFile(files.png, join(IMAGES, 'snapshot-django-dispatcher.png'))
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(pathToFileURL(files.html).href)
      await page.waitForFunction(still, undefined, { timeout: 120_000 })
      await page.screenshot({ path: join(IMAGES, 'snapshot-django-dispatcher-viewer.png') })
      await page.getByRole('button', { name: '▶ play' }).click()
      await page.waitForFunction(() => document.getElementById('ring-status')!.textContent.startsWith('all '), undefined, {
        timeout: 120_000,
      })
      await page.waitForFunction(still)
      await page.screenshot({ path: join(IMAGES, 'snapshot-django-dispatcher-played.png') })
      expect(await page.locator('#areas li:not([hidden])').count()).toBeGreaterThan(1)
    } finally {
      await browser.close()
    }
  })
})
