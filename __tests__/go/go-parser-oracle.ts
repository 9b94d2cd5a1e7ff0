// Go's own parser as the judge of extraction: __tests__/go/oracle/go_imports.go, built once into a
// temporary folder, reads each file's header as go/build does (go/parser, ImportsOnly).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SOURCE = fileURLToPath(new URL('./oracle/go_imports.go', import.meta.url))

export interface ParsedHeader {
  readonly file: string
  readonly package: string
  readonly imports: readonly [string, number][]
  /** The line of go/parser's first error in the header; 0 when it has none. */
  readonly errorLine: number
}

/**
 * go/parser's reading of every file, by path, of its first `limit` bytes where one is given (the
 * header, as go/build cuts it); throws when the oracle cannot be built or run.
 */
export function goParserHeaders(files: readonly { path: string; limit?: number }[]): Map<string, ParsedHeader> {
  const work = mkdtempSync(join(tmpdir(), 'blast-radius-goparser-'))
  try {
    const env = {
      ...process.env,
      HOME: join(work, 'home'),
      GOCACHE: join(work, 'cache'),
      GOPATH: join(work, 'gopath'),
      GOFLAGS: '',
      GOWORK: 'off',
      GO111MODULE: 'on',
      GOPROXY: 'off',
      GOTOOLCHAIN: 'local',
    }
    const binary = join(work, 'go_imports')
    const build = spawnSync('go', ['build', '-o', binary, SOURCE], { cwd: work, env, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`cannot build the go/parser oracle: ${build.stderr}`)
    const run = spawnSync(binary, [], {
      input: files.map((f) => (f.limit === undefined ? f.path : `${f.path}\t${f.limit}`)).join('\n') + '\n',
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    })
    if (run.status !== 0) throw new Error(`the go/parser oracle failed: ${run.stderr}`)
    const headers = new Map<string, ParsedHeader>()
    for (const line of run.stdout.split('\n')) {
      if (!line) continue
      const parsed = JSON.parse(line) as ParsedHeader & { failure?: string; errorLine?: number }
      if (parsed.failure) throw new Error(`the go/parser oracle could not read ${parsed.file}: ${parsed.failure}`)
      headers.set(parsed.file, { ...parsed, errorLine: parsed.errorLine ?? 0 })
    }
    return headers
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Every .go file below a folder (any folder: extraction reads vendored and test data files as well). */
export function goFilesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.go'))
    .map((name) => join(dir, name))
}
