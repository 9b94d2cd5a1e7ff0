import { describe, expect, it } from '@jest/globals'
import type { Edge } from '../../src/core/model.js'
import type { RepoPath } from '../../src/core/repo-path.js'
import { blastRadius } from '../../src/impact/blast-radius.js'
import { CARD, LEGEND, legendRows, ringsLegendSvg, type LegendRow } from '../../src/snapshot/legend-svg.js'
import { CHANGED_COLOUR, OUTSIDE_COLOUR, ringColour, ringLabel } from '../../src/snapshot/palette.js'
import { buildScene } from '../../src/snapshot/scene.js'
import { snapshotSvg } from '../../src/snapshot/snapshot-svg.js'
import { pythonGraph } from '../helpers/python-graph.js'
import { textBoxes } from './text-boxes.js'

/** Clear space between a legend row's name and its count: more than a space of the legend's text (4.8 px). */
const ROW_GAP = 8

/** The rows of a legend whose rings hold these counts (the last ring deeper than the palette, so named `ring 8+`). */
function rowsOf(changed: number, rings: readonly number[], outside: number): LegendRow[] {
  return [
    { colour: CHANGED_COLOUR, label: 'changed', files: changed },
    ...rings.map((files, i) => ({ colour: ringColour(i + 1), label: ringLabel(i + 1, rings.length + 1), files })),
    { colour: OUTSIDE_COLOUR, label: 'not affected', files: outside },
  ]
}

/** What is wrong with a legend's rows as drawn: a name that touches its count, a count over its bar, a bar off the card. */
async function legendFaults(rows: readonly LegendRow[]): Promise<string[]> {
  const svg = ringsLegendSvg(rows)
  const boxes = await textBoxes(svg)
  expect(boxes).toHaveLength(2 * rows.length)
  const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map(([, x, width]) => ({
    left: Number(x),
    right: Number(x) + Number(width),
  }))
  return rows.flatMap((_, i) => {
    const [name, files, bar] = [boxes[2 * i]!, boxes[2 * i + 1]!, bars[i]!]
    const at = `${name.body} · ${files.body}`
    return [
      ...(files.left - name.right < ROW_GAP ? [`${at}: ${(files.left - name.right).toFixed(1)} px between name and count`] : []),
      ...(files.right > bar.left ? [`${at}: the count runs ${(files.right - bar.left).toFixed(1)} px over its bar`] : []),
      ...(bar.right > CARD.width - 8 ? [`${at}: the bar ends at ${bar.right}`] : []),
    ]
  })
}

describe("the card's text, as resvg lays it out", () => {
  it('keeps each legend row apart (name, count, bar) for any count up to a billion files', async () => {
    const faults: string[] = []
    for (const outside of [1_234, 99_999, 123_456, 12_345_678, 999_999_999, 1_000_000_000]) {
      faults.push(...(await legendFaults(rowsOf(3, [outside, 40, 7, 2, 1, 1, 1, 1], outside))))
    }
    expect(faults).toEqual([])
  })

  it('keeps the legend where it was for Django-sized counts', async () => {
    const rows = rowsOf(1, [62, 610, 900, 480, 140, 60, 20, 9], 479)
    const boxes = await textBoxes(ringsLegendSvg(rows))
    const counts = boxes.filter((_, i) => i % 2 === 1)
    // Names from the legend's left (after the swatch), counts ending 40 px short of its right (the bars after them).
    for (const name of boxes.filter((_, i) => i % 2 === 0)) expect(name.left - LEGEND.left).toBeCloseTo(19, -0.5)
    for (const files of counts) expect(LEGEND.right - files.right).toBeCloseTo(41, -0.5)
  })

  it('draws a card of 123,456 files not affected with its legend apart and the area names clear of it', async () => {
    // Folders with long names, so that the names on the right are pushed against the stage's edge.
    const folder = (k: number) => `package_with_a_long_name_${k}`
    const changed = `${folder(0)}/core.py` as RepoPath
    const readers = [1, 2, 3].map((k) => `${folder(k)}/reader.py` as RepoPath)
    const rest = Array.from({ length: 123_456 }, (_, i) => `${folder(i % 8)}/sub${i % 50}/mod${i}.py` as RepoPath)
    const edges: Edge[] = readers.map((from) => ({ from, to: changed, kind: 'import' }))
    const graph = pythonGraph({ files: [changed, ...readers, ...rest], edges })
    const scene = buildScene(graph, blastRadius(graph, [changed]))
    const rows = legendRows(scene)
    expect(rows.map((r) => r.files)).toEqual([1, 3, 123_456])
    const svg = snapshotSvg(scene)
    expect(svg).toContain(ringsLegendSvg(rows))
    expect(await legendFaults(rows)).toEqual([])
    // The swatches' left edge is the legend's.
    const swatches = [...ringsLegendSvg(rows).matchAll(/<circle cx="([\d.]+)" cy="[\d.]+" r="([\d.]+)"/g)]
    const legendLeft = Math.min(...swatches.map(([, x, r]) => Number(x) - Number(r)))
    const areaNames = (await textBoxes(svg)).filter((box) => scene.areas.some((area) => box.body.startsWith(area.name)))
    expect(areaNames.length).toBeGreaterThan(1)
    // Some name does stand at the stage's edge, 12 px short of the legend: where the legend moved, the stage did too.
    expect(Math.max(...areaNames.map((box) => box.right))).toBeGreaterThan(legendLeft - 14)
    for (const box of areaNames)
      expect({ name: box.body, right: Math.min(box.right, legendLeft) }).toEqual({ name: box.body, right: box.right })
  })
})

/** The stage (what the scene is fitted into) starts 8 px into the card and ends 12 px short of the legend. */
const STAGE_LEFT = 8
/** How far ink may reach past a text's advance: a glyph's overhang (a fraction of a pixel). */
const INK_OVER = 1

describe("the card's text, shortened by its width", () => {
  const changedAt = (path: string, folders: readonly string[] = []) => {
    const changed = path as RepoPath
    const readers = folders.flatMap((folder) => [1, 2, 3].map((k) => `${folder}/reader${k}.py` as RepoPath))
    const graph = pythonGraph({
      files: [changed, ...readers],
      edges: readers.map((from) => ({ from, to: changed, kind: 'import' as const })),
    })
    return buildScene(graph, blastRadius(graph, [changed]))
  }

  it('keeps a title of wide capitals on the card, cut in the middle', async () => {
    const wide = `${'W'.repeat(80)}/${'M'.repeat(40)}.py`
    const title = (await textBoxes(snapshotSvg(changedAt(wide)))).find((box) => box.body.startsWith('Blast radius'))
    expect(title!.body).toMatch(/^Blast radius of W+…M+\.py$/u)
    expect(title!.right).toBeLessThanOrEqual(CARD.width - 16)
    // Cut no more than it must: one more character would not fit.
    expect(title!.right).toBeGreaterThan(CARD.width - 16 - 20)
  })

  it('shows an ordinary 68-character title whole, as before', async () => {
    const path = 'django/contrib/admin/templatetags/admin_modify_x.py'
    const title = (await textBoxes(snapshotSvg(changedAt(path)))).find((box) => box.body.startsWith('Blast radius'))
    expect(`Blast radius of ${path}`).toHaveLength(67)
    expect(title!.body).toBe(`Blast radius of ${path}`)
  })

  it("keeps a changed file's name of wide capitals on the stage, left of the legend", async () => {
    const wide = `${'W'.repeat(60)}.py`
    const scene = changedAt(wide)
    const svg = snapshotSvg(scene)
    const label = (await textBoxes(svg)).find((box) => box.body.startsWith('WWW') && box.body.endsWith('.py'))!
    expect(label.body).toContain('…')
    expect(label.left).toBeGreaterThanOrEqual(STAGE_LEFT - INK_OVER)
    expect(label.right).toBeLessThanOrEqual(LEGEND.left - 12 + INK_OVER)
  })

  it("keeps areas' names of wide capitals on the stage, clear of the legend and of the card's edge", async () => {
    const folders = [
      'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWA',
      'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWB',
      'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMC',
    ]
    const scene = changedAt('core/base.py', folders)
    const names = (await textBoxes(snapshotSvg(scene))).filter((box) => /^[WM]{3}.*· \d+$/u.test(box.body))
    expect(names.length).toBeGreaterThanOrEqual(3)
    for (const name of names) {
      expect(name.body).toContain('…')
      const [left, right] = [STAGE_LEFT - INK_OVER, LEGEND.left - 12 + INK_OVER]
      expect({ name: name.body, left: Math.max(name.left, left), right: Math.min(name.right, right) }).toEqual({
        name: name.body,
        left: name.left,
        right: name.right,
      })
    }
  })
})
