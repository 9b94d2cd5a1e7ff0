import packageJson from '../../package.json' with { type: 'json' }

/** The package's version, bundled in at build time: the report's footer names it. */
export const VERSION: string = packageJson.version
