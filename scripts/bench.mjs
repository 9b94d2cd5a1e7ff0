#!/usr/bin/env node
// The speed benchmark of issue 6: one table of cold and warm `graph --json` runs of dist/cli.js on
// Django and on synthetic repositories, each beside a read-only baseline (a child process that only
// lists and reads the same files) measured in the same run, and written to docs/benchmarks.md with
// the machine it ran on. Run through `npm run bench`, which bundles dist/ first.
//
//   node scripts/bench.mjs [--sizes 10000,30000,100000] [--runs N] [--seed S] [--no-django]
//                          [--corpora DIR] [--dist DIR] [--out FILE | --no-write]
//                          [--js NAME=DIR[,TSCONFIG]]... [--depcruise FILE [--depcruise-node FILE]]
//                          [--go DIR:DIR…]
//   node scripts/bench.mjs --read-only DIR [--read js|go]   (the baseline child; prints files and bytes read)
//
// Go trees (--go, or $GO_CORPUS as scripts/check-go.sh sets it) get rows of their own beside the go
// tool's `go list -e -deps -test ./...` in every module of the tree, timed in the same run.
//
// `--js` adds a JavaScript/TypeScript tree (a Debian source such as node-rollup, unpacked by hand) with
// dependency-cruiser's time on it beside ours, measured in the same run; `--depcruise` is its
// bin/dependency-cruise.mjs, installed outside this repository with TypeScript beside it (it skips
// .ts files without) and run by `--depcruise-node` (this Node by default: dependency-cruiser 17 needs
// Node 22 or later, while ours runs on the Node that runs this script). TSCONFIG, relative to DIR, is
// the config dependency-cruiser gets (tsconfig.json by default): it refuses one whose `extends` it
// cannot find, which §5 leaves out.
//
// Every figure is a whole child process, from spawn to exit: Node's start, WASM init, discovery,
// parsing, resolution and JSON out. Wall time is the median of the runs; peak RSS is the largest.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs'
import { cpus, homedir, loadavg, release, tmpdir, totalmem, type } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { SYNTH_VERSION, commitAll, writeSynthRepo } from './synth-repo.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DEFAULT_DIST = join(ROOT, 'dist')
// The bundle is copied once at the start and every run uses the copy, so a rebuild of dist/ while the
// bench runs cannot mix two builds in one table. It stays below the project so that anything the
// bundle still resolves at run time comes from the project's node_modules.
const CLI = join(ROOT, 'node_modules', '.cache', `blast-radius-bench-${process.pid}`, 'cli.js')
// Beside the project's checkout (/work/main) or beside the folder of worktrees it has (/work/wt/NAME).
const GET_DJANGO =
  [join(ROOT, '..', 'shared'), join(ROOT, '..', '..', 'shared')]
    .map((dir) => join(dir, 'corpora', 'get-django.sh'))
    .find((path) => existsSync(path)) ?? join(ROOT, '..', 'shared', 'corpora', 'get-django.sh')
/** How many files a warm run finds changed since the cache was written. */
const TOUCHED = 10
/** Above this many files a corpus gets one run by default: a noisy median beats a bench nobody runs. */
const LARGE = 50_000
/** Folders this run made and must remove, even when it is interrupted. */
const scratchDirs = new Set()
const EXCLUDED_FOLDERS = new Set(['node_modules', 'venv', '.venv', 'site-packages', '__pycache__', '.tox', '.git'])

// ---------------------------------------------------------------------------------------------------
// The read-only baseline: list the files as discovery does, read the Python ones, nothing else.

/** The files each baseline reads: Python's for the main table, JavaScript/TypeScript graph files (§5) for `--js` trees, `.go` for `--go`. */
const READ = { python: /\.pyi?$/, js: /\.(?:[cm]?[jt]s|[jt]sx)$/, go: /\.go$/ }

function readOnly(dir, language = 'python') {
  const paths = isGitWorkTree(dir) ? gitFiles(dir) : walk(dir)
  const sources = paths.filter((p) => READ[language].test(p))
  let bytes = 0
  // One synchronous read after another: on Django about 60 ms against 150 to 200 for 64 reads in
  // flight through the thread pool, so the baseline is the cheapest plain way to read the files.
  for (const path of sources) bytes += readFileSync(join(dir, path)).length
  process.stdout.write(`${sources.length} files, ${bytes} bytes\n`)
}

function isGitWorkTree(dir) {
  try {
    return (
      execFileSync('git', ['-C', dir, 'rev-parse', '--is-inside-work-tree'], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() === 'true'
    )
  } catch {
    return false
  }
}

function gitFiles(dir) {
  const out = execFileSync('git', ['-C', dir, 'ls-files', '-s', '-z'], { maxBuffer: 1 << 30 }).toString()
  return out
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(entry.indexOf('\t') + 1))
}

/** Synchronous on purpose: one readdir after another through the thread pool costs 5 to 10 times more. */
function walk(dir) {
  const files = []
  const pending = ['']
  while (pending.length) {
    const rel = pending.pop()
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory() && !entry.name.startsWith('.') && !EXCLUDED_FOLDERS.has(entry.name)) pending.push(path)
      else if (entry.isFile()) files.push(path)
    }
  }
  return files
}

// ---------------------------------------------------------------------------------------------------
// Measuring a child process.

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
let rssHook

/** Runs `node args` (or `program args`) to its end; wall ms as seen from here, peak RSS in MB, stdout when asked for. */
function measure(args, { captureStdout = false, cwd, program = process.execPath, env = {} } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-run-'))
  const rssFile = join(scratch, 'rss')
  let command = program
  let argv = args
  if (TIME) {
    command = TIME
    argv = ['-f', '%M', '-o', rssFile, program, ...args]
  } else if (program !== process.execPath) {
    throw new Error(`measuring ${program} needs GNU time (/usr/bin/time)`)
  } else {
    // No GNU time: the child reports its own peak RSS as it exits.
    rssHook ??= writeHook()
    argv = ['--import', rssHook, ...args]
  }
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(command, argv, {
      cwd,
      stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'],
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1', ...compileCacheEnv(args), ...env },
    })
    const stdout = []
    const stderr = []
    child.stdout?.on('data', (chunk) => stdout.push(chunk))
    child.stderr.on('data', (chunk) => stderr.push(chunk))
    child.on('error', fail)
    child.on('close', (code) => {
      const ms = performance.now() - started
      try {
        if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}:\n${Buffer.concat(stderr).toString().slice(-2000)}`)
        const rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop())
        done({ ms, rssMb: rssKb / 1024, stdout: Buffer.concat(stdout).toString() })
      } catch (error) {
        fail(error)
      } finally {
        rmSync(scratch, { recursive: true, force: true })
      }
    })
  })
}

/**
 * Node 22.1+ keeps V8's compiled code of the CLI between runs (src/cli.ts): in a folder of the bench's own
 * copy of dist/, so no earlier run warms it, and off for a cold run, which stands for the first run on a
 * machine, where nothing is cached.
 */
function compileCacheEnv(args) {
  const cold = args.includes('--no-cache') || args.some((arg) => arg.includes('cold-cache-'))
  return cold ? { NODE_DISABLE_COMPILE_CACHE: '1' } : { NODE_COMPILE_CACHE: join(dirname(CLI), 'compile-cache') }
}

function writeHook() {
  const path = join(mkdtempSync(join(tmpdir(), 'bench-hook-')), 'rss-hook.mjs')
  writeFileSync(
    path,
    "import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)))\n",
  )
  return path
}

async function repeat(runs, args, options) {
  const results = []
  for (let i = 0; i < runs; i++) results.push(await measure(args, options))
  const times = results.map((r) => r.ms).sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)], rssMb: Math.max(...results.map((r) => r.rssMb)), runs }
}

// ---------------------------------------------------------------------------------------------------
// Corpora.

function django(notes) {
  if (!existsSync(GET_DJANGO)) {
    notes.push(`Django skipped: ${GET_DJANGO} not found.`)
    return undefined
  }
  try {
    const dir = execFileSync('bash', [GET_DJANGO], { stdio: ['ignore', 'pipe', 'pipe'] })
      .toString()
      .trim()
      .split('\n')
      .pop()
    return { name: 'Django 4.2.28', dir }
  } catch (error) {
    notes.push(
      `Django skipped: get-django.sh failed (${String(error.stderr ?? error.message)
        .trim()
        .split('\n')
        .pop()}).`,
    )
    return undefined
  }
}

/**
 * Django as the action meets it, a git checkout: the same files committed to a repository of their
 * own (made once and kept), so that discovery takes git's path and the cache keys are blob ids.
 */
function djangoInGit(django, corporaDir) {
  const dir = join(corporaDir, `${basename(django.dir)}-git`)
  const complete = `${dir}.complete`
  if (!existsSync(complete)) {
    rmSync(dir, { recursive: true, force: true })
    log(`committing a copy of ${django.dir} to ${dir}`)
    // cp -r, not -a: files owned by another user would make git refuse the repository as "dubious".
    execFileSync('cp', ['-r', django.dir, dir])
    commitAll(dir, basename(django.dir))
    writeFileSync(complete, '')
  }
  return { name: `${django.name} (git)`, dir }
}

/** A synthetic corpus, generated once per size, seed and generator version, and kept for later runs. */
function synthetic(files, seed, corporaDir) {
  const dir = join(corporaDir, `synth-${files}-seed${seed}-v${SYNTH_VERSION}`)
  const complete = `${dir}.complete`
  if (!existsSync(complete)) {
    rmSync(dir, { recursive: true, force: true })
    const started = performance.now()
    log(`generating ${files} files into ${dir}`)
    writeSynthRepo({ files, seed, out: dir, git: true })
    log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    writeFileSync(complete, '')
  }
  return { name: `synthetic ${files / 1000}k`, dir }
}

// ---------------------------------------------------------------------------------------------------
// Warm runs: the cache is written once, then each run finds TOUCHED files changed since.

/** Changes `paths` by one line each, and stages them in git, as a pushed commit would. */
function touch(dir, paths, round) {
  for (const path of paths) appendFileSync(join(dir, path), `\n# blast-radius bench, round ${round}\n`)
  if (isGitWorkTree(dir)) execFileSync('git', ['-C', dir, 'add', '--', ...paths])
}

/** TOUCHED files spread evenly over the graph's files, so the changes are not all in one package. */
function spread(files) {
  const step = files.length / TOUCHED
  return Array.from({ length: Math.min(TOUCHED, files.length) }, (_, i) => files[Math.floor(i * step)])
}

// ---------------------------------------------------------------------------------------------------
// Go trees, beside the go tool.

/** Folders the go tool never looks in for `./...` (CONTRACTS.md §6), so never for a module of the tree. */
const GO_SKIPPED = (name) => name === 'vendor' || name === 'testdata' || name.startsWith('.') || name.startsWith('_')

/** The folders of a tree that hold a go.mod: each a module, listed on its own. */
function goModules(dir) {
  const found = []
  const pending = [dir]
  while (pending.length) {
    const folder = pending.pop()
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory() && !GO_SKIPPED(entry.name)) pending.push(join(folder, entry.name))
      else if (entry.isFile() && entry.name === 'go.mod') found.push(folder)
    }
  }
  return found.sort()
}

/**
 * `go list -e -deps -test ./...` in every module, never writing into the tree: Debian's Go 1.19
 * refuses `go 1.x.y` and `toolchain` lines, so each module's go.mod goes through `-modfile` as a
 * cleaned copy (the way __tests__/go/go-list.ts cleans its copies), offline, with a cache of its own.
 * A module whose requirements cannot be loaded offline is listed without its `require` lines.
 */
function goListSetup(dir) {
  const work = mkdtempSync(join(tmpdir(), 'bench-golist-'))
  scratchDirs.add(work)
  const env = {
    HOME: work,
    GOCACHE: join(work, 'cache'),
    GOPATH: join(work, 'gopath'),
    GOPROXY: 'off',
    GOFLAGS: '-mod=mod',
    GOWORK: 'off',
    GOTOOLCHAIN: 'local',
  }
  return goModules(dir).map((module, i) => {
    const modfile = join(work, `m${i}.mod`)
    const clean = readFileSync(join(module, 'go.mod'), 'utf8')
      .replace(/^go (\d+\.\d+)\.\d+.*$/m, 'go $1')
      .replace(/^(toolchain|godebug)\b.*$/gm, '')
    writeFileSync(modfile, clean)
    const args = ['list', `-modfile=${modfile}`, '-e', '-deps', '-test', './...']
    const run = spawnSync('go', args, { cwd: module, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 })
    if (run.status !== 0 && /module lookup disabled by GOPROXY=off/.test(run.stderr))
      writeFileSync(modfile, clean.replace(/^require\s*\([^)]*\)|^require\b.*$/gm, ''))
    return { args, options: { program: 'go', cwd: module, env } }
  })
}

/** One run of go list over every module, one after another: the time is their sum. */
async function goListOnce(modules) {
  let ms = 0
  let rssMb = 0
  for (const { args, options } of modules) {
    const run = await measure(args, options)
    ms += run.ms
    rssMb = Math.max(rssMb, run.rssMb)
  }
  return { ms, rssMb }
}

async function benchGo(corpus, { runs, cacheFlags }) {
  log(`${corpus.name}: ${corpus.dir}`)
  const graphArgs = [CLI, 'graph', '--repo', corpus.dir, '--json', ...cacheFlags.cold()]
  const probe = await measure(graphArgs, { captureStdout: true })
  const graph = JSON.parse(probe.stdout)
  const n = runs ?? 3
  const modules = goListSetup(corpus.dir)
  // Untimed: go list's cache as warm as a developer's, and the files in the page cache.
  await goListOnce(modules)
  const goRuns = []
  for (let i = 0; i < n; i++) goRuns.push(await goListOnce(modules))
  const goTimes = goRuns.map((r) => r.ms).sort((a, b) => a - b)
  const goList = { ms: goTimes[Math.floor(n / 2)], rssMb: Math.max(...goRuns.map((r) => r.rssMb)) }
  log(`  go list ${fmtMs(goList.ms)} ms (${modules.length} modules)`)
  const base = await repeat(n, [fileURLToPath(import.meta.url), '--read-only', corpus.dir, '--read', 'go'])
  log(`  read-only ${fmtMs(base.ms)} ms`)
  const cold = await repeat(n, graphArgs)
  log(`  cold ${fmtMs(cold.ms)} ms, ${cold.rssMb.toFixed(0)} MB`)
  const files = graph.files.filter((f) => f.language === 'go').length
  const peerNote = `${modules.length} module${modules.length === 1 ? '' : 's'}`
  return { corpus, files, edges: graph.stats.edges, base, cold, peer: goList, peerNote, runs: n }
}

async function benchCorpus(corpus, { runs, cacheFlags }) {
  log(`${corpus.name}: ${corpus.dir}`)
  const graphArgs = [CLI, 'graph', '--repo', corpus.dir, '--json']
  // One untimed run: the counts for the table, and a page cache as warm for every measure below.
  const probe = await measure([...graphArgs, ...cacheFlags.cold()], { captureStdout: true })
  const graph = JSON.parse(probe.stdout)
  const files = graph.files.filter((f) => f.language === 'python').map((f) => f.path)
  const count = graph.stats.files
  const n = runs ?? (count > LARGE ? 1 : 3)
  const base = await repeat(n, [fileURLToPath(import.meta.url), '--read-only', corpus.dir])
  log(`  read-only ${fmtMs(base.ms)} ms`)
  const cold = await repeat(n, [...graphArgs, ...cacheFlags.cold()])
  log(`  cold ${fmtMs(cold.ms)} ms, ${cold.rssMb.toFixed(0)} MB`)
  let warm
  if (cacheFlags.warm) {
    // Warm runs change files, so they work on a copy: corpora such as Django are shared with tests.
    const scratch = mkdtempSync(join(tmpdir(), 'bench-warm-'))
    scratchDirs.add(scratch)
    const copy = join(scratch, 'repo')
    const warmArgs = [CLI, 'graph', '--repo', copy, '--json', ...cacheFlags.warm(join(scratch, 'cache'))]
    try {
      execFileSync('cp', ['-r', corpus.dir, copy])
      // A copy has new inodes and times: refresh git's index as a fresh checkout has it, or every
      // run would re-hash every file to see what changed.
      if (isGitWorkTree(copy)) execFileSync('git', ['-C', copy, 'update-index', '-q', '--refresh'])
      await measure(warmArgs)
      const results = []
      for (let round = 1; round <= n; round++) {
        touch(copy, spread(files), round)
        results.push(await measure(warmArgs))
      }
      const times = results.map((r) => r.ms).sort((a, b) => a - b)
      warm = { ms: times[Math.floor(times.length / 2)], rssMb: Math.max(...results.map((r) => r.rssMb)) }
      log(`  warm ${fmtMs(warm.ms)} ms, ${warm.rssMb.toFixed(0)} MB`)
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }
  return { corpus, files: count, edges: graph.stats.edges, base, cold, warm, runs: n }
}

/**
 * What the action does for a pull request, short of the API calls: `diff` on Django with
 * dispatcher.py changed, from the graph to the comment's markdown, report.json and the snapshot (the
 * layout, the PNG still and the viewer page), cold. On a copy, since the file is changed.
 */
async function benchEndToEnd(corpus, { runs, cacheFlags }) {
  return onCopy(corpus, 'bench-e2e-', async (copy, scratch) => {
    appendFileSync(join(copy, 'django', 'dispatch', 'dispatcher.py'), '\n# changed by the bench\n')
    const args = [
      CLI,
      'diff',
      '--repo',
      copy,
      '--base',
      'HEAD',
      '--format',
      'markdown',
      '--out',
      join(scratch, 'out'),
      ...cacheFlags.cold(),
    ]
    const result = await repeat(runs ?? 3, args)
    log(`  end to end (diff --out, with the snapshot) ${fmtMs(result.ms)} ms`)
    return result
  })
}

/**
 * What the row above leaves out: the action's own start, which the CLI does not have. The bundle
 * (dist/index.js, as the runner starts it) on an event that names no pull request, to its exit: its
 * code loaded and compiled (no compile cache, as on a fresh runner), its inputs read, one summary written.
 */
async function benchActionStart({ runs }) {
  const env = { NODE_DISABLE_COMPILE_CACHE: '1', GITHUB_EVENT_NAME: '', GITHUB_EVENT_PATH: '', GITHUB_STEP_SUMMARY: '', GITHUB_OUTPUT: '' }
  const result = await repeat(runs ?? 3, [join(dirname(CLI), 'index.js')], { env })
  log(`  action start (dist/index.js, no pull request) ${fmtMs(result.ms)} ms`)
  return result
}

/** `work(copy, scratch)` on a copy of the corpus in a scratch folder, removed afterwards: these runs change files. */
async function onCopy(corpus, prefix, work) {
  const scratch = mkdtempSync(join(tmpdir(), prefix))
  scratchDirs.add(scratch)
  const copy = join(scratch, 'repo')
  try {
    execFileSync('cp', ['-r', corpus.dir, copy])
    return await work(copy, scratch)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/**
 * `diff --base B --head H` on a real git history: a copy of Django (git) with a second commit that
 * changes ${TOUCHED} Python files, the work tree left at the base, so the head is read from git
 * (objects or a checkout, as the CLI does it). Cold, and warm with a cache that one `graph` run of
 * the base wrote: the state of a developer's machine or a CI cache after the base branch was analysed.
 */
async function benchDiff(corpus, { runs, cacheFlags }) {
  return onCopy(corpus, 'bench-diff-', async (copy, scratch) => {
    execFileSync('git', ['-C', copy, 'update-index', '-q', '--refresh'])
    const base = execFileSync('git', ['-C', copy, 'rev-parse', 'HEAD']).toString().trim()
    touch(copy, spread(gitFiles(copy).filter((p) => p.endsWith('.py'))), 'diff')
    execFileSync('git', ['-C', copy, '-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'head'])
    const head = execFileSync('git', ['-C', copy, 'rev-parse', 'HEAD']).toString().trim()
    execFileSync('git', ['-C', copy, 'checkout', '-q', base])
    const args = [CLI, 'diff', '--repo', copy, '--base', base, '--head', head, '--format', 'json']
    const cold = await repeat(runs ?? 3, [...args, ...cacheFlags.cold()])
    log(`  diff --base --head, cold ${fmtMs(cold.ms)} ms`)
    let warm
    if (cacheFlags.warm) {
      const cache = cacheFlags.warm(join(scratch, 'cache'))
      await measure([CLI, 'graph', '--repo', copy, '--json', ...cache])
      warm = await repeat(runs ?? 3, [...args, ...cache])
      log(`  diff --base --head, warm ${fmtMs(warm.ms)} ms`)
    }
    return { cold, warm }
  })
}

/**
 * A JavaScript/TypeScript tree: read-only (its JS/TS files), our cold graph, and dependency-cruiser's
 * JSON of the same tree (every file, node_modules neither followed nor read, type-only imports
 * included, as §5 counts them), one after another in this run.
 */
async function benchJsCorpus(corpus, { runs, cacheFlags, depcruise, depcruiseNode }) {
  log(`${corpus.name}: ${corpus.dir}`)
  const graphArgs = [CLI, 'graph', '--repo', corpus.dir, '--json', ...cacheFlags.cold()]
  const probe = await measure(graphArgs, { captureStdout: true })
  const graph = JSON.parse(probe.stdout)
  const files = graph.files.filter((f) => f.language === 'javascript' || f.language === 'typescript').length
  // dependency-cruiser takes a minute on a tree of 10,000 files: one run each unless told.
  const n = runs ?? 1
  const base = await repeat(n, [fileURLToPath(import.meta.url), '--read-only', corpus.dir, '--read', 'js'])
  const cold = await repeat(n, graphArgs)
  log(`  read-only ${fmtMs(base.ms)} ms, cold ${fmtMs(cold.ms)} ms, ${cold.rssMb.toFixed(0)} MB`)
  let peer
  if (depcruise) {
    const scratch = mkdtempSync(join(tmpdir(), 'bench-depcruise-'))
    scratchDirs.add(scratch)
    try {
      const config = corpus.tsconfig ?? (existsSync(join(corpus.dir, 'tsconfig.json')) ? 'tsconfig.json' : undefined)
      const args = [depcruise, '--no-config', '--output-type', 'json', '--output-to', join(scratch, 'out.json')]
      if (config) args.push('--ts-config', config)
      args.push('--ts-pre-compilation-deps', '--do-not-follow', 'node_modules', '--exclude', '(^|/)node_modules/', '.')
      peer = await repeat(n, args, { cwd: corpus.dir, program: depcruiseNode })
      log(`  dependency-cruiser ${fmtMs(peer.ms)} ms, ${peer.rssMb.toFixed(0)} MB`)
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }
  return { corpus, files, edges: graph.stats.edges, base, cold, peer, runs: n }
}

/** Which cache flags this dist/cli.js knows, read from its own --help. */
function cacheFlagsOf(help, notes) {
  const hasCache = /--cache\b/.test(help)
  const hasNoCache = /--no-cache\b/.test(help)
  if (!hasCache) notes.push('Warm runs skipped: this dist/cli.js has no `--cache DIR` option yet (per its --help).')
  else if (!hasNoCache) notes.push('Cold runs use a fresh empty `--cache` folder each: this dist/cli.js has no `--no-cache`.')
  return {
    // Without --no-cache, a fresh folder below the bench's own copy of dist/, which goes when the bench ends.
    cold: () => (hasNoCache ? ['--no-cache'] : hasCache ? ['--cache', mkdtempSync(join(dirname(CLI), 'cold-cache-'))] : []),
    warm: hasCache ? (dir) => ['--cache', dir] : undefined,
  }
}

// ---------------------------------------------------------------------------------------------------
// Report.

const fmtMs = (ms) => Math.round(ms).toLocaleString('en-US')
const log = (line) => process.stderr.write(`bench: ${line}\n`)

/** A markdown table of measured rows: the head, then each row's cells, or "failed" across a corpus that failed. */
function measuredTable(head, rows, cells) {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`]
  for (const r of rows) lines.push(`| ${(r.failed ? [r.corpus.name, ...head.slice(1).map(() => 'failed')] : cells(r)).join(' | ')} |`)
  return lines.join('\n')
}

/** The cells every measured table starts with: the tree, its size, the read floor, the cold run and their ratio. */
const leadingCells = (r) => [
  r.corpus.name,
  r.files.toLocaleString('en-US'),
  r.edges.toLocaleString('en-US'),
  fmtMs(r.base.ms),
  fmtMs(r.cold.ms),
  (r.cold.ms / r.base.ms).toFixed(1),
]

function table(rows) {
  const head = [
    'corpus',
    'files',
    'edges',
    'read-only ms',
    'cold ms',
    'cold ÷ read-only',
    `warm ms (${TOUCHED} changed)`,
    'peak RSS MB',
    'cold µs per file',
    'runs',
  ]
  return measuredTable(head, rows, (r) => {
    const rss = Math.max(r.cold.rssMb, r.warm?.rssMb ?? 0)
    return [...leadingCells(r), r.warm ? fmtMs(r.warm.ms) : 'n/a', rss.toFixed(0), ((r.cold.ms * 1000) / r.files).toFixed(0), r.runs]
  })
}

/** Issue 18's goals, per corpus: cold ms, cold ÷ read-only, warm ms with ${TOUCHED} files changed, peak RSS MB. */
const SPEED_GOALS = [
  { corpus: 'Django 4.2.28 (git)', cold: 500, ratio: 4, warm: 250, rss: 150 },
  { corpus: 'synthetic 30k', cold: 1500, ratio: 4, warm: 500, rss: 400 },
  { corpus: 'synthetic 100k', cold: 4000, ratio: 4, warm: 1200, rss: 1024 },
]
const END_TO_END_GOAL_MS = 1000
const LINEAR_GOAL = 1.2

/** One cell of the goals table: the figure, the goal, and whether it is met. */
const goalCell = (value, goal, text) => (value === undefined ? 'not measured' : `${value <= goal ? 'met' : '**not met**'}: ${text}`)

/** Issue 18's goals table, each figure from this run beside its goal, met or not. */
function speedGoals(all) {
  const rows = all.filter((r) => !r.failed)
  const find = (name) => rows.find((r) => r.corpus.name === name)
  const lines = ['| corpus | cold | cold ÷ read-only | warm (10 changed) | peak RSS |', '|---|---|---|---|---|']
  for (const goal of SPEED_GOALS) {
    const r = find(goal.corpus)
    if (!r) {
      lines.push(`| ${goal.corpus} | not measured | | | |`)
      continue
    }
    const rss = Math.max(r.cold.rssMb, r.warm?.rssMb ?? 0)
    lines.push(
      `| ${goal.corpus} | ${[
        goalCell(r.cold.ms, goal.cold, `${fmtMs(r.cold.ms)} ms (≤ ${fmtMs(goal.cold)})`),
        goalCell(r.cold.ms / r.base.ms, goal.ratio, `${(r.cold.ms / r.base.ms).toFixed(1)} × (≤ ${goal.ratio})`),
        goalCell(r.warm?.ms, goal.warm, `${fmtMs(r.warm?.ms ?? 0)} ms (≤ ${fmtMs(goal.warm)})`),
        goalCell(rss, goal.rss, `${rss.toFixed(0)} MB (≤ ${goal.rss})`),
      ].join(' | ')} |`,
    )
  }
  const e2e = find('Django 4.2.28 (git)')?.endToEnd
  lines.push(
    `| action end to end on Django (\`diff --format markdown --out\`: report, PNG, viewer; no API) | ${goalCell(e2e?.ms, END_TO_END_GOAL_MS, `${fmtMs(e2e?.ms ?? 0)} ms (≤ ${fmtMs(END_TO_END_GOAL_MS)})`)} | | | |`,
  )
  const start = find('Django 4.2.28 (git)')?.actionStart
  if (start)
    lines.push(
      '',
      `The action itself starts before that: \`node dist/index.js\` on an event that names no pull request, to its exit (its code loaded with no compile cache, as on a fresh runner), ${fmtMs(start.ms)} ms.`,
    )
  const [small, large] = [find('synthetic 10k'), find('synthetic 100k')]
  const growth = small && large ? large.cold.ms / large.files / (small.cold.ms / small.files) : undefined
  const linear =
    growth === undefined
      ? `not measured: cold time per file at 100k ÷ at 10k (≤ ${LINEAR_GOAL}) needs both sizes`
      : goalCell(growth, LINEAR_GOAL, `cold time per file at 100k ÷ at 10k is ${growth.toFixed(2)} (≤ ${LINEAR_GOAL})`)
  return `${lines.join('\n')}\n\n- ${linear}\n- the JavaScript/TypeScript and Go adapters: their own tables below, when trees are given (--js, --go).`
}

/** `diff --base --head` on Django's git history, cold and warm. */
function diffTable(all) {
  const r = all.find((row) => row.diff)
  if (!r) return ''
  const { cold, warm } = r.diff
  return [
    `| corpus | diff cold ms | diff warm ms (cache of the base) | peak RSS MB | runs |`,
    `| --- | ---: | ---: | ---: | ---: |`,
    `| ${r.corpus.name}, head commit changing ${TOUCHED} files | ${fmtMs(cold.ms)} | ${warm ? fmtMs(warm.ms) : 'n/a'} | ${Math.max(cold.rssMb, warm?.rssMb ?? 0).toFixed(0)} | ${cold.runs} |`,
  ].join('\n')
}

/** The tables beside another tool: which files they count, the tool, and the share of its time that is the goal. */
const JS_PEER = { files: 'JS/TS files', peer: 'dependency-cruiser', within: 0.1 }
const GO_PEER = { files: 'Go files', peer: 'go list', within: 1 }

/** A table of trees measured beside another tool (`peer`: its time and RSS, `peerNote` beside its time). */
function peerTable(rows, { files, peer }) {
  const head = [
    'tree',
    files,
    'edges',
    'read-only ms',
    'cold ms',
    'cold ÷ read-only',
    `${peer} ms`,
    `cold ÷ ${peer}`,
    `peak RSS MB (ours / ${peer})`,
    'runs',
  ]
  return measuredTable(head, rows, (r) => {
    return [
      ...leadingCells(r),
      r.peer ? `${fmtMs(r.peer.ms)}${r.peerNote ? ` (${r.peerNote})` : ''}` : 'n/a',
      r.peer ? (r.cold.ms / r.peer.ms).toFixed(2) : 'n/a',
      `${r.cold.rssMb.toFixed(0)} / ${r.peer ? r.peer.rssMb.toFixed(0) : 'n/a'}`,
      r.runs,
    ]
  })
}

/** The goals for trees beside another tool (issue 13's for JavaScript/TypeScript, 14's for Go). */
function peerGoals(rows, { peer, within }) {
  const out = []
  const check = (ok, text) => out.push(`- ${ok ? 'met' : '**not met**'}: ${text}`)
  for (const r of rows) {
    const name = r.corpus.name
    if (r.failed) {
      out.push(`- **not measured**: ${name} failed (see the notes)`)
      continue
    }
    check(r.cold.ms <= 4 * r.base.ms, `${name} cold ≤ 4 × read-only (${(r.cold.ms / r.base.ms).toFixed(1)} ×)`)
    if (r.peer) check(r.cold.ms <= within * r.peer.ms, `${name} cold ≤ ${within} × ${peer} (${(r.cold.ms / r.peer.ms).toFixed(2)} ×)`)
    check(r.cold.rssMb <= 500, `${name} peak RSS ≤ 500 MB (${r.cold.rssMb.toFixed(0)} MB, ${r.files.toLocaleString('en-US')} files)`)
  }
  return out.join('\n')
}

/** The issue's goals, each with the figure that meets it or not. */
function goals(all) {
  const out = []
  for (const r of all) if (r.failed) out.push(`- **not measured**: ${r.corpus.name} failed (see the notes)`)
  const rows = all.filter((r) => !r.failed)
  const check = (ok, text) => out.push(`- ${ok ? 'met' : '**not met**'}: ${text}`)
  for (const dj of rows.filter((r) => r.corpus.name.startsWith('Django'))) {
    const name = dj.corpus.name
    check(dj.cold.ms <= 1000, `${name} cold ≤ 1,000 ms (${fmtMs(dj.cold.ms)} ms)`)
    check(dj.cold.ms <= 4 * dj.base.ms, `${name} cold ≤ 4 × read-only (${(dj.cold.ms / dj.base.ms).toFixed(1)} ×)`)
    check(dj.cold.rssMb < 400, `${name} peak RSS < 400 MB (${dj.cold.rssMb.toFixed(0)} MB)`)
    if (dj.warm) check(dj.warm.ms <= 400, `${name} warm, ${TOUCHED} files changed, ≤ 400 ms (${fmtMs(dj.warm.ms)} ms)`)
    if (dj.endToEnd) {
      check(
        dj.endToEnd.ms <= 5000,
        `${name}: the whole report with the snapshot (\`diff --format markdown --out\`, dispatcher.py changed) ≤ 5 s (${fmtMs(dj.endToEnd.ms)} ms)`,
      )
    }
  }
  const big = rows.find((r) => r.corpus.name === 'synthetic 100k')
  if (big) {
    check(big.cold.ms <= 30000, `100k files cold ≤ 30 s (${(big.cold.ms / 1000).toFixed(1)} s)`)
    check(big.cold.rssMb < 2048, `100k files peak RSS < 2 GB (${big.cold.rssMb.toFixed(0)} MB)`)
  }
  const synth = rows.filter((r) => r.corpus.name.startsWith('synthetic')).sort((a, b) => a.files - b.files)
  if (synth.length >= 2) {
    const perFile = synth.map((r) => r.cold.ms / r.files)
    const growth = perFile[perFile.length - 1] / perFile[0]
    // Node's start and WASM init are a fixed cost that flatters the large sizes; 1.5 leaves room for noise.
    check(
      growth <= 1.5,
      `cost grows linearly: cold time per file at ${synth.map((r) => r.files / 1000 + 'k').join(' / ')} is ${perFile.map((p) => (p * 1000).toFixed(0) + ' µs').join(' / ')} (largest ÷ smallest ${growth.toFixed(2)}, ≤ 1.5)`,
    )
  }
  return out.join('\n')
}

function machine() {
  const cpu = cpus()
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
    const dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
    if (dirty) commit += ' with uncommitted changes in src/'
  } catch {
    // Not a git checkout: the commit stays unknown.
  }
  return {
    cpu: `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    os: `${type()} ${release()}`,
    commit,
  }
}

function markdown(rows, jsRows, goRows, notes, m, started) {
  return `# Benchmarks

Written by \`npm run bench\` (\`npm run bundle && node scripts/bench.mjs\`); run it again to refresh this page.

Taken ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.memory} memory, Node ${m.node}, ${m.os}; ${m.bundle} of blast-radius at ${m.commit}; ${m.load}.

${table(rows)}

## Goals (issue 18)

${speedGoals(rows)}
${diffTable(rows) ? `\n## diff on a git history\n\n${diffTable(rows)}\n\nThe head commit is read as the CLI reads it (\`--head\`), the work tree left at the base.\n` : ''}
## Goals (issue 6)

${goals(rows) || '- no corpus measured'}
${
  jsRows.length
    ? `
## JavaScript and TypeScript beside dependency-cruiser (issue 13)

${peerTable(jsRows, JS_PEER)}

${peerGoals(jsRows, JS_PEER)}
`
    : ''
}${
    goRows.length
      ? `
## Go beside go list (issue 14)

${peerTable(goRows, GO_PEER)}

${peerGoals(goRows, GO_PEER)}
`
      : ''
  }${notes.length ? `\n## Notes\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}
## How it is measured

- Each figure is a whole child process from spawn to exit: \`node dist/cli.js graph --repo DIR --json\`
  (a copy of the bundle taken when the bench starts) with stdout going nowhere, so Node's start, WASM init,
  discovery, parsing, resolution and writing the JSON all count. Times are the median of the runs
  (column *runs*); peak RSS is the largest seen, cold or warm, from GNU time's maximum resident set
  size (or \`process.resourceUsage().maxRSS\` where there is no /usr/bin/time).
- *read-only*: a child Node process that lists the same files (git's list, or a walk outside git) and
  reads every Python file, one synchronous read after another (the cheapest plain way here), and does
  nothing else. Measured in the same run, so *cold ÷ read-only* compares like with like on a noisy
  machine.
- *cold*: no facts cache (\`--no-cache\` where the CLI has it) and, on Node 22.1 and later, no compiled code of
  the CLI (\`NODE_DISABLE_COMPILE_CACHE=1\`): the first run on a machine. *warm*: Node's compile cache in a folder
  of the bench's own, and with \`--cache DIR\` written by
  one earlier run, after ${TOUCHED} Python files spread over the repository were each changed by one line
  (and staged, in git, as a pushed commit would be); every warm run changes them anew. Warm runs
  work on a copy of the corpus, so the shared Django folder is never changed.
- One untimed run before the measures gives the counts and leaves the files in the OS page cache, so
  every figure is for a warm disk cache: the state of a CI runner right after checkout.
- The synthetic corpora come from \`node scripts/synth-repo.mjs --files N --seed 1 --git\` (same bytes on
  every machine), committed to a git repository of their own, so discovery takes git's path there;
  Django comes twice: *(folder)* as get-django.sh unpacks it (no .git: discovery walks it and the cache
  keys are content hashes, so a warm run still reads every file), and *(git)*, the same files committed
  to a repository of their own, as the action meets a checkout (blob ids as keys: a warm run reads only
  the changed files). The git row counts one file more: git lists tracked files in folders whose name
  starts with a dot, which a walk leaves out (CONTRACTS.md §4).
- JavaScript/TypeScript trees (\`--js\`): *read-only* reads their \`.js .jsx .mjs .cjs .ts .tsx .mts .cts\`
  files; *dependency-cruiser* is \`depcruise --no-config --output-type json --ts-config tsconfig.json
  --ts-pre-compilation-deps --do-not-follow node_modules --exclude '(^|/)node_modules/' .\` run in the
  tree (with TypeScript installed beside it), timed the same way, after ours. Edge by edge, the two are
  compared in docs/contracts.md §5.
- Go trees (\`--go\`): *read-only* reads their \`.go\` files; *go list* is \`go list -e -deps -test ./...\`
  in each module of the tree, one after another (its time is their sum), with Debian's Go offline, each
  go.mod cleaned for Go 1.19 and given through \`-modfile\` (the tree is never written), and a build
  cache of its own warmed by one untimed run.
- The load average above says how busy the machine was with other work (above the number of cores,
  every figure is inflated); treat differences under about 10 % as noise even on a quiet machine.
`
}

/**
 * The sections of the page that other tools or people wrote (the profile's "Where the time goes",
 * the viewer's frame times): every `## ` section of the old page whose heading this page lacks.
 */
function keptSections(file, page) {
  if (!existsSync(file)) return ''
  const own = new Set(page.split('\n').filter((line) => line.startsWith('## ')))
  const sections = readFileSync(file, 'utf8')
    .split(/\n(?=## )/)
    .slice(1)
  const kept = sections.filter((section) => !own.has(section.split('\n')[0]))
  return kept.map((section) => `\n${section.trimEnd()}\n`).join('')
}

async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'read-only': { type: 'string' },
      dist: { type: 'string', default: DEFAULT_DIST },
      sizes: { type: 'string', default: '10000,30000,100000' },
      runs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'no-django': { type: 'boolean', default: false },
      corpora: { type: 'string', default: join(homedir(), '.cache', 'blast-radius-corpora') },
      out: { type: 'string', default: join(ROOT, 'docs', 'benchmarks.md') },
      'no-write': { type: 'boolean', default: false },
      read: { type: 'string', default: 'python' },
      js: { type: 'string', multiple: true, default: [] },
      depcruise: { type: 'string' },
      'depcruise-node': { type: 'string', default: process.execPath },
      go: { type: 'string', default: process.env.GO_CORPUS ?? '' },
    },
  })
  if (values['read-only']) return readOnly(values['read-only'], values.read)
  const dist = resolve(values.dist)
  if (!existsSync(join(dist, 'cli.js'))) throw new Error(`${dist}/cli.js is missing: run \`npm run bundle\` first (npm run bench does)`)
  cpSync(dist, dirname(CLI), { recursive: true })
  scratchDirs.add(dirname(CLI))
  const cleanUp = () => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }))
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      cleanUp()
      process.exit(130)
    })
  }
  try {
    await bench(values)
  } finally {
    cleanUp()
  }
}

async function bench(values) {
  const started = new Date()
  // The commit as the bundle was taken (at the start): src/ may move on while a long bench runs.
  const m = machine()
  const loadAtStart = loadavg()[0]
  const notes = []
  const help = execFileSync(process.execPath, [CLI, '--help']).toString()
  const cacheFlags = cacheFlagsOf(help, notes)
  const runs = values.runs === undefined ? undefined : Number(values.runs)
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : []
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: whole numbers, comma-separated (got ${values.sizes})`)

  const corpora = []
  const dj = values['no-django'] ? undefined : django(notes)
  if (dj) corpora.push({ ...dj, name: `${dj.name} (folder)` }, djangoInGit(dj, values.corpora))
  for (const size of sizes) corpora.push(synthetic(size, Number(values.seed), values.corpora))
  const rows = []
  for (const corpus of corpora.filter(Boolean)) {
    try {
      const row = await benchCorpus(corpus, { runs, cacheFlags })
      if (corpus.name.startsWith('Django') && corpus.name.endsWith('(git)')) {
        row.endToEnd = await benchEndToEnd(corpus, { runs, cacheFlags })
        row.actionStart = await benchActionStart({ runs })
        row.diff = await benchDiff(corpus, { runs, cacheFlags })
      }
      rows.push(row)
    } catch (error) {
      // One corpus failing is a result too: it shows in the table, and the others are still measured.
      const reason = error.message.split('\n').find((line) => /error/i.test(line)) ?? error.message.split('\n')[0]
      log(`  failed: ${reason}`)
      notes.push(`${corpus.name} failed: ${reason.trim()}`)
      rows.push({ corpus, failed: true })
    }
  }

  const jsRows = []
  if (values.depcruise && !existsSync(values.depcruise)) throw new Error(`--depcruise ${values.depcruise}: no such file`)
  if (!existsSync(values['depcruise-node'])) throw new Error(`--depcruise-node ${values['depcruise-node']}: no such file`)
  if (values.js.length && !values.depcruise) notes.push('dependency-cruiser not measured: no `--depcruise FILE` given.')
  for (const spec of values.js) {
    const [name, rest] = [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)]
    const [dir, tsconfig] = rest.split(',')
    if (!name || !dir || !existsSync(dir)) throw new Error(`--js ${spec}: NAME=DIR[,TSCONFIG] with an existing DIR`)
    const corpus = { name, dir: resolve(dir), ...(tsconfig && { tsconfig }) }
    try {
      jsRows.push(
        await benchJsCorpus(corpus, {
          runs,
          cacheFlags,
          depcruise: values.depcruise && resolve(values.depcruise),
          depcruiseNode: resolve(values['depcruise-node']),
        }),
      )
    } catch (error) {
      const reason = error.message.split('\n').find((line) => /error/i.test(line)) ?? error.message.split('\n')[0]
      log(`  failed: ${reason}`)
      notes.push(`${name} failed: ${reason.trim()}`)
      jsRows.push({ corpus, failed: true })
    }
  }

  const goRows = []
  for (const dir of values.go.split(':').filter(Boolean)) {
    const corpus = { name: basename(resolve(dir)), dir: resolve(dir) }
    try {
      goRows.push(await benchGo(corpus, { runs, cacheFlags }))
    } catch (error) {
      const reason = error.message.split('\n')[0]
      log(`  failed: ${reason}`)
      notes.push(`${corpus.name} failed: ${reason.trim()}`)
      goRows.push({ corpus, failed: true })
    }
  }

  m.bundle = relative(ROOT, join(resolve(values.dist), 'cli.js'))
  // Other work on the machine shows in the figures; the load says how much there was.
  m.load = `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`
  process.stdout.write(
    `\n${m.cpu}, ${m.memory}, Node ${m.node}, ${m.load}\n\n${table(rows)}\n\n${speedGoals(rows)}\n\n${diffTable(rows)}\n\n${goals(rows)}\n` +
      (jsRows.length ? `\n${peerTable(jsRows, JS_PEER)}\n\n${peerGoals(jsRows, JS_PEER)}\n` : '') +
      (goRows.length ? `\n${peerTable(goRows, GO_PEER)}\n\n${peerGoals(goRows, GO_PEER)}\n` : '') +
      `${notes.map((n) => `note: ${n}`).join('\n')}\n`,
  )
  if (!values['no-write']) {
    mkdirSync(dirname(values.out), { recursive: true })
    const page = markdown(rows, jsRows, goRows, notes, m, started)
    writeFileSync(values.out, page + keptSections(values.out, page))
    log(`wrote ${values.out}`)
  }
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`)
  process.exitCode = 1
})
