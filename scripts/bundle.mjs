// Builds dist/: the action (index.js), the CLI (cli.js), and the WASM files they load beside them.
// Deterministic: the same sources give the same bytes, which CI checks against the committed dist/.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
// ESM output still meets CommonJS dependencies that call require(); give them one.
const requireShim =
  "import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);"

/**
 * What the bundles need from the registry, read by running it: the WASM files the adapters list (they
 * are the only place that names them) and each adapter's facts digest, made from the sources now.
 */
async function fromRegistry() {
  const script = 'dist/.registry.mjs'
  await build({ ...common, entryPoints: ['src/languages/registry.ts'], outfile: script, banner: { js: requireShim } })
  try {
    const registry = await import(pathToFileURL(resolve(script)).href)
    return { wasmFiles: registry.wasmFiles(), digests: registry.factsDigests('.', (file) => require.resolve(file)) }
  } finally {
    rmSync(script)
  }
}

rmSync('dist', { recursive: true, force: true })
mkdirSync('dist')
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // jsonc-parser's `main` is a UMD build whose require() of its own files esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': require.resolve('jsonc-parser/lib/esm/main.js') },
}
const registry = await fromRegistry()
// The cache key of each language's facts: computed from the sources, which the bundle does not carry.
const define = { BLAST_RADIUS_FACTS_DIGESTS: JSON.stringify(registry.digests) }
// Split as the CLI is: GitHub's cache and artifact clients (src/action/facts-cache.ts, src/snapshot/publish-artifact.ts)
// are chunks of their own, loaded when a run asks for them, so that the action does not compile and evaluate them at
// its start (Node 24, no compile cache as on a fresh runner, an event with no pull request: 352–470 → 185–202 ms).
await build({
  ...common,
  define,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'action-[name]-[hash]',
  banner: { js: requireShim },
})
// Split: cli.js is the argument parsing, and each command's code a file of its own (src/cli/main.ts
// imports it when the command runs), so a run compiles only what its command needs and git lists the work
// tree while Node compiles the rest. The chunks sit beside cli.js, which each file's `import.meta.url` relies on.
await build({
  ...common,
  define,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'cli-[name]-[hash]',
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
})
// Extraction threads for large repositories: both entry points start it from beside themselves.
await build({ ...common, entryPoints: ['src/graph/extract-worker.ts'], outfile: 'dist/extract-worker.js', banner: { js: requireShim } })
// The process that renders the snapshot's cards (src/snapshot/render-cards.ts starts it from beside itself).
await build({ ...common, entryPoints: ['src/snapshot/render-child.ts'], outfile: 'dist/render-child.js', banner: { js: requireShim } })
// The viewer's browser code, inlined into every snapshot.html (the options src/snapshot/viewer-script.ts uses from source).
await build({
  entryPoints: ['src/viewer/main.ts'],
  outfile: 'dist/viewer.js',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
})
// WASM files, found beside the bundles: every grammar the language adapters list, and the still's renderer.
for (const file of [...registry.wasmFiles, '@resvg/resvg-wasm/index_bg.wasm']) {
  copyFileSync(require.resolve(file), `dist/${file.split('/').pop()}`)
}
mkdirSync('dist/fonts')
for (const font of ['DejaVuSans-subset.ttf', 'DejaVuSans-Bold-subset.ttf']) copyFileSync(`src/snapshot/fonts/${font}`, `dist/fonts/${font}`)
