import { createHash } from 'node:crypto'
import type { FactsCache } from '../cache/facts-cache.js'
import { byCodePoint, type RepoPath } from '../core/repo-path.js'
import type { LanguageAdapter, Resolution, ResolveContext } from '../languages/adapter.js'
import { isArrayOf, isLine, isRecord, isStrings } from './cached-shape.js'
import { edgeTable, edgeTableData, edgeTableFrom, type EdgeTable } from './edge-table.js'
import { namespace } from './extract-files.js'
import type { ExtractedFacts } from './extracted-facts.js'

/**
 * The cache's namespace for resolutions (an adapter's facts are kept under its id, or `id:dialect`):
 * under the adapter's id, what its last resolution read (`Memo`); under `id result`, what it gave.
 */
const NAMESPACE = '#resolution'

/** Between the paths, and the keys, of a memo: git refuses NUL in a path, and no key holds one. */
const SEPARATOR = '\0'

/** What a language's resolution read in the run that kept it. */
interface Memo {
  /** A digest of the tree's file list and the run's settings. */
  readonly tree: string
  /**
   * The files it was given facts of, in code-point order, and the content key of each one's facts, each
   * list as one string, joined by NUL (in no path or key): two long strings are kept in the entry itself,
   * where a list of them would put every path and key into the cache's string table once more.
   */
  readonly paths: string
  readonly keys: string
  /** Each text it read through `readText`, by path, as a digest (null: there was none). */
  readonly reads: readonly (readonly [string, string | null])[]
  /** Where its resolution is kept: under `id result` in the namespace. */
  readonly result: string
}

/** What the graph takes of a resolution (a language's own extras, such as Python's layout, left out), its edges as a table. */
export type GraphPart = Omit<Resolution, 'edges'> & { readonly edges: EdgeTable }

/** How a language's resolution was come by: `reused`, from an earlier run whose inputs were all the same. */
export interface Resolved {
  readonly resolution: GraphPart
  readonly reused: boolean
}

/**
 * The adapter's resolution of these facts, from the cache when an earlier run resolved the same inputs:
 * the same files with the same facts, the same tree and settings, and the same text of every file that
 * resolution read (its configuration files). Resolution is a function of those alone
 * (LanguageAdapter.resolve), so the one kept is the one it would give. A change that leaves a file's
 * facts as they were (a function body edited below its imports, a comment) keeps it; a file added,
 * removed or importing otherwise, or a configuration file changed, resolves again. `keys`: each file's
 * content key, as its facts are cached by; without a cache or a key for every file, it just resolves.
 */
export async function resolveRemembered<Facts>(
  adapter: LanguageAdapter<Facts>,
  facts: ExtractedFacts<Facts>,
  keys: ReadonlyMap<RepoPath, string>,
  context: ResolveContext,
  cache: FactsCache | undefined,
): Promise<Resolved> {
  const ordered = [...facts.paths()].sort(byCodePoint)
  const kept = cache && keptResolution(adapter, facts, ordered, keys, context, cache)
  if (kept) return { resolution: kept, reused: true }
  // Resolution reads every file's facts: those the cache held are decoded now (a file extracted again and skipped then is left out).
  const whole = await facts.complete()
  const paths = whole.size === ordered.length ? ordered : ordered.filter((path) => whole.has(path))
  const current = keysOf(paths, keys)
  if (!cache || !current) return { resolution: graphPart(adapter.resolve(whole, context), paths), reused: false }
  const tree = treeDigest(context)
  const reads = new Map<string, string | null>()
  const resolution = graphPart(
    adapter.resolve(whole, {
      ...context,
      readText(path) {
        const text = context.readText(path)
        reads.set(path, digestOf(text))
        return text
      },
    }),
    paths,
  )
  const read = [...reads].sort(([a], [b]) => byCodePoint(a, b))
  const result = createHash('sha256')
    .update(JSON.stringify([tree, current, read]))
    .digest('hex')
    .slice(0, 32)
  cache.set(NAMESPACE, adapter.id, {
    tree,
    paths: paths.join(SEPARATOR),
    keys: current.join(SEPARATOR),
    reads: read,
    result,
  } satisfies Memo)
  cache.set(NAMESPACE, `${adapter.id} ${result}`, { ...resolution, edges: edgeTableData(resolution.edges, paths) })
  return { resolution, reused: false }
}

/** The resolution an earlier run kept for these inputs (`paths` in code-point order), or undefined when any of them differs. */
function keptResolution<Facts>(
  adapter: LanguageAdapter<Facts>,
  facts: ExtractedFacts<Facts>,
  paths: readonly RepoPath[],
  keys: ReadonlyMap<RepoPath, string>,
  context: ResolveContext,
  cache: FactsCache,
): GraphPart | undefined {
  const current = keysOf(paths, keys)
  if (!current) return undefined
  const keysNow = current.join(SEPARATOR)
  const memo = cache.recall(NAMESPACE, adapter.id)
  if (!isMemo(memo) || memo.tree !== treeDigest(context) || !sameFacts(adapter, memo, paths, current, keysNow, facts, cache))
    return undefined
  const readsSame = memo.reads.every(([path, digest]) => digestOf(context.readText(path as RepoPath)) === digest)
  const resolution = readsSame ? graphPartFrom(cache.recall(NAMESPACE, `${adapter.id} ${memo.result}`), paths) : undefined
  if (!resolution) return undefined
  // Files whose content changed but whose facts did not are kept by their new keys from now on.
  if (memo.keys !== keysNow) cache.set(NAMESPACE, adapter.id, { ...memo, keys: keysNow })
  return resolution
}

/** Each file's content key, in the files' order; undefined when one has none (nothing is remembered then). */
function keysOf(paths: readonly RepoPath[], keys: ReadonlyMap<RepoPath, string>): string[] | undefined {
  const given = paths.map((path) => keys.get(path))
  return given.includes(undefined) ? undefined : (given as string[])
}

/**
 * Whether the memo's files are these, each with the same facts: the same content key, or, where the
 * content changed, facts equal to those the cache still holds for the old content. `keysNow`: `current`
 * joined as the memo keeps it, made once by the caller (4 MB at 100,000 files).
 */
function sameFacts<Facts>(
  adapter: LanguageAdapter<Facts>,
  memo: Memo,
  paths: readonly RepoPath[],
  current: readonly string[],
  keysNow: string,
  facts: ExtractedFacts<Facts>,
  cache: FactsCache,
): boolean {
  if (memo.paths !== paths.join(SEPARATOR)) return false
  if (memo.keys === keysNow) return true
  const keys = memo.keys.split(SEPARATOR)
  if (keys.length !== paths.length) return false
  for (let k = 0; k < paths.length; k++) {
    if (keys[k] === current[k]) continue
    const before = cache.peek(namespace(adapter, paths[k]!), keys[k]!)
    if (before === undefined || JSON.stringify(before) !== JSON.stringify(facts.get(paths[k]!))) return false
  }
  return true
}

/** Each tree's digest, once for all its languages. */
const treeDigests = new WeakMap<ResolveContext, string>()

/** The file list and the settings, which resolution sees whole: one string hashed (an update per path cost Django 12 ms). */
function treeDigest(context: ResolveContext): string {
  let digest = treeDigests.get(context)
  if (digest === undefined) {
    const text = `${context.files.join('\0')}\0${JSON.stringify(context.settings ?? {})}`
    treeDigests.set(context, (digest = createHash('sha256').update(text).digest('hex')))
  }
  return digest
}

function digestOf(text: string | undefined): string | null {
  return text === undefined ? null : createHash('sha256').update(text).digest('hex')
}

/** What the graph takes of a resolution, as plain data but for its table of edges (whose files are `paths` first). */
function graphPart(resolution: Resolution, paths: readonly RepoPath[]): GraphPart {
  const { edges, unresolved, dynamic, partial, attributes, tests, roots, groups } = resolution
  return {
    edges: edgeTable(edges, paths),
    unresolved,
    dynamic,
    partial,
    attributes,
    tests,
    ...(roots && { roots }),
    ...(groups && { groups }),
  }
}

function isMemo(value: unknown): value is Memo {
  return (
    isRecord(value) &&
    typeof value.tree === 'string' &&
    typeof value.result === 'string' &&
    typeof value.paths === 'string' &&
    typeof value.keys === 'string' &&
    Array.isArray(value.reads) &&
    value.reads.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === 'string' && (r[1] === null || typeof r[1] === 'string'))
  )
}

/** The graph part kept in the cache for the files `paths` (as the memo has them), if it has the shape the graph relies on. */
function graphPartFrom(value: unknown, paths: readonly RepoPath[]): GraphPart | undefined {
  if (!isRecord(value)) return undefined
  const reference = (x: Record<string, unknown>) =>
    typeof x.from === 'string' &&
    typeof x.specifier === 'string' &&
    isLine(x.line) &&
    (x.looksLocal === undefined || typeof x.looksLocal === 'boolean')
  const partial = (x: Record<string, unknown>) => typeof x.path === 'string' && isLine(x.line)
  const group = (x: Record<string, unknown>) =>
    typeof x.kind === 'string' && isStrings(x.members) && (x.alsoOn === undefined || isStrings(x.alsoOn))
  const root = (x: Record<string, unknown>) =>
    typeof x.language === 'string' &&
    typeof x.project === 'string' &&
    isStrings(x.files) &&
    isStrings(x.problems) &&
    (x.fixture === undefined || typeof x.fixture === 'string') &&
    isArrayOf(x.roots, (r) => typeof r.dir === 'string' && typeof r.why === 'string')
  const edges = edgeTableFrom(value.edges, paths)
  const shaped =
    edges !== undefined &&
    isArrayOf(value.unresolved, reference) &&
    isArrayOf(value.dynamic, (x) => typeof x.from === 'string' && typeof x.specifier === 'string' && isLine(x.line)) &&
    isArrayOf(value.partial, partial) &&
    isArrayOf(value.attributes, reference) &&
    isStrings(value.tests) &&
    (value.roots === undefined || isArrayOf(value.roots, root)) &&
    (value.groups === undefined || isArrayOf(value.groups, group))
  return shaped ? ({ ...value, edges } as GraphPart) : undefined
}
