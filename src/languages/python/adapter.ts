import type { SourceFile, Unresolved } from '../../core/model.js'
import type { RepoPath } from '../../core/repo-path.js'
import type { ExtractionMode, ImporterOf, LanguageAdapter, ResolveContext } from '../adapter.js'
import type { Parser } from 'web-tree-sitter'
import type { Hunk } from '../../core/model.js'
import { pythonChangedNames } from './changed-names.js'
import { decodePython } from './decode.js'
import { readPathFacts } from './path-facts.js'
import { PythonExtractor } from './extract.js'
import { isPyFacts, type PyFacts } from './facts.js'
import { PY_EDGE_KINDS } from './kinds.js'
import { pythonParser, PYTHON_GRAMMARS } from './parser.js'
import { isInit } from './module-index.js'
import { pythonNameUsers, type NameSource } from './name-users.js'
import { importsNamingRemoved } from './removed-imports.js'
import { moduleIndexOf, resolvePython } from './resolve.js'
import { selectPythonFiles } from './select.js'
import { warmUp } from './warm-up.js'
import { PYTEST, pythonAffectsAllTests } from './test-runner.js'

export class PythonAdapter implements LanguageAdapter<PyFacts> {
  readonly id = 'python'
  readonly grammars = PYTHON_GRAMMARS
  readonly edgeKinds = PY_EDGE_KINDS
  readonly languageNames = { python: 'Python' }
  readonly dynamicMeaning = '`importlib.import_module` or `__import__` with a literal name'
  private extractor: PythonExtractor | undefined

  constructor(private readonly extraction: ExtractionMode = 'fast') {}

  select(files: readonly SourceFile[]): SourceFile[] {
    return selectPythonFiles(files)
  }

  languageOf(): string {
    return 'python'
  }

  dialectOf(): string {
    return 'python'
  }

  isFacts(value: unknown): value is PyFacts {
    return isPyFacts(value)
  }

  resolve(facts: ReadonlyMap<RepoPath, PyFacts>, context: ResolveContext) {
    return resolvePython(facts, context)
  }

  /** Each graph's module names, by its facts: built when names are first asked for (most runs never do), once. */
  private readonly sources = new WeakMap<ReadonlyMap<RepoPath, PyFacts>, NameSource>()

  importersUsing(
    changed: RepoPath,
    names: readonly string[],
    importersOf: (path: RepoPath) => readonly ImporterOf[],
    context: ResolveContext,
    facts: ReadonlyMap<RepoPath, PyFacts>,
  ) {
    let source = this.sources.get(facts)
    if (!source) {
      // The index as resolution builds it: the same files in the same order, the same layout.
      const { index } = moduleIndexOf(facts, context)
      this.sources.set(facts, (source = { facts, moduleParts: (file) => index.moduleParts(file), isPackage: isInit }))
    }
    return pythonNameUsers(changed, names, importersOf, source)
  }

  /** Names removed files under the repository's packaging, setup.py's literal call read as extraction reads it. */
  importsNaming(removed: readonly RepoPath[], references: readonly Unresolved[], context: ResolveContext) {
    const parser = this.parser
    const setupOf = (path: RepoPath) => {
      const text = parser ? context.readText(path) : undefined
      return parser && text !== undefined ? readPathFacts(text, parser, path).setup : undefined
    }
    return importsNamingRemoved(removed, references, context, setupOf)
  }

  private parser: Parser | undefined

  affectsAllTests = pythonAffectsAllTests

  readonly testRunner = PYTEST

  changedNames(text: string, hunks: readonly Hunk[]) {
    // Without the parser (an adapter no graph was built with) nothing is known of the names: all of them.
    if (!this.parser) return { all: true as const, why: 'the module was not read' }
    return pythonChangedNames(this.parser, text, hunks)
  }

  async init(files?: number): Promise<void> {
    this.parser ??= await pythonParser()
    if (this.extractor) return
    this.extractor = new PythonExtractor(this.parser, this.extraction)
    if (this.extraction === 'fast') warmUp(this.extractor, files)
  }

  extract(source: Uint8Array, path: RepoPath): PyFacts {
    if (!this.extractor || !this.parser) throw new Error('PythonAdapter.extract called before init()')
    // Throws, with the reason, for bytes that are not text in their encoding: the caller skips the file.
    const text = decodePython(source)
    return { ...this.extractor.extractText(text), ...readPathFacts(text, this.parser, path, this.extraction) }
  }
}
