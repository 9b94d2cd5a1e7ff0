import type { PythonLayout } from './layout.js'

/** One project as `graph --json` shows it under `roots`: where its packages are found, and why. */
export interface ProjectRootsJson {
  /** The project's folder ('' for the repository root). */
  readonly project: string
  /** The packaging files that make it a project (none for a repository root without any). */
  readonly files: readonly string[]
  readonly roots: readonly { readonly dir: string; readonly why: string }[]
  /** Why it adds no roots: a fixture. */
  readonly fixture?: string
  readonly problems: readonly string[]
}

/** The layout for `graph --json`: each project, then `python-paths` as a project of its own named by the settings file. */
export function layoutJson(layout: PythonLayout): ProjectRootsJson[] {
  const projects = layout.projects.map((p) => ({
    project: p.dir,
    files: p.files,
    roots: p.roots.map((r) => ({ dir: r.dir, why: r.why })),
    ...(p.fixture && { fixture: p.fixture }),
    problems: p.problems,
  }))
  const { paths, problems } = layout.extra
  if (!paths.length && !problems.length) return projects
  return [...projects, { project: '', files: ['.blast-radius.yml'], roots: paths.map((dir) => ({ dir, why: 'python-paths' })), problems }]
}

/** The same for `graph`'s text view: a line per root (`src/  poetry's src/ layout`), fixtures and problems after. */
export function layoutLines(layout: PythonLayout): string[] {
  const shown = (dir: string) => (dir === '' ? '.' : `${dir}/`)
  const lines: string[] = []
  for (const project of layout.projects) {
    const name = project.files.length ? project.files.join(', ') : 'no packaging'
    if (project.fixture) lines.push(`${shown(project.dir)}  a fixture (${project.fixture}): no roots`)
    else for (const root of project.roots) lines.push(`${shown(root.dir)}  ${root.why} (${name})`)
    for (const problem of project.problems) lines.push(`  ${problem}`)
  }
  for (const dir of layout.extra.paths) lines.push(`${shown(dir)}  python-paths (.blast-radius.yml)`)
  for (const problem of layout.extra.problems) lines.push(`  ${problem}`)
  return lines
}
