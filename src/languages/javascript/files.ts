import { baseName, type RepoPath } from '../../core/repo-path.js'

/** How a file's bytes are parsed, by its name (§5 Imports): the grammar, and part of the facts' cache key. */
export type JsDialect = 'typescript' | 'tsx' | 'javascript'

const GRAPH_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/
const JAVASCRIPT_FILE = /\.(?:[cm]?js|jsx)$/

/** A JavaScript or TypeScript graph file (§5 Files): declaration files are `.ts` names too. */
export function isJsGraphFile(path: RepoPath): boolean {
  return GRAPH_FILE.test(path)
}

/** `.d.ts`, `.d.mts`, `.d.cts`, and a `.ts` name with `.d.` in it (`styles.d.css.ts`), as TypeScript tells them. */
export function isDeclarationFile(path: RepoPath): boolean {
  return /\.d\.[cm]?ts$/.test(path) || (path.endsWith('.ts') && baseName(path).includes('.d.'))
}

export function languageOfJs(path: RepoPath): 'javascript' | 'typescript' {
  return JAVASCRIPT_FILE.test(path) ? 'javascript' : 'typescript'
}

export function dialectOf(path: RepoPath): JsDialect {
  if (path.endsWith('.tsx')) return 'tsx'
  return JAVASCRIPT_FILE.test(path) ? 'javascript' : 'typescript'
}

/** Test code as jest, vitest and mocha find it by default: `*.test.*`, `*.spec.*`, and files under `__tests__/`. */
export function isJsTestFile(path: RepoPath): boolean {
  return /\.(?:test|spec)\.[^/]+$/.test(path) || /(?:^|\/)__tests__\//.test(path)
}
