import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportGraph } from '../graph/import-graph.js'
import type { Impact } from '../impact/blast-radius.js'
import { startCardRenderer, type CardRenderer } from './render-cards.js'
import { buildScene } from './scene.js'
import { cardDrawing } from './snapshot-svg.js'
import { viewerData } from './viewer-data.js'
import { viewerHtml } from './viewer-html.js'
import { viewerScript } from './viewer-script.js'

export interface SnapshotFiles {
  /** The card at comment width (800 px). */
  readonly png: string
  /** The same card at twice the pixels, for high-density screens (shown at 800 px). */
  readonly png2x: string
  readonly html: string
}

/**
 * Writes snapshot.png and snapshot-2x.png (the card) and snapshot.html (the viewer) of one scene into `outDir`.
 * `render` is best started when the run starts (startCardRenderer): from the bundle it is another process, which
 * boots, loads resvg and warms it while this one builds the graph; started here, it boots while this one draws.
 */
export async function writeSnapshot(
  outDir: string,
  graph: ImportGraph,
  impact: Impact,
  render: CardRenderer = startCardRenderer(),
): Promise<SnapshotFiles> {
  const scene = buildScene(graph, impact)
  const files = { png: join(outDir, 'snapshot.png'), png2x: join(outDir, 'snapshot-2x.png'), html: join(outDir, 'snapshot.html') }
  const writeViewer = async () => {
    await mkdir(outDir, { recursive: true })
    await writeFile(files.html, viewerHtml(viewerData(scene), await viewerScript()))
  }
  // The cards render while this process writes the viewer; both from one render of the 2x card, band by band.
  const cards = render(cardDrawing(scene, 2))
  const viewer = writeViewer()
  try {
    const [{ png, png2x }] = await Promise.all([cards, viewer])
    await writeFile(files.png, png)
    await writeFile(files.png2x, png2x)
  } catch (error) {
    // No half a snapshot: a viewer without its card is not left behind to be published or linked.
    await viewer.catch(() => undefined)
    await rm(files.html, { force: true })
    throw error
  }
  return files
}
