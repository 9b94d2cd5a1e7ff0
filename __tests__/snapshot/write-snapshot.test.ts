import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RepoPath } from '../../src/core/repo-path.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { viewerHtml } from '../../src/snapshot/viewer-html.js'
import { writeSnapshot } from '../../src/snapshot/write-snapshot.js'
import { inlineData } from './inline-data.js'
import { decodePng } from './png-pixels.js'
import { SMALL_REPO } from './test-graphs.js'

describe('writeSnapshot', () => {
  it('writes snapshot.png and a self-contained snapshot.html', async () => {
    const out = await mkdtemp(join(tmpdir(), 'blast-radius-snapshot-'))
    try {
      const graph = await buildGraph(SMALL_REPO)
      const files = await writeSnapshot(join(out, 'new-folder'), graph, blastRadius(graph, ['app/core/config.py' as RepoPath]))
      expect(files).toEqual({
        png: join(out, 'new-folder', 'snapshot.png'),
        png2x: join(out, 'new-folder', 'snapshot-2x.png'),
        html: join(out, 'new-folder', 'snapshot.html'),
      })
      const png = decodePng(await readFile(files.png))
      expect([png.width, png.height]).toEqual([800, 520])
      const png2x = decodePng(await readFile(files.png2x))
      expect([png2x.width, png2x.height]).toEqual([1600, 1040])

      const html = await readFile(files.html, 'utf8')
      const data = inlineData(html)
      expect(data.paths).toContain('tests/test_views.py')
      expect(data.rings[data.paths.indexOf('app/core/config.py')]).toBe(0)
      expect(data.rings[data.paths.indexOf('tests/test_views.py')]).toBe(3)
      expect(data.rings[data.paths.indexOf('app/util.py')]).toBe(-1)
      expect(data.positions).toHaveLength(3 * data.paths.length)
      // three.js is inline (its WebGLRenderer is in the script), and nothing is loaded from elsewhere.
      expect(html).toContain('WebGLRenderer')
      expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="(?!data:)/i)
      expect(html).toContain("default-src 'none'")
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })

  it('leaves no viewer behind when the card cannot be rendered', async () => {
    const out = await mkdtemp(join(tmpdir(), 'blast-radius-snapshot-failed-'))
    try {
      const graph = await buildGraph(SMALL_REPO)
      const impact = blastRadius(graph, ['app/core/config.py' as RepoPath])
      const failing = () => Promise.reject(new Error('resvg could not read the SVG'))
      await expect(writeSnapshot(out, graph, impact, failing)).rejects.toThrow('resvg could not read the SVG')
      expect(await readdir(out)).toEqual([])
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })

  it('escapes a path that would end the inline script', async () => {
    const evil = '</script><script>alert(1)</script>.py'
    const html = viewerHtml(
      {
        title: evil,
        subtitle: '',
        paths: [evil],
        rings: [0],
        via: [-1],
        viaLines: [0],
        bends: [0, 0, 0],
        downstream: [0],
        positions: [0, 0, 0],
        area: [0],
        atImport: [1],
        areas: [],
        edges: [],
        kinds: [],
        legend: [],
        notes: [],
        atImportCount: 0,
        shellOuter: [0, 0],
      },
      '/* script */',
    )
    expect(html.match(/<script/g)).toHaveLength(2)
    expect(inlineData(html).paths).toEqual([evil])
  })
})
