import { relative } from 'node:path'
import type { ChangedFile } from '../core/model.js'

/** The analysed folder's path inside the repository ('' for its root): GitHub's paths start with it. */
export function folderInRepo(repoRoot: string, analysisDir: string): string {
  return relative(repoRoot, analysisDir).replaceAll('\\', '/')
}

export interface ScopedChanges {
  /** Paths relative to the analysed folder, as the graph names its files. */
  readonly inside: ChangedFile[]
  /** How many changed files lie elsewhere in the repository. */
  readonly outside: number
}

/**
 * Repository paths re-expressed relative to the analysed folder. A rename across its edge is, seen
 * from inside, an addition (moved in) or a removal (moved out).
 */
export function scopeChanges(files: readonly ChangedFile[], folder: string): ScopedChanges {
  const within = (path: string | undefined) => {
    if (path === undefined) return undefined
    if (!folder) return path
    return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined
  }
  const inside: ChangedFile[] = []
  let outside = 0
  for (const file of files) {
    const path = within(file.path)
    const previous = within(file.previousPath)
    if (path !== undefined && file.previousPath !== undefined && previous === undefined) inside.push({ path, status: 'added' })
    else if (path !== undefined) inside.push({ ...file, path, ...(previous !== undefined ? { previousPath: previous } : {}) })
    else if (previous !== undefined && file.status === 'renamed') inside.push({ path: previous, status: 'removed' })
    else outside++
  }
  return { inside, outside }
}
