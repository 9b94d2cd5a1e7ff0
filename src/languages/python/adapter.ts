import { baseName, dirOf, type RepoPath } from '../../core/repo-path.js'
import type { LanguageAdapter } from '../adapter.js'
import { PythonModuleIndex } from './module-index.js'
import { PythonExtractor, type ExtractionPath } from './extract.js'
import { isPyFacts, PY_FACTS_VERSION, type PyFacts } from './facts.js'
import { pythonParser } from './parser.js'
import { resolvePython } from './resolve.js'
import { selectPythonFiles } from './select.js'

export class PythonAdapter implements LanguageAdapter<PyFacts> {
  readonly id = 'python' as const
  private extractor: PythonExtractor | undefined

  constructor(private readonly extraction: ExtractionPath = 'fast') {}

  readonly factsVersion = PY_FACTS_VERSION
  select = selectPythonFiles
  resolve = resolvePython
  isFacts = isPyFacts

  /**
   * A file's module name depends on the roots, and adding it changes them only through its folder
   * (which then holds a module, or is a package when it is an `__init__`). So the paths of one folder
   * and one such role are named together, by one index: exactly as one by one, without building an
   * index of the whole repository per removed file.
   */
  namesOf(paths: readonly RepoPath[], files: readonly RepoPath[]): Map<RepoPath, string[]> {
    const groups = new Map<string, RepoPath[]>()
    for (const path of paths) {
      if (!/\.pyi?$/.test(path)) continue
      const key = `${dirOf(path)}\0${/^__init__\.pyi?$/.test(baseName(path))}`
      const group = groups.get(key)
      if (group) group.push(path)
      else groups.set(key, [path])
    }
    const names = new Map<RepoPath, string[]>()
    for (const group of groups.values()) {
      const added = new Set<string>(group)
      const index = new PythonModuleIndex([...files.filter((f) => !added.has(f)), ...group])
      for (const path of group) {
        const parts = index.moduleParts(path)
        names.set(path, parts.length ? [parts.join('.')] : [])
      }
    }
    return names
  }

  async init(): Promise<void> {
    this.extractor ??= new PythonExtractor(await pythonParser(), this.extraction)
  }

  extract(source: Uint8Array): PyFacts {
    if (!this.extractor) throw new Error('PythonAdapter.extract called before init()')
    return this.extractor.extract(source)
  }
}
