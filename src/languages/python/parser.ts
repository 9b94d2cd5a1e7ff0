import { Language, Parser } from 'web-tree-sitter'
import { wasmFile } from '../wasm-file.js'

let loading: Promise<Parser> | undefined

/** One tree-sitter parser for Python per process: loading the WASM grammar is the expensive part. */
export function pythonParser(): Promise<Parser> {
  loading ??= (async () => {
    await Parser.init({ locateFile: (name: string) => wasmFile(name, 'web-tree-sitter') })
    const parser = new Parser()
    parser.setLanguage(await Language.load(wasmFile('tree-sitter-python.wasm', 'tree-sitter-python')))
    return parser
  })()
  return loading
}
