import { execFile, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const JUDGE = fileURLToPath(new URL('cpython_imports.py', import.meta.url))

/** An entry of sys.path: a folder of the fixture, or the modules a build of the setup.py at `install` installs. */
export type PathEntry = string | { readonly install: string }

/** What CPython did on importing one file (cpython_imports.py says how it is observed). */
export interface CpythonImports {
  /** The name the file was imported by, or null where no root gives it one. */
  readonly module: string | null
  /** The repository files its own import statements import, its packages' `__init__` among them. */
  readonly imports: readonly string[]
  /** The lines of its import statements, and those CPython ran on importing it. */
  readonly statements: readonly number[]
  readonly run: readonly number[]
  /** What the import raised, if it did (the fixtures import names they never define). */
  readonly error: string | null
}

/** Whether setuptools is importable (for the `install` entries; it is no part of CPython). */
export const haveSetuptools = spawnSync('python3', ['-I', '-c', 'import setuptools']).status === 0

/**
 * CPython's imports for each file of `paths`, imported afresh with the standard library and then
 * that file's entries on sys.path: one python3 process for them all, run on the fixture itself
 * (`-B`: it writes no bytecode there; `-I -S`: nothing of this machine's environment or
 * site-packages joins the path).
 */
export function cpythonImports(
  fixture: string,
  paths: Readonly<Record<string, readonly PathEntry[]>>,
): Promise<Record<string, CpythonImports>> {
  const jobs = Object.entries(paths).map(([file, path]) => ({ file, path }))
  return new Promise((done, fail) => {
    const child = execFile('python3', ['-I', '-S', '-B', JUDGE], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${JUDGE} failed: ${error.message}\n${stderr}`))
      else done(JSON.parse(stdout) as Record<string, CpythonImports>)
    })
    child.stdin!.end(JSON.stringify({ fixture, jobs }))
  })
}
