import type { RepoPath } from '../core/repo-path.js'

/** A file's facts still in the cache, by the cache's language and key: decoded when asked for. */
export class HeldFacts {
  constructor(
    readonly language: string,
    readonly key: string,
  ) {}
}

/** Reads a held entry: its facts, or undefined where the cache's entry is not facts of this language. */
export type ReadHeld<Facts> = (held: HeldFacts) => Facts | undefined

/** Extracts files again (those whose cached entry was not facts): what they hold, and nothing for a file now skipped. */
export type ExtractAgain<Facts> = (paths: readonly RepoPath[]) => Promise<ReadonlyMap<RepoPath, Facts>>

/**
 * One language's facts of the files it reads, in extraction's order, where those the cache has are
 * decoded only when someone asks: a warm run whose resolution is kept never needs most of them, and at
 * 100,000 files decoding them all cost a second. A cache entry is checked for the language's shape
 * when it is decoded; one that fails the check is a file to extract again (`complete`), or, where
 * there is no more extracting (`whole`), makes the facts unknown.
 */
export class ExtractedFacts<Facts> {
  constructor(
    private readonly entries: Map<RepoPath, Facts | HeldFacts>,
    private readonly readHeld: ReadHeld<Facts>,
    private readonly extractAgain: ExtractAgain<Facts>,
  ) {}

  get size(): number {
    return this.entries.size
  }

  /** The files, in extraction's order. */
  paths(): IterableIterator<RepoPath> {
    return this.entries.keys()
  }

  /** One file's facts; undefined for a file not here, or one whose cache entry is not facts. */
  get(path: RepoPath): Facts | undefined {
    const entry = this.entries.get(path)
    if (!(entry instanceof HeldFacts)) return entry
    const facts = this.readHeld(entry)
    if (facts !== undefined) this.entries.set(path, facts)
    return facts
  }

  /** Every file's facts, or undefined when a cache entry is not facts (and they cannot all be known now). */
  whole(): ReadonlyMap<RepoPath, Facts> | undefined {
    for (const path of this.entries.keys()) if (this.get(path) === undefined) return undefined
    return this.entries as Map<RepoPath, Facts>
  }

  /** Every file's facts, extracting again the files whose cache entry is not facts (a file skipped then is left out). */
  async complete(): Promise<ReadonlyMap<RepoPath, Facts>> {
    const again = [...this.entries.keys()].filter((path) => this.get(path) === undefined)
    if (again.length) {
      const extracted = await this.extractAgain(again)
      for (const path of again) {
        const facts = extracted.get(path)
        if (facts === undefined) this.entries.delete(path)
        else this.entries.set(path, facts)
      }
    }
    return this.entries as Map<RepoPath, Facts>
  }
}
