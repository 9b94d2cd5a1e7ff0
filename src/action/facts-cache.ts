import * as core from '@actions/core'
import { join } from 'node:path'
import { VERSION } from '../core/version.js'
import { folderSlug } from './inputs.js'
import { messageOf } from './message-of.js'

/**
 * The facts cache between runs, kept with GitHub's cache service: each file's extracted imports by
 * content, so a later push re-reads only the files it changed. Restored from the newest entry of this
 * version and folder, saved under this commit. Without the service (outside a runner) the build
 * simply runs cold; a cache problem is never a failed job.
 */
export interface FactsCacheSlot {
  readonly dir: string
  readonly key: string
  /** The key it was restored from, if any. */
  readonly restored?: string
}

/**
 * @actions/cache, loaded when first asked for (the bundle keeps it, with the Azure storage client it brings, in a
 * chunk of its own): compiling and evaluating it was about 65 ms of an action run's start on Node 24. A run that
 * will analyse asks for it as soon as it knows (loadCacheService), so that it loads while git and the API answer.
 */
export function loadCacheService(): Promise<typeof import('@actions/cache')> {
  return import('@actions/cache')
}

export async function restoreFactsCache(runnerTemp: string, workingDirectory: string, sha: string): Promise<FactsCacheSlot> {
  const prefix = `blast-radius-facts-${VERSION}-${folderSlug(workingDirectory)}-`
  const slot = { dir: join(runnerTemp, 'blast-radius-facts', folderSlug(workingDirectory)), key: `${prefix}${sha}` }
  try {
    const cache = await loadCacheService()
    // Inside the try: a cache package that lacks the check (local-action's stand-in) is a cache problem too.
    if (!cache.isFeatureAvailable()) {
      core.info('Facts cache: no cache service in this run; every file is read.')
      return slot
    }
    const restored = await cache.restoreCache([slot.dir], slot.key, [prefix])
    core.info(restored ? `Facts cache: restored ${restored}` : 'Facts cache: none yet for this version and folder')
    return restored ? { ...slot, restored } : slot
  } catch (error) {
    core.info(`Facts cache: not restored (${messageOf(error)})`)
    return slot
  }
}

export async function saveFactsCache(slot: FactsCacheSlot): Promise<void> {
  if (slot.restored === slot.key) return
  try {
    const cache = await loadCacheService()
    if (!cache.isFeatureAvailable()) return
    await cache.saveCache([slot.dir], slot.key)
    core.info(`Facts cache: saved ${slot.key}`)
  } catch (error) {
    core.info(`Facts cache: not saved (${messageOf(error)})`)
  }
}
