import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RepoPath } from '../../src/core/repo-path.js'
import type { ResolveContext } from '../../src/languages/adapter.js'
import { byCodePoint } from '../../src/core/repo-path.js'
import { PythonExtractor } from '../../src/languages/python/extract.js'
import { pythonParser } from '../../src/languages/python/parser.js'
import { readPathFacts } from '../../src/languages/python/path-facts.js'
import { resolvePython, type PythonResolution } from '../../src/languages/python/resolve.js'
import { selectPythonFiles } from '../../src/languages/python/select.js'

export const FIXTURES = fileURLToPath(new URL('../fixtures/python-roots/', import.meta.url))

/** Every file of a folder, relative to it, with `/`. */
export async function filesBelow(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[relative(dir, path).split('\\').join('/')] = await readFile(path, 'utf8')
  }
  return files
}

/**
 * Python's resolution of a repository given as path → text: extraction as the adapter runs it (full
 * parse), the path facts beside it, the repository's files as the resolve context.
 */
export async function resolveFiles(files: Record<string, string>, settings?: ResolveContext['settings']): Promise<PythonResolution> {
  const all = Object.keys(files).sort(byCodePoint) as RepoPath[]
  const facts = await factsOf(
    files,
    selectPythonFiles(all.map((path) => ({ path }))).map((f) => f.path),
  )
  return resolvePython(facts, { files: all, readText: (path) => files[path], ...(settings && { settings }) })
}

/**
 * Resolution as a caller with only the facts runs it (`resolvePython(facts)`, no context): every file
 * given is a Python file, stubs beside their sources too (no selection drops them).
 */
export async function resolveFactsOnly(files: Record<string, string>): Promise<PythonResolution> {
  return resolvePython(await factsOf(files, Object.keys(files) as RepoPath[]))
}

/** Extraction as the adapter runs it (full parse), and the path facts beside it, for the given files. */
async function factsOf(files: Record<string, string>, paths: readonly RepoPath[]) {
  const parser = await pythonParser()
  const extractor = new PythonExtractor(parser, 'full')
  const facts = new Map()
  for (const path of paths) {
    const text = files[path]!
    facts.set(path, { ...extractor.extract(new TextEncoder().encode(text)), ...readPathFacts(text, parser, path) })
  }
  return facts
}

export async function resolveFixture(name: string): Promise<PythonResolution> {
  return resolveFiles(await filesBelow(join(FIXTURES, name)))
}

/** Edges as `from -> to (kind)`, `package` and `conftest` edges left out: the specifications are about statements. */
export function importLines(resolution: PythonResolution): string[] {
  return resolution.edges
    .filter((e) => e.kind !== 'package' && e.kind !== 'conftest')
    .map((e) => `${e.from} -> ${e.to} (${e.kind})`)
    .sort(byCodePoint)
}

/** Unresolved imports as `from:line specifier`, with ` (local)` where they look local. */
export function unresolvedLines(resolution: PythonResolution): string[] {
  return resolution.unresolved.map(
    (u) => `${u.from}:${u.line} ${u.specifier}${(u as { looksLocal?: boolean }).looksLocal ? ' (local)' : ''}`,
  )
}
