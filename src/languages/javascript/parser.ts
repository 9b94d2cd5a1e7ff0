import type { Parser } from 'web-tree-sitter'
import { grammarParser } from '../../core/tree-sitter.js'
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

/** The parser of a dialect (JavaScript shares TSX's). */
export function jsParser(dialect: JsDialect): Promise<Parser> {
  return grammarParser(JS_GRAMMARS[dialect])
}
