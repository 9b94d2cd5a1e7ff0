import type { RepoPath } from '../../core/repo-path.js'
import { decodeJs } from './decode.js'
import { JsExtractor } from './extract.js'
import type { JsFacts } from './facts.js'
import { dialectOf, type JsDialect } from './files.js'
import { jsParser } from './parser.js'

/** Reads any JavaScript or TypeScript file: its text decoded, then the grammar its name calls for. */
export class JsReader {
  private constructor(private readonly extractors: Readonly<Record<JsDialect, JsExtractor>>) {}

  static async load(): Promise<JsReader> {
    const [typescript, tsx, javascript] = await Promise.all((['typescript', 'tsx', 'javascript'] as const).map(jsParser))
    return new JsReader({
      typescript: new JsExtractor(typescript!, true),
      tsx: new JsExtractor(tsx!, true),
      javascript: new JsExtractor(javascript!, false),
    })
  }

  extract(bytes: Uint8Array, path: RepoPath | string): JsFacts {
    return this.extractText(decodeJs(bytes), path)
  }

  extractText(text: string, path: RepoPath | string): JsFacts {
    return this.extractors[dialectOf(path as RepoPath)].extract(text)
  }
}
