import { Language, Parser } from 'web-tree-sitter'
import { wasmFile } from '../../core/wasm-file.js'

/** The WASM files Python's extraction loads (the bundle copies each beside itself). */
export const PYTHON_GRAMMARS = ['tree-sitter-python/tree-sitter-python.wasm'] as const

let loading: Promise<Parser> | undefined

/** One tree-sitter parser for Python per process: loading the WASM grammar is the expensive part. */
export function pythonParser(): Promise<Parser> {
  loading ??= (async () => {
    await Parser.init({ locateFile: (name: string) => wasmFile('web-tree-sitter/' + name) })
    const parser = new Parser()
    parser.setLanguage(await Language.load(wasmFile(PYTHON_GRAMMARS[0])))
    return parser
  })()
  return loading
}
