import type { RepoPath } from '../../core/repo-path.js'
import type { ExtractionMode } from '../adapter.js'
import { decodeJs } from './decode.js'
import { JsExtractor, referencesOnly } from './extract.js'
import type { JsFacts } from './facts.js'
import { dialectOf, type JsDialect } from './files.js'
import { jsParser } from './parser.js'
import { scanJs } from './scan.js'
import { warmUpScan } from './scan-warm-up.js'

/** Reads any JavaScript or TypeScript file: its text decoded, then the grammar its name calls for. */
export class JsReader {
  private constructor(
    private readonly extractors: Readonly<Record<JsDialect, JsExtractor>>,
    private readonly mode: ExtractionMode,
  ) {}

  /** `fast`: the lexical pre-scan first (scan.ts), the parser on what it keeps; `full`: the parser on every byte. */
  static async load(mode: ExtractionMode = 'fast'): Promise<JsReader> {
    const [typescript, tsx, javascript] = await Promise.all((['typescript', 'tsx', 'javascript'] as const).map(jsParser))
    if (mode === 'fast') warmUpScan()
    const extractors = {
      typescript: new JsExtractor(typescript!, true),
      tsx: new JsExtractor(tsx!, true),
      javascript: new JsExtractor(javascript!, false),
    }
    return new JsReader(extractors, mode)
  }

  extract(bytes: Uint8Array, path: RepoPath | string): JsFacts {
    return this.extractText(decodeJs(bytes), path)
  }

  extractText(text: string, path: RepoPath | string): JsFacts {
    const dialect = dialectOf(path as RepoPath)
    const extractor = this.extractors[dialect]
    if (this.mode === 'full') return extractor.extract(text)
    const scan = scanJs(text, dialect !== 'typescript')
    if (scan.kind === 'trouble') return extractor.extract(text)
    if (scan.kind === 'none') return referencesOnly(text)
    // Nothing left for the parser to find (the scan read what facts there are): it only tells an error the full parse would report.
    if (!scan.text.triggers.length)
      return extractor.parsesCleanly(scan.text) ? referencesOnly(text, scan.text.statements) : extractor.extract(text)
    const facts = extractor.extract(text, scan.text)
    // An error in what was kept may be one the blanking made: only the full parse can say where the first one is.
    return facts.syntaxErrorLine === undefined ? facts : extractor.extract(text)
  }
}
