import type { ProjectRoots } from '../../core/model.js'
import type { PythonLayout } from './layout.js'

/**
 * The layout as `graph` shows it (`roots` in `graph --json`, and the text view): each project with
 * its packaging files, its roots and why, or why it is a fixture, and any problems reading it; then
 * `python-paths`, a project for each place they were given, named by it.
 */
export function layoutRoots(layout: PythonLayout): ProjectRoots[] {
  const projects = layout.projects.map((p) => ({
    language: 'python',
    project: p.dir,
    files: p.files,
    roots: p.roots.map((r) => ({ dir: r.dir, why: r.why })),
    ...(p.fixture && { fixture: p.fixture }),
    problems: p.problems,
  }))
  const extra = layout.extra.sources.map(({ from, paths, problems }) => ({
    language: 'python',
    project: '',
    files: [from],
    roots: paths.map((dir) => ({ dir, why: 'python-paths' })),
    problems,
  }))
  return [...projects, ...extra]
}
