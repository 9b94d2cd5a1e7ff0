import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportGraph } from '../graph/import-graph.js'
import type { Impact } from '../impact/blast-radius.js'
import { startCardRenderer } from './render-cards.js'
import { buildScene } from './scene.js'
import { snapshotSvg } from './snapshot-svg.js'
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

/** Writes snapshot.png and snapshot-2x.png (the card) and snapshot.html (the viewer) of one scene into `outDir`. */
export async function writeSnapshot(outDir: string, graph: ImportGraph, impact: Impact): Promise<SnapshotFiles> {
  // Started first: from the bundle it is another process, which boots while this one draws (render-cards.ts).
  const render = startCardRenderer()
  const scene = buildScene(graph, impact)
  const files = { png: join(outDir, 'snapshot.png'), png2x: join(outDir, 'snapshot-2x.png'), html: join(outDir, 'snapshot.html') }
  const writeViewer = async () => {
    await mkdir(outDir, { recursive: true })
    await writeFile(files.html, viewerHtml(viewerData(scene), await viewerScript()))
  }
  // The cards render while this process writes the viewer; both from one render of the 2x card.
  const [{ png, png2x }] = await Promise.all([render(snapshotSvg(scene, 2)), writeViewer()])
  await writeFile(files.png, png)
  await writeFile(files.png2x, png2x)
  return files
}
