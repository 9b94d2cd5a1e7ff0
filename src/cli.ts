import nodeModule from 'node:module'

// Node 22.1 and later keep V8's compiled code of the bundle between runs (in the OS's temporary folder, as
// TypeScript's tsc does since 5.7; NODE_DISABLE_COMPILE_CACHE=1 turns it off). Django with a warm facts cache,
// Node 24, median of 12 alternating runs at load 2.1-2.4: 0.60 → 0.50 s wall, 0.67 → 0.65 s CPU (the bundle's
// compile blocked the main thread). Node 20 has no such API. Enabled before the CLI's own code is loaded, so that
// it is cached too.
;(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.()
const { main } = await import('./cli/main.js')

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
})
