import type { RepoPath } from '../../core/repo-path.js'
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

  namesOf(path: RepoPath, files: readonly RepoPath[]): string[] {
    if (!/\.pyi?$/.test(path)) return []
    const parts = new PythonModuleIndex([...files.filter((f) => f !== path), path]).moduleParts(path)
    return parts.length ? [parts.join('.')] : []
  }

  async init(): Promise<void> {
    this.extractor ??= new PythonExtractor(await pythonParser(), this.extraction)
  }

  extract(source: Uint8Array): PyFacts {
    if (!this.extractor) throw new Error('PythonAdapter.extract called before init()')
    return this.extractor.extract(source)
  }
}
