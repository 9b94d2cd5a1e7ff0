import type { DynamicImport, Edge, LanguageId, PartialParse, SourceFile, Unresolved } from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'

export interface Resolution {
  readonly edges: Edge[]
  readonly unresolved: Unresolved[]
  readonly dynamic: DynamicImport[]
  readonly partial: PartialParse[]
  /**
   * Imports of a name no file provides that resolved to the module holding it (`from x import y`
   * where `y` is defined in x): edges to x, but kept by their full name, because a removed module
   * `x/y.py` is still named by them.
   */
  readonly attributes: Unresolved[]
}

/**
 * What a language contributes to the graph. Extraction sees one file's bytes and nothing else, so its
 * result (`Facts`, plain JSON) can be cached by content; resolution sees every file's facts at once,
 * since what an import names depends on the whole repository's layout.
 */
export interface LanguageAdapter<Facts> {
  readonly id: LanguageId
  /** The files of this language among those discovered (its file types, and any precedence between them). */
  select(files: readonly SourceFile[]): SourceFile[]
  /** Loads the parser once; later calls return at once. */
  init(): Promise<void>
  extract(source: Uint8Array): Facts
  /** Whether a value (from a cache: outside the program's control) has the shape of this language's facts. */
  isFacts(value: unknown): value is Facts
  /** Changes whenever extraction could give other facts for the same bytes: part of every cache key. */
  readonly factsVersion: string
  resolve(facts: ReadonlyMap<RepoPath, Facts>): Resolution
  /**
   * For each of `paths`, the specifiers (as `Unresolved.specifier` spells them) that would name it
   * if it were among `files`: how the files still importing a removed file are found.
   */
  namesOf(paths: readonly RepoPath[], files: readonly RepoPath[]): Map<RepoPath, string[]>
}
