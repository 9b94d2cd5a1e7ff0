import { Language, Parser } from 'web-tree-sitter'
import { wasmFile } from '../../core/wasm-file.js'

/** The WASM files Go's extraction loads (the bundle copies each beside itself). */
export const GO_GRAMMARS = ['tree-sitter-go/tree-sitter-go.wasm'] as const

let loading: Promise<Parser> | undefined

/** One tree-sitter parser for Go per process: loading the WASM grammar is the expensive part. */
export function goParser(): Promise<Parser> {
  loading ??= (async () => {
    await Parser.init({ locateFile: (name: string) => wasmFile('web-tree-sitter/' + name) })
    const parser = new Parser()
    parser.setLanguage(await Language.load(wasmFile(GO_GRAMMARS[0])))
    return parser
  })()
  return loading
}
