import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { GitRange } from './git-range.js'
import { runGit } from './run-git.js'

/**
 * Runs `work` on the folder holding the range's head: the working tree itself, or a temporary
 * detached worktree of the head commit (so the user's checkout is never touched), removed afterwards.
 */
export async function withHeadTree<T>(dir: string, range: GitRange, work: (headDir: string) => Promise<T>): Promise<T> {
  if (!range.head) return work(dir)
  const parent = await mkdtemp(join(tmpdir(), 'blast-radius-head-'))
  const tree = join(parent, 'tree')
  await runGit(dir, ['worktree', 'add', '--detach', '--quiet', '--end-of-options', tree, range.head])
  try {
    return await work(join(tree, range.prefix))
  } finally {
    await runGit(dir, ['worktree', 'remove', '--force', tree]).catch(() => undefined)
    await rm(parent, { recursive: true, force: true })
  }
}
