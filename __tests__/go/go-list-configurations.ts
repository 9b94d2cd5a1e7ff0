// The build configurations the judge lists a tree in. The graph is the union over platforms and
// build tags (§6) while go list sees one configuration at a time, so the files the host's build
// leaves out (`x_windows.go`, `//go:build extended`) are judged in others: the host with every tag
// the tree's own constraints name, the host as a later Go, then other platforms.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface BuildConfiguration {
  /** `host`, `tags`, a later release (`go1.22`), or the platform as `GOOS/GOARCH`. */
  readonly name: string
  readonly env: Readonly<Record<string, string>>
  readonly tags: readonly string[]
}

/** After the host, the platforms whose files real trees hold (etcd's `lock_plan9.go`, `sockopt_solaris.go`, …). */
const PLATFORMS = ['windows/amd64', 'darwin/arm64', 'freebsd/amd64', 'openbsd/amd64', 'solaris/amd64', 'plan9/amd64', 'js/wasm']

/** The judge's own Go release, the N of go1.N (Debian's Go 1.19: 19). */
const LOCAL_RELEASE = Number(/^go1\.(\d+)/.exec(spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' }).stdout)?.[1] ?? 0)

/** Names a constraint may use that are no tag to set: platforms and the toolchain's own. */
function reservedNames(): Set<string> {
  const list = spawnSync('go', ['tool', 'dist', 'list'], { encoding: 'utf8' })
  if (list.status !== 0) throw new Error(`go tool dist list failed: ${list.stderr}`)
  return new Set([...list.stdout.split(/[\s/]+/).filter(Boolean), 'cgo', 'gc', 'gccgo', 'unix', IGNORE])
}

/**
 * `ignore` marks a generator (often `package main` beside another package): setting it would make its
 * folder's package an error, so it is never set, and a file that names it is not waited for.
 */
const IGNORE = 'ignore'

/** The configurations in the order the judge tries them, for a tree with these .go files, and the files that name `ignore`. */
export function buildConfigurations(files: readonly string[]): { configurations: BuildConfiguration[]; ignored: Set<string> } {
  const reserved = reservedNames()
  const tags = new Set<string>()
  const ignored = new Set<string>()
  let newest = LOCAL_RELEASE
  for (const file of files) {
    for (const name of constraintNames(file)) {
      const release = /^go1\.(\d+)$/.exec(name)
      if (release) newest = Math.max(newest, Number(release[1]))
      else if (name === IGNORE) ignored.add(file)
      else if (!reserved.has(name)) tags.add(name)
    }
  }
  // A later Go's release tags, as that Go sets them (every go1.N up to its own), for the files
  // meant for a Go newer than the judge (x/tools' `//go:build go1.22`); go/build matches a tag set
  // with -tags as it matches its own release tags.
  const later = Array.from({ length: newest - LOCAL_RELEASE }, (_, i) => `go1.${LOCAL_RELEASE + 1 + i}`)
  const releases = later.map((name, i) => ({ name, env: {}, tags: later.slice(0, i + 1) }))
  const configurations = [
    { name: 'host', env: {}, tags: [] },
    ...(tags.size ? [{ name: 'tags', env: {}, tags: [...tags].sort() }] : []),
    ...releases,
    ...PLATFORMS.map((platform) => {
      const [GOOS, GOARCH] = platform.split('/') as [string, string]
      return { name: platform, env: { GOOS, GOARCH }, tags: [] }
    }),
  ]
  return { configurations, ignored }
}

/** The names a file's build constraints use (`//go:build` and `// +build` lines above the package clause). */
function constraintNames(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const clause = text.search(/^package\s/m)
  const header = clause < 0 ? text : text.slice(0, clause)
  return [...header.matchAll(/^\/\/(?:go:build|\s*\+build)\s(.*)$/gm)].flatMap(([, expression]) => expression!.match(/[^\s!&|(),]+/g) ?? [])
}
