import packageJson from '../../package.json' with { type: 'json' }

/** The package's version, bundled in at build time: the report names it, and caches written by another version are ignored. */
export const VERSION: string = packageJson.version
