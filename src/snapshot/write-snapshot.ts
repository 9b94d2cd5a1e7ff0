import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportGraph } from '../graph/import-graph.js'
import type { Impact } from '../impact/blast-radius.js'
import { renderPng } from './render-png.js'
import { buildScene } from './scene.js'
import { snapshotSvg } from './snapshot-svg.js'
import { viewerData } from './viewer-data.js'
import { viewerHtml } from './viewer-html.js'
import { viewerScript } from './viewer-script.js'

export interface SnapshotFiles {
  readonly png: string
  readonly html: string
}

/** Writes snapshot.png (the still) and snapshot.html (the viewer) of one scene into `outDir`. */
export async function writeSnapshot(outDir: string, graph: ImportGraph, impact: Impact): Promise<SnapshotFiles> {
  const scene = buildScene(graph, impact)
  const [png, script] = await Promise.all([renderPng(snapshotSvg(scene)), viewerScript()])
  const files = { png: join(outDir, 'snapshot.png'), html: join(outDir, 'snapshot.html') }
  await mkdir(outDir, { recursive: true })
  await writeFile(files.png, png)
  await writeFile(files.html, viewerHtml(viewerData(scene), script))
  return files
}
