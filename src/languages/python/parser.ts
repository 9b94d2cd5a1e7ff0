import type { Parser } from 'web-tree-sitter'
import { grammarParser } from '../../core/tree-sitter.js'

/** The WASM files Python's extraction loads (the bundle copies each beside itself). */
export const PYTHON_GRAMMARS = ['tree-sitter-python/tree-sitter-python.wasm'] as const

export function pythonParser(): Promise<Parser> {
  return grammarParser(PYTHON_GRAMMARS[0])
}
