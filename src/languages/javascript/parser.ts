import { Language, Parser } from 'web-tree-sitter'
import { wasmFile } from '../../core/wasm-file.js'
import type { JsDialect } from './files.js'

/**
 * The WASM grammar of each dialect, as a package specifier (the bundle copies these). JavaScript goes
 * through the TSX grammar: TypeScript's parser reads `.js` files with JSX and with its own syntax
 * (`import type`, annotations, `import x = require()`), leaving complaints about the latter to a later
 * pass, so a grammar that knows that syntax agrees with it more often than tree-sitter-javascript
 * (which fails on `import type`, reserved words as import names, and `import … assert {}`).
 */
export const JS_GRAMMARS: Readonly<Record<JsDialect, string>> = {
  typescript: 'tree-sitter-typescript/tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-typescript/tree-sitter-tsx.wasm',
  javascript: 'tree-sitter-typescript/tree-sitter-tsx.wasm',
}

const loading = new Map<string, Promise<Parser>>()
let runtime: Promise<void> | undefined

/** One tree-sitter parser per grammar per process (JavaScript shares TSX's): loading a WASM grammar is the expensive part. */
export function jsParser(dialect: JsDialect): Promise<Parser> {
  const grammar = JS_GRAMMARS[dialect]
  let parser = loading.get(grammar)
  if (!parser) {
    parser = (async () => {
      // One init for all grammars: concurrent inits could each load a runtime of their own. A later
      // init by another language reuses the module already loaded.
      await (runtime ??= Parser.init({ locateFile: (name: string) => wasmFile('web-tree-sitter/' + name) }))
      const result = new Parser()
      result.setLanguage(await Language.load(wasmFile(grammar)))
      return result
    })()
    loading.set(grammar, parser)
  }
  return parser
}
