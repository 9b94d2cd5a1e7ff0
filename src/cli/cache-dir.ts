import { createHash } from 'node:crypto'
import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * The CLI's facts cache for one repository: in the user's cache folder (XDG), never inside the
 * repository, where it would show up as an untracked file. One folder per repository path.
 */
export function defaultCacheDir(repoDir: string, env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache')
  const id = createHash('sha1').update(repoDir).digest('hex').slice(0, 16)
  return join(base, 'blast-radius', id)
}
