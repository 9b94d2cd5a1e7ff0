import { Language, Parser } from 'web-tree-sitter'
import { wasmFile } from '../wasm-file.js'
import type { JsDialect } from './files.js'

/** The WASM grammar of each dialect, as a package specifier (the bundle copies these). */
export const JS_GRAMMARS: Readonly<Record<JsDialect, string>> = {
  typescript: 'tree-sitter-typescript/tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-typescript/tree-sitter-tsx.wasm',
  javascript: 'tree-sitter-typescript/tree-sitter-tsx.wasm',
}

const loading = new Map<JsDialect, Promise<Parser>>()
let runtime: Promise<void> | undefined

/** One tree-sitter parser per grammar per process: loading a WASM grammar is the expensive part. */
export function jsParser(dialect: JsDialect): Promise<Parser> {
  let parser = loading.get(dialect)
  if (!parser) {
    parser = (async () => {
      // One init for all grammars: concurrent inits could each load a runtime of their own. A later
      // init by another language reuses the module already loaded.
      await (runtime ??= Parser.init({ locateFile: (name: string) => wasmFile(name, 'web-tree-sitter') }))
      const [pkg, file] = JS_GRAMMARS[dialect].split('/') as [string, string]
      const result = new Parser()
      result.setLanguage(await Language.load(wasmFile(file, pkg)))
      return result
    })()
    loading.set(dialect, parser)
  }
  return parser
}
