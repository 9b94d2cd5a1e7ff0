import { Language, Parser } from 'web-tree-sitter'
import { wasmFile } from '../wasm-file.js'

export const GO_GRAMMAR = 'tree-sitter-go/tree-sitter-go.wasm'

let loading: Promise<Parser> | undefined

/** One tree-sitter parser for Go per process: loading the WASM grammar is the expensive part. */
export function goParser(): Promise<Parser> {
  loading ??= (async () => {
    await Parser.init({ locateFile: (name: string) => wasmFile(name, 'web-tree-sitter') })
    const parser = new Parser()
    parser.setLanguage(await Language.load(wasmFile('tree-sitter-go.wasm', 'tree-sitter-go')))
    return parser
  })()
  return loading
}
