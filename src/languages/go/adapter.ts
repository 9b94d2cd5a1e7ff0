import type { SourceFile, Unresolved } from '../../core/model.js'
import type { RepoPath } from '../../core/repo-path.js'
import type { ExtractionMode, LanguageAdapter, Resolution, ResolveContext } from '../adapter.js'
import { GoExtractor } from './extract.js'
import { isGoFacts, type GoFacts } from './facts.js'
import { GO_EDGE_KINDS } from './kinds.js'
import { goParser, GO_GRAMMARS } from './parser.js'
import { goImportsNamingRemoved } from './removed-imports.js'
import { resolveGo } from './resolve.js'
import { goLeftOutReason, selectGoFiles } from './select.js'

/** Go by CONTRACTS.md §6: packages, modules and workspaces, the union over every platform. */
export class GoAdapter implements LanguageAdapter<GoFacts> {
  readonly id = 'go'
  readonly grammars = GO_GRAMMARS
  readonly edgeKinds = GO_EDGE_KINDS
  readonly languageNames = { go: 'Go' }
  readonly dynamicMeaning = 'none: Go has no imports by a computed name'
  readonly caveat =
    'Go: the graph is the union over platforms and build tags, so a file built only elsewhere (`x_windows.go`, `//go:build windows`) counts, with its imports.'
  private extractor: GoExtractor | undefined

  constructor(private readonly extraction: ExtractionMode = 'fast') {}

  select(files: readonly SourceFile[]): SourceFile[] {
    return selectGoFiles(files)
  }

  languageOf(): string {
    return 'go'
  }

  dialectOf(): string {
    return 'go'
  }

  isFacts(value: unknown): value is GoFacts {
    return isGoFacts(value)
  }

  resolve(facts: ReadonlyMap<RepoPath, GoFacts>, context: ResolveContext): Resolution {
    return resolveGo(facts, context)
  }

  leftOut(path: RepoPath): string | undefined {
    return goLeftOutReason(path)
  }

  importsNaming(
    removed: readonly RepoPath[],
    references: readonly Unresolved[],
    context: ResolveContext,
  ): ReadonlyMap<RepoPath, readonly Unresolved[]> {
    return goImportsNamingRemoved(removed, references, context)
  }

  async init(): Promise<void> {
    this.extractor ??= new GoExtractor(await goParser(), this.extraction)
  }

  extract(source: Uint8Array): GoFacts {
    if (!this.extractor) throw new Error('GoAdapter.extract called before init()')
    return this.extractor.extract(source)
  }
}
