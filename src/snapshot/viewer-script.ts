import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

/** The file `npm run bundle` writes beside dist/index.js and dist/cli.js. */
const VIEWER_BUNDLE = 'viewer.js'

let script: Promise<string> | undefined

/**
 * The viewer's browser code as one script: dist/viewer.js beside the running bundle (written by
 * `npm run bundle`), or, when running from source (tests, development), bundled now with esbuild.
 */
export function viewerScript(): Promise<string> {
  script ??= loadViewerScript()
  return script
}

async function loadViewerScript(): Promise<string> {
  const beside = fileURLToPath(new URL(VIEWER_BUNDLE, import.meta.url))
  if (existsSync(beside)) return readFile(beside, 'utf8')
  // A name in a variable: the action's bundler must not pull esbuild (a dev tool) into dist/.
  const tool = 'esbuild'
  const { build } = (await import(tool)) as typeof import('esbuild')
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../viewer/main.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
  return result.outputFiles[0]!.text
}
