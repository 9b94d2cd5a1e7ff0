import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const PYRIGHT = join(createRequire(import.meta.url).resolve('pyright/package.json'), '..', 'index.js')

/**
 * Which repository files pyright says each file imports (`pyright --dependencies --verbose`), on a
 * temporary copy of `fixture` with `config` as its pyrightconfig.json. pyright runs with no Python on
 * its PATH, so nothing installed on this machine joins its search paths: only the repository and its
 * own bundled stubs, which are left out here.
 */
export async function pyrightImports(fixture: string, config: object): Promise<Map<string, string[]>> {
  const dir = await mkdtemp(join(tmpdir(), 'blast-radius-pyright-'))
  const noPython = await mkdtemp(join(tmpdir(), 'blast-radius-no-python-'))
  try {
    await cp(fixture, dir, { recursive: true })
    await writeFile(join(dir, 'pyrightconfig.json'), JSON.stringify(config))
    const stdout = await new Promise<string>((done, fail) =>
      execFile(process.execPath, [PYRIGHT, '--dependencies', '--verbose'], { cwd: dir, env: { PATH: noPython }, maxBuffer: 64 << 20 },
        (error, out) => {
          if (out.includes('Imported by')) done(out)
          else fail(error ?? new Error(`pyright printed no dependencies:\n${out}`))
        }),
    )
    return parseDependencies(stdout, dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
    await rm(noPython, { recursive: true, force: true })
  }
}

/** Blocks of `path` / ` Imports N files` / `    file:///…` / ` Imported by …`, for files inside `dir`. */
function parseDependencies(stdout: string, dir: string): Map<string, string[]> {
  const imports = new Map<string, string[]>()
  const inside = (path: string) => {
    const rel = relative(dir, path).split('\\').join('/')
    return rel.startsWith('..') ? undefined : rel
  }
  let current: string[] | undefined
  let section: 'imports' | 'importedBy' | undefined
  for (const line of stdout.split('\n')) {
    if (line.startsWith(' Imports ')) section = 'imports'
    else if (line.startsWith(' Imported by ')) section = 'importedBy'
    else if (line.startsWith('    file://')) {
      const target = inside(fileURLToPath(line.trim()))
      if (section === 'imports' && current && target) current.push(target)
    } else if (line !== '' && !line.startsWith(' ')) {
      const file = inside(join(dir, line.trim()))
      current = file && /\.pyi?$/.test(file) ? [] : undefined
      if (file && current) imports.set(file, current)
      section = undefined
    }
  }
  return imports
}
