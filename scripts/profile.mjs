#!/usr/bin/env node
// Where the time goes: each phase of a run (scripts/profile-phases.ts) on Django and synthetic
// corpora, beside the whole CLI's cold `graph --json` and the read-only floor measured in the same
// run, written into docs/benchmarks.md as the section "Where the time goes" (the bench keeps it).
//
//   node scripts/profile.mjs [--sizes 10000,30000] [--no-django] [--corpora DIR] [--out FILE | --no-write]
//
// Uses the corpora the bench makes (run `npm run bench` once, or it generates them here) and dist/ as
// `npm run bundle` left it, for the WASM files, fonts and viewer the phases load beside the bundle.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, homedir, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { SYNTH_VERSION, writeSynthRepo } from './synth-repo.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// Outside node_modules: the bundles need nothing from there, and an `npm ci` meanwhile would delete it.
const HERE = join(tmpdir(), `blast-radius-profile-${process.pid}`)
const HEADING = '## Where the time goes'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,30000' },
    'no-django': { type: 'boolean', default: false },
    corpora: { type: 'string', default: join(homedir(), '.cache', 'blast-radius-corpora') },
    out: { type: 'string', default: join(ROOT, 'docs', 'benchmarks.md') },
    'no-write': { type: 'boolean', default: false },
  },
})

const log = (line) => process.stderr.write(`profile: ${line}\n`)
const ms = (value) => Math.round(value).toLocaleString('en-US')

function corpora() {
  const list = []
  if (!values['no-django']) {
    const dir = join(values.corpora, 'django-4.2.28')
    if (existsSync(dir)) list.push({ name: 'Django 4.2.28 (folder)', dir })
    else log(`Django left out: ${dir} not found (bash get-django.sh unpacks it there)`)
  }
  for (const files of values.sizes.split(',').filter(Boolean).map(Number)) {
    const dir = join(values.corpora, `synth-${files}-seed1-v${SYNTH_VERSION}`)
    if (!existsSync(`${dir}.complete`)) {
      rmSync(dir, { recursive: true, force: true })
      log(`generating ${files} files into ${dir}`)
      writeSynthRepo({ files, seed: 1, out: dir, git: true })
      writeFileSync(`${dir}.complete`, '')
    }
    list.push({ name: `synthetic ${files / 1000}k`, dir })
  }
  return list
}

/** Wall ms of a child node process, from spawn to exit, with its stdout. */
function timed(args) {
  const started = performance.now()
  const stdout = execFileSync(process.execPath, args, { maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } })
  return { ms: performance.now() - started, stdout: stdout.toString() }
}

function table(rows) {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.profile.phases)))]
  const head = ['phase', ...rows.map((r) => `${r.corpus.name} ms`), ...rows.map((r) => `${r.corpus.name} %`)]
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`]
  const total = (r) => Object.values(r.profile.phases).reduce((a, b) => a + b, 0)
  for (const name of names) {
    const cells = rows.map((r) => ms(r.profile.phases[name] ?? 0))
    const shares = rows.map((r) => `${(((r.profile.phases[name] ?? 0) * 100) / total(r)).toFixed(0)} %`)
    lines.push(`| ${[name, ...cells, ...shares].join(' | ')} |`)
  }
  lines.push(`| **sum of the phases** | ${rows.map((r) => `**${ms(total(r))}**`).join(' | ')} |${rows.map(() => ' 100 % |').join('')}`)
  lines.push(
    `| the CLI, cold \`graph --json\` (threads as it picks them) | ${rows.map((r) => ms(r.cli)).join(' | ')} |${rows.map(() => ' |').join('')}`,
  )
  lines.push(`| read-only floor (list and read the files) | ${rows.map((r) => ms(r.floor)).join(' | ')} |${rows.map(() => ' |').join('')}`)
  return lines.join('\n')
}

function section(rows, load) {
  const corpus = rows.map(
    (r) => `${r.corpus.name}: ${r.profile.files.toLocaleString('en-US')} files, ${r.profile.edges.toLocaleString('en-US')} edges`,
  )
  return `${HEADING}

Written by \`node scripts/profile.mjs\` (after \`npm run bundle\`) on ${cpus().length} cores, ${load}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. ${corpus.join('; ')}.

${table(rows)}

Each phase is timed in one process (scripts/profile-phases.ts) that calls the engine's modules one step
at a time, as a cold run does; extraction runs there in one thread, so its rows are the work the CLI's
threads share. *decode + pre-scan* is the Python fast path's lexical scan of every file; *rest of
extraction* is everything else each file's extraction does: the import statements and dynamic imports
read from the text where they are of the plainest shapes, the names read off the imported modules, the
path facts, and tree-sitter only where the scan sends it a statement or a whole file (Django: 96 of 2,761
files; the synthetic trees: those with syntax errors, about 1 in 300). *node start* is the time from the
process's start to the profile's first line (module loading included). The last two rows are whole child
processes in the same run; compare shares and ratios, not absolute figures, on a shared machine.
`
}

/** Replaces the section in `file` (or appends it), keeping everything else the bench or people wrote. */
function writeSection(file, text) {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n'
  const at = old.indexOf(`${HEADING}\n`)
  let next = at < 0 ? -1 : old.indexOf('\n## ', at + HEADING.length)
  const before = at < 0 ? old.trimEnd() + '\n\n' : old.slice(0, at)
  const after = at < 0 || next < 0 ? '' : old.slice(next + 1)
  writeFileSync(file, `${before}${text}${after ? `\n${after}` : ''}`)
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run bundle` first')
  cpSync(join(ROOT, 'dist'), HERE, { recursive: true })
  try {
    await build({
      entryPoints: [join(ROOT, 'scripts', 'profile-phases.ts')],
      outfile: join(HERE, 'profile-phases.js'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      alias: { 'jsonc-parser': join(ROOT, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js') },
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    })
    const load = `load average ${loadavg()[0].toFixed(1)} at the start`
    const rows = []
    for (const corpus of corpora()) {
      log(corpus.name)
      // One untimed run first, so every figure below is for a warm page cache.
      timed([join(HERE, 'cli.js'), 'graph', '--repo', corpus.dir, '--json', '--no-cache'])
      const profile = JSON.parse(timed([join(HERE, 'profile-phases.js'), corpus.dir]).stdout)
      const cli = timed([join(HERE, 'cli.js'), 'graph', '--repo', corpus.dir, '--json', '--no-cache']).ms
      const floor = timed([join(ROOT, 'scripts', 'bench.mjs'), '--read-only', corpus.dir]).ms
      log(`  phases ${ms(Object.values(profile.phases).reduce((a, b) => a + b, 0))} ms, CLI ${ms(cli)} ms, floor ${ms(floor)} ms`)
      log(`  ${JSON.stringify(profile.phases)}`)
      rows.push({ corpus, profile, cli, floor })
    }
    const text = section(rows, `${load}, ${loadavg()[0].toFixed(1)} at the end`)
    process.stdout.write(`${text}\n`)
    if (!values['no-write']) writeSection(values.out, text)
  } finally {
    rmSync(HERE, { recursive: true, force: true })
  }
}

main().catch((error) => {
  process.stderr.write(`profile: ${error.stack ?? error.message}\n`)
  process.exitCode = 1
})
