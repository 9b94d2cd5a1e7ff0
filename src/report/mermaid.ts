import { byCodePoint, dirOf, type RepoPath } from '../core/repo-path.js'
import type { ImportGraph } from '../graph/import-graph.js'
import type { AffectedFile } from '../impact/blast-radius.js'
import { elide, mermaidLabel } from '../format/escape.js'
import { plural } from '../format/numbers.js'

/** GitHub draws larger diagrams poorly or not at all; the issue fixes these bounds (all strict). */
export const MERMAID_LIMITS = { nodes: 100, edges: 200, chars: 20_000 } as const

/** Nodes at most for [changed, ring 1, ring 2]: together under MERMAID_LIMITS.nodes. */
const RING_NODES = [15, 40, 40] as const
/** Labels are cut to this many characters; halved while a drawing of odd names is still too long. */
const LABEL_CHARS = 80

export interface MermaidDiagram {
  /** The fenced ```mermaid block. */
  readonly block: string
  readonly nodes: number
  readonly edges: number
  /** Edges left out because even the most folded drawing had too many. */
  readonly edgesNotDrawn: number
}

/** How one ring's files become nodes: each file its own, or one node per group, by the group's label. */
type Fold = ((path: RepoPath) => string) | 'file'

const folder = (path: string) => `${dirOf(path) || '.'}/`

/** Folding for [changed, ring 1, ring 2], least folded first: rings 1 and 2 by the report's areas. */
function levels(area: (path: RepoPath) => string): (readonly [Fold, Fold, Fold])[] {
  return [
    ['file', 'file', 'file'],
    ['file', 'file', area],
    ['file', area, area],
    [folder, area, area],
  ]
}

/** A path the change removes (`removed`) or renames away (`renamed`: the old name), and the files still importing it. */
export interface GonePath {
  readonly status: 'removed' | 'renamed'
  readonly importers: readonly RepoPath[]
}

const CLASSES = ['changed', 'ring1', 'ring2'] as const
const CLASS_DEFS = [
  '  classDef changed fill:#fde2e1,stroke:#cf222e,color:#1f2328',
  '  classDef ring1 fill:#fff1d6,stroke:#bf8700,color:#1f2328',
  '  classDef ring2 fill:#eef1f4,stroke:#57606a,color:#1f2328',
]

/**
 * The changed files, ring 1 and ring 2 of the union radius, each arrow from a file to a file it imports
 * (as in the chains: one direction everywhere). `gone`: files the change removes, and renamed files' old
 * paths, with the files that still import them: drawn as changed files ("(removed)", "(old name)"),
 * their importers' arrows the imports that break. The least folded drawing that fits is chosen, rings 1
 * and 2 folded into the areas of the radius (`areaName`: a file's area, as the report names it) with
 * their counts; when none fits, the most folded one keeps each ring's largest groups and merges the
 * rest into one "…more" node. Undefined when nothing imports the changed files.
 */
export function mermaidDiagram(
  graph: ImportGraph,
  changed: readonly RepoPath[],
  affected: readonly AffectedFile[],
  areaName: (path: string) => string,
  gone: ReadonlyMap<RepoPath, GonePath> = new Map(),
): MermaidDiagram | undefined {
  const ringOf = new Map<RepoPath, number>([...changed, ...gone.keys()].map((p) => [p, 0]))
  const sources = ringOf.size
  for (const file of affected) if (file.ring <= 2) ringOf.set(file.path, file.ring)
  if (ringOf.size === sources) return undefined
  const links = importLinks(graph, ringOf)
  for (const [path, { importers }] of gone) for (const importer of importers) if (ringOf.get(importer) === 1) links.push([path, importer])
  const folds = levels(areaName)
  for (const level of folds) {
    const drawing = draw(level, ringOf, links, false, LABEL_CHARS, gone)
    if (drawing) return drawing
  }
  for (let width = LABEL_CHARS; ; width = Math.floor(width / 2)) {
    const drawing = draw(folds[folds.length - 1]!, ringOf, links, true, width, gone)!
    if (drawing.block.length < MERMAID_LIMITS.chars || width < 8) return drawing
  }
}

/** Pairs [imported, importer] one ring apart, both within ring 2. */
function importLinks(graph: ImportGraph, ringOf: ReadonlyMap<RepoPath, number>): [RepoPath, RepoPath][] {
  const links: [RepoPath, RepoPath][] = []
  for (const [importer, ring] of ringOf) {
    if (ring === 0) continue
    for (const imported of graph.importsOf(importer)) {
      if (ringOf.get(imported) === ring - 1) links.push([imported, importer])
    }
  }
  return links
}

interface Group {
  readonly ring: number
  readonly label: string
  readonly folded: boolean
  readonly files: RepoPath[]
}

/** The drawing at one level of folding; undefined when it does not fit and `merge` is off. */
function draw(
  folds: readonly [Fold, Fold, Fold],
  ringOf: ReadonlyMap<RepoPath, number>,
  links: readonly [RepoPath, RepoPath][],
  merge: boolean,
  labelChars: number,
  gone: ReadonlyMap<RepoPath, GonePath>,
): MermaidDiagram | undefined {
  const groups = new Map<string, Group>()
  for (const [path, ring] of ringOf) {
    const fold = folds[ring]!
    const was = gone.get(path)?.status
    const label = fold === 'file' ? (was ? `${path} (${was === 'removed' ? 'removed' : 'old name'})` : path) : fold(path)
    const key = `${ring}:${label}`
    const group = groups.get(key) ?? { ring, label, folded: fold !== 'file', files: [] }
    group.files.push(path)
    groups.set(key, group)
  }
  const nodes: Group[] = []
  for (const ring of [0, 1, 2]) {
    const own = [...groups.values()]
      .filter((g) => g.ring === ring)
      .sort((a, b) => b.files.length - a.files.length || byCodePoint(a.label, b.label))
    if (own.length <= RING_NODES[ring]!) nodes.push(...own.sort((a, b) => byCodePoint(a.label, b.label)))
    else if (!merge) return undefined
    else {
      const kept = own.slice(0, RING_NODES[ring]! - 1).sort((a, b) => byCodePoint(a.label, b.label))
      const rest = own.slice(kept.length)
      const files = rest.flatMap((g) => g.files)
      nodes.push(...kept, {
        ring,
        label: `…${plural(files.length, 'more file')} in ${plural(rest.length, 'more group')}`,
        folded: false,
        files,
      })
    }
  }
  const idOf = new Map<RepoPath, string>()
  nodes.forEach((node, i) => {
    node.files.forEach((path) => idOf.set(path, `n${i}`))
  })
  const edges = new Map<string, [number, number]>()
  for (const [imported, importer] of links) {
    const pair: [number, number] = [Number(idOf.get(imported)!.slice(1)), Number(idOf.get(importer)!.slice(1))]
    edges.set(pair.join(), pair)
  }
  const sorted = [...edges.values()].sort(([a, b], [c, d]) => a - c || b - d)
  if (!merge && sorted.length >= MERMAID_LIMITS.edges) return undefined
  const drawn = sorted.slice(0, MERMAID_LIMITS.edges - 1)
  const block = [
    '```mermaid',
    'flowchart LR',
    ...nodes.map((node, i) => `  n${i}["${mermaidLabel(nodeText(node, labelChars))}"]:::${CLASSES[node.ring]}`),
    ...drawn.map(([imported, importer]) => `  n${importer} --> n${imported}`),
    ...CLASS_DEFS,
    '```',
  ].join('\n')
  if (!merge && block.length >= MERMAID_LIMITS.chars) return undefined
  return { block, nodes: nodes.length, edges: drawn.length, edgesNotDrawn: sorted.length - drawn.length }
}

/** A folder node names its folder and size; one holding a single file names the file instead. */
function nodeText(node: Group, labelChars: number): string {
  if (node.folded && node.files.length === 1) return elide(node.files[0]!, labelChars)
  const label = elide(node.label, labelChars)
  return node.folded ? `${label} · ${plural(node.files.length, 'file')}` : label
}
