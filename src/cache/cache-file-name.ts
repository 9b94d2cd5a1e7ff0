import { join } from 'node:path'

/**
 * Where a cache folder keeps its facts: in a module of its own so that the CLI's first chunk can ask whether a cache
 * exists (src/cli/young-generation.ts) without loading the cache's code.
 */
export const FACTS_CACHE_FILE = 'facts.cache'

export const factsCacheFile = (dir: string): string => join(dir, FACTS_CACHE_FILE)
