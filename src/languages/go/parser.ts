import type { Parser } from 'web-tree-sitter'
import { grammarParser } from '../../core/tree-sitter.js'

/** The WASM files Go's extraction loads (the bundle copies each beside itself). */
export const GO_GRAMMARS = ['tree-sitter-go/tree-sitter-go.wasm'] as const

export function goParser(): Promise<Parser> {
  return grammarParser(GO_GRAMMARS[0])
}
