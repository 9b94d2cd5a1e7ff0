import { setFlagsFromString } from 'node:v8'
import { Language, Parser } from 'web-tree-sitter'
import { wasmFile } from './wasm-file.js'

let runtime: Promise<void> | undefined
const parsers = new Map<string, Promise<Parser>>()

/**
 * One tree-sitter parser per WASM grammar (a package specifier) per process, whatever the language:
 * loading a grammar is the expensive part, and the runtime is started once for all of them, since
 * concurrent inits could each load a runtime of their own.
 */
export function grammarParser(grammar: string): Promise<Parser> {
  let parser = parsers.get(grammar)
  if (!parser) {
    parser = (async () => {
      // WebAssembly on V8's baseline compiler only, set before the first module compiles (the flag is the process's):
      // optimizing the parser's hot functions cost more CPU than it saved in one pass over a tree (jest, rollup, Django,
      // synthetic 10k and 30k, one cold `graph` each: 0.1-0.3 s less CPU without it), as it did for resvg (render-cards.ts).
      setFlagsFromString('--liftoff-only')
      await (runtime ??= Parser.init({ locateFile: (name: string) => wasmFile(`web-tree-sitter/${name}`) }))
      const result = new Parser()
      result.setLanguage(await Language.load(wasmFile(grammar)))
      return result
    })()
    parsers.set(grammar, parser)
  }
  return parser
}
