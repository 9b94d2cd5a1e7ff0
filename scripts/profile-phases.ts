// One corpus, phase by phase, in one process: what each step of a `graph` or `diff` run costs, so that
// the next person sees where the time goes (issue 18). Bundled and run by scripts/profile.mjs; not part
// of the engine. It calls the engine's own modules one step at a time, in the order buildGraph and
// analyzeChange call them, with the Python extraction split into decode + pre-scan and the tree-sitter
// parse of what the scan found (the fast path). Extraction runs in this one thread: the CLI's threads
// divide that phase, nothing else. Prints one JSON line: {phase: ms}, and counts.
import { mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FactsCache } from '../src/cache/facts-cache.js'
import type { Edge } from '../src/core/model.js'
import type { RepoPath } from '../src/core/repo-path.js'
import { discoverFiles } from '../src/discover/discover.js'
import { SourceReader } from '../src/discover/read-source.js'
import { ImportGraph, type GraphFile } from '../src/graph/import-graph.js'
import { blastRadius } from '../src/impact/blast-radius.js'
import type { ResolveContext } from '../src/languages/adapter.js'
import { decodePython } from '../src/languages/python/decode.js'
import { scanPython } from '../src/languages/python/scan.js'
import { languageAdapters } from '../src/languages/registry.js'
import { graphJsonText } from '../src/report/graph-json.js'
import { writeSnapshot } from '../src/snapshot/write-snapshot.js'

const repoDir = process.argv[2]
if (!repoDir) throw new Error('usage: profile-phases DIR')
const phases: Record<string, number> = {}
let mark = performance.now()
phases['node start'] = mark
const lap = (phase: string) => {
  const now = performance.now()
  phases[phase] = (phases[phase] ?? 0) + now - mark
  mark = now
}

const all = languageAdapters('fast')
const discovery = await discoverFiles(repoDir)
lap('discovery')
// As buildGraph does: only the languages the repository has load their grammars.
const adapters = all.filter((a) => a.select(discovery.files).length)
await Promise.all(adapters.map((a) => a.init()))
lap('WASM init')
const reader = new SourceReader(repoDir)
const paths = discovery.files.map((f) => f.path)
const known = new Set<string>(paths)
const decoder = new TextDecoder('utf-8')
const context: ResolveContext = {
  files: paths,
  readText: (path) => {
    const read = known.has(path) ? reader.read(path) : undefined
    return read && 'bytes' in read ? decoder.decode(read.bytes) : undefined
  },
}
const files: GraphFile[] = []
const edges: Edge[] = []
const cached: { language: string; key: string; facts: unknown }[] = []
let parsed = 0
for (const adapter of adapters) {
  const selected = adapter.select(discovery.files)
  const bytes = new Map<RepoPath, Uint8Array>()
  mark = performance.now()
  for (const file of selected) {
    const read = reader.read(file.path)
    if ('bytes' in read) bytes.set(file.path, read.bytes)
  }
  lap('read')
  if (adapter.id === 'python') {
    for (const source of bytes.values()) scanPython(decodePython(source))
    lap('decode + pre-scan')
  }
  const facts = new Map<RepoPath, unknown>()
  for (const [path, source] of bytes) {
    try {
      const found = adapter.extract(source, path)
      facts.set(path, found)
      cached.push({ language: adapter.id, key: `${adapter.id}:${path}`, facts: found })
    } catch {
      // Skipped by the engine with its reason; a profile only counts what it parses.
    }
  }
  parsed += facts.size
  // The fast extraction repeats the decode and the scan: what is left is the rest of its work (tree-sitter only where the scan sends it).
  phases['rest of extraction'] = (phases['rest of extraction'] ?? 0) + performance.now() - mark
  if (adapter.id === 'python') phases['rest of extraction']! -= phases['decode + pre-scan']!
  mark = performance.now()
  const resolution = adapter.resolve(facts, context)
  for (const edge of resolution.edges) edges.push(edge)
  const tests = new Set(resolution.tests)
  for (const path of facts.keys()) files.push({ path, language: adapter.languageOf(path), test: tests.has(path) })
  lap('resolution')
}
const graph = new ImportGraph({ kinds: adapters.flatMap((a) => a.edgeKinds), files, edges })
lap('graph')
const changed = graph.files.filter((_, i) => i % Math.ceil(graph.files.length / 10) === 0).map((f) => f.path)
const impact = blastRadius(graph, changed)
blastRadius(graph, changed, { kinds: new Set(graph.kinds.filter((k) => k.atLoad).map((k) => k.kind)) })
lap('BFS (10 changed files, both radii)')
const devNull = openSync('/dev/null', 'w')
for (const piece of graphJsonText(graph)) writeSync(devNull, piece)
lap('graph JSON')
const scratch = mkdtempSync(join(tmpdir(), 'profile-'))
try {
  // The most imported file: the largest scene, as a change to Django's dispatcher.py gives.
  const importers = new Map<RepoPath, number>()
  for (const edge of graph.edges) importers.set(edge.to, (importers.get(edge.to) ?? 0) + 1)
  const hub = [...importers].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
  await writeSnapshot(join(scratch, 'snapshot'), graph, blastRadius(graph, [hub]))
  lap('snapshot (layout, 2 PNGs, viewer)')
  const cache = await FactsCache.open(join(scratch, 'cache'), 'profile')
  for (const entry of cached) cache.set(entry.language, entry.key, entry.facts)
  await cache.save()
  lap('cache save')
  const again = await FactsCache.open(join(scratch, 'cache'), 'profile')
  for (const entry of cached) again.get(entry.language, entry.key)
  lap('cache load (every entry)')
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
process.stdout.write(
  JSON.stringify({ files: graph.files.length, parsed, edges: graph.edges.length, affected: impact.affected.total, phases }) + '\n',
)
