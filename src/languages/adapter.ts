import type {
  DynamicImport,
  Edge,
  EdgeGroup,
  EdgeKindSpec,
  Hunk,
  LanguageId,
  PartialParse,
  ProjectRoots,
  SourceFile,
  Unresolved,
} from '../core/model.js'
import type { RepoPath } from '../core/repo-path.js'

/** `fast`: a lexical pre-scan, the parser on what it finds (where a language has one); `full`: parse every byte. */
export type ExtractionMode = 'fast' | 'full'

/** What resolution may look at besides the facts: the whole repository, read the safe way. */
export interface ResolveContext {
  /** Every file discovered (all languages, configuration and data too), in code-point order. */
  readonly files: readonly RepoPath[]
  /**
   * A discovered file's text (UTF-8), through the same reader as the sources (inside the repository,
   * no links, the size limit); undefined when it is not discovered, is gone or cannot be read.
   */
  readText(path: RepoPath): string | undefined
  /**
   * Settings given to this run from outside the repository (a CLI option, an action input), by the name
   * the repository's `.blast-radius.yml` gives them (`python-paths`): each language reads its own.
   */
  readonly settings?: Readonly<Record<string, GivenSetting>>
}

/** A setting given to a run: its values (an option or a line each), and where they were given, for messages. */
export interface GivenSetting {
  readonly values: readonly string[]
  /** `--python-paths`, `the python-paths input`. */
  readonly from: string
}

/** The names a change touches in one file, or all of them (module-level code changed, the file could not be read). */
export type ChangedNames = { readonly all: true; readonly why: string } | { readonly all: false; readonly names: readonly string[] }

/** A file importing another directly, with the kinds of the edge between them. */
export interface ImporterOf {
  readonly path: RepoPath
  readonly kinds: readonly string[]
}

/**
 * A file that uses a name a change touches, as its language judges: it takes it from `via` (the changed
 * file, or a file passing the name on), uses `names` of it or perhaps any (`all`), for the reasons `why` says.
 */
export interface NameUser {
  readonly path: RepoPath
  readonly via: RepoPath
  readonly names: readonly string[] | 'all'
  readonly why: string
  /**
   * It only passes the names on (imports them, uses them nowhere else): its importers are not followed
   * as a whole, only those of them that use the names, which are users themselves.
   */
  readonly reexports: boolean
}

/** A language's usual test runner: its name (`pytest`, as the action's `pytest-args` output says it) and how it is told to run some test files. */
export interface TestRunner {
  readonly name: string
  /** The command line's arguments that run exactly these test files. */
  args(tests: readonly RepoPath[]): readonly string[]
}

export interface Resolution {
  /** One edge per ordered pair of files (besides `groups`), each with the strongest kind that applies and the line that made it. */
  readonly edges: readonly Edge[]
  /** Imports no file provides; `looksLocal` where the adapter thinks a file of this repository was meant. */
  readonly unresolved: readonly Unresolved[]
  readonly dynamic: readonly DynamicImport[]
  readonly partial: readonly PartialParse[]
  /**
   * References that resolved, but to a file holding the name rather than to a file of that name
   * (Python's `from x import y` where `y` is defined in x): kept by their full name, because a removed
   * file of that name is still named by them. Empty for languages where every import names one file.
   */
  readonly attributes: readonly Unresolved[]
  /**
   * The test files among those resolved, as this language's test runners collect them, by the
   * repository's configuration where it has one (pytest's `python_files`): feeds `affected-tests`.
   */
  readonly tests: readonly RepoPath[]
  /** Optional. The projects the language found and where each looks for modules, for `graph --json` and the text view. */
  readonly roots?: readonly ProjectRoots[]
  /**
   * Optional. Sets of files that all depend on each other, each declared once rather than as its n² pairs
   * in `edges` (a pair may be in both: an import of a file of its own group). The graph keeps them as groups.
   */
  readonly groups?: readonly EdgeGroup[]
}

/**
 * Everything a language contributes, and every rule of that language: nothing outside its folder knows
 * what its files, imports, tests or edge kinds are. Extraction sees one file's bytes (and its path, for
 * a dialect chosen by the name) so its result (`Facts`, plain JSON) can be cached by content; resolution
 * sees every file's facts at once, with the repository's configuration through the context.
 */
export interface LanguageAdapter<Facts = unknown> {
  /** The adapter's name, for the cache and the worker threads: `python`, `javascript`, `go`. */
  readonly id: string
  /** The files of this language among those discovered (its file types, and any precedence between them). */
  select(files: readonly SourceFile[]): SourceFile[]
  /** The language of one of its files, as the graph JSON names it (`javascript` or `typescript`, say). */
  languageOf(path: RepoPath): LanguageId
  /**
   * What people call each language `languageOf` can return, for the report's words (`typescript`:
   * `TypeScript`): every id `languageOf` gives must be here.
   */
  readonly languageNames: Readonly<Record<LanguageId, string>>
  /**
   * How a file's bytes are parsed, where its name decides it (`.tsx` vs `.ts`); part of the cache key,
   * since the same bytes under another dialect can give other facts. One value for most languages.
   */
  dialectOf(path: RepoPath): string
  /** WASM files this adapter loads, as package specifiers (`tree-sitter-python/tree-sitter-python.wasm`): the bundle copies them. */
  readonly grammars: readonly string[]
  /** Edge kinds this language produces, strongest first. */
  readonly edgeKinds: readonly EdgeKindSpec[]
  /** For the report: what this language's `dynamic` entries are ("a dynamic import with a computed name"). */
  readonly dynamicMeaning: string
  /**
   * Optional. A limit of every figure of a graph that holds this language's files, which the report says
   * once among its notes when there are some (Go: the graph is the union over platforms).
   */
  readonly caveat?: string
  /**
   * Loads the parser once; later calls return at once. `files`: how many files this process (or thread) is about to
   * extract, where known, so that an adapter can leave out warming its code up for a few.
   */
  init(files?: number): Promise<void>
  extract(source: Uint8Array, path: RepoPath): Facts
  /** Whether a value (from a cache: outside the program's control) has the shape of this language's facts. */
  isFacts(value: unknown): value is Facts
  /**
   * A function of its inputs alone: the facts, the context's `files` and `settings`, and the texts it
   * reads through `readText`. An earlier run's resolution is used again when all of them are the same
   * (src/graph/resolution-memo.ts), so it must keep nothing for later calls and look at nothing else.
   */
  resolve(facts: ReadonlyMap<RepoPath, Facts>, context: ResolveContext): Resolution
  /**
   * Optional. Why a file that `select` did not take is still this language's, left out on purpose as its
   * own tools leave it out (Go's `vendor/` and `testdata/`), or undefined: such a file is not counted
   * as a language the graph does not read, and the report says why it is not in the graph.
   */
  leftOut?(path: RepoPath): string | undefined
  /**
   * For each removed file of this language, the references (this language's `unresolved` and
   * `attributes` in the tree after the change) that would name it if it were still there: the imports
   * the removal breaks. `context` is that tree (every discovered file, and its configuration through
   * `readText`), so the adapter can name the removed file by the same rules as resolution.
   * Importer-relative specifiers are the adapter's to resolve, from each reference's own file.
   */
  importsNaming(
    removed: readonly RepoPath[],
    references: readonly Unresolved[],
    context: ResolveContext,
  ): ReadonlyMap<RepoPath, readonly Unresolved[]>
  /**
   * Optional. Why a change to this file (source or not: a runner's configuration, a lock file) can change
   * how every test of this language runs, or undefined: then no list of affected tests is complete.
   */
  affectsAllTests?(path: RepoPath): string | undefined
  /**
   * Optional. The top-level names of one of its files that a diff changes (its definitions spanning a
   * changed line, closed over the file's own references), or all of them with why.
   */
  changedNames?(text: string, hunks: readonly Hunk[]): ChangedNames
  /**
   * Optional. Of the files importing `changed` (directly: `importersOf` gives each file's importers with
   * the edge's kinds), those that use one of `names`, its changed top-level names, and those the language
   * cannot be sure do not (each says why); through files that pass the names on, their users too. Only
   * from what extraction read for the graph whose tree `context` is (`facts`, this language's facts of it).
   */
  importersUsing?(
    changed: RepoPath,
    names: readonly string[],
    importersOf: (path: RepoPath) => readonly ImporterOf[],
    context: ResolveContext,
    facts: ReadonlyMap<RepoPath, Facts>,
  ): readonly NameUser[] | undefined
  /** Optional. This language's usual test runner, which the action gives the arguments of (`pytest-args`). */
  readonly testRunner?: TestRunner
}
