import type { SourceFile } from '../../core/model.js'
import type { RepoPath } from '../../core/repo-path.js'
import type { ExtractionMode, LanguageAdapter, ResolveContext } from '../adapter.js'
import { isJsFacts, type JsFacts } from './facts.js'
import { dialectOf, languageOfJs } from './files.js'
import { JS_EDGE_KINDS } from './kinds.js'
import { JS_GRAMMARS } from './parser.js'
import { JsReader } from './reader.js'
import { importsNamingRemoved } from './removed-imports.js'
import { resolveJavaScript } from './resolve.js'
import { selectJsFiles } from './select.js'

/** JavaScript and TypeScript (CONTRACTS.md §5): one adapter, two languages in the graph JSON. */
export class JavaScriptAdapter implements LanguageAdapter<JsFacts> {
  readonly id = 'javascript'
  readonly grammars = [...new Set(Object.values(JS_GRAMMARS))]
  readonly edgeKinds = JS_EDGE_KINDS
  readonly languageNames: Record<ReturnType<typeof languageOfJs>, string> = { javascript: 'JavaScript', typescript: 'TypeScript' }
  readonly dynamicMeaning = 'a dynamic import or a `require` with a computed name'
  private reader: JsReader | undefined

  /** `fast`: a lexical pre-scan hands the parser only the bodies that can import (scan.ts); `full` parses every byte. */
  constructor(readonly extraction: ExtractionMode = 'fast') {}

  select(files: readonly SourceFile[]): SourceFile[] {
    return selectJsFiles(files)
  }

  languageOf(path: RepoPath): string {
    return languageOfJs(path)
  }

  dialectOf(path: RepoPath): string {
    return dialectOf(path)
  }

  isFacts(value: unknown): value is JsFacts {
    return isJsFacts(value)
  }

  resolve(facts: ReadonlyMap<RepoPath, JsFacts>, context: ResolveContext) {
    return resolveJavaScript(facts, context)
  }

  importsNaming = importsNamingRemoved

  async init(): Promise<void> {
    this.reader ??= await JsReader.load(this.extraction)
  }

  extract(source: Uint8Array, path: RepoPath): JsFacts {
    if (!this.reader) throw new Error('JavaScriptAdapter.extract called before init()')
    return this.reader.extract(source, path)
  }
}
