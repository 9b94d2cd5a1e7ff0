import type { SourceFile } from '../../core/model.js'
import { isJsGraphFile } from './files.js'

/**
 * The JavaScript and TypeScript graph files among those discovered (§5 Files), declaration files
 * included. A file below a `node_modules` folder is never one, whoever discovered it.
 */
export function selectJsFiles(files: readonly SourceFile[]): SourceFile[] {
  return files.filter((file) => isJsGraphFile(file.path) && !/(?:^|\/)node_modules\//.test(file.path))
}
