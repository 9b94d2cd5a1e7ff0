import type { ProjectRoots } from '../../core/model.js'
import { SETTINGS_FILE } from './extra-paths.js'
import type { PythonLayout } from './layout.js'

/**
 * The layout as `graph` shows it (`roots` in `graph --json`, and the text view): each project with
 * its packaging files, its roots and why, or why it is a fixture, and any problems reading it; then
 * `python-paths` as a project of its own, named by where the paths were given.
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
  const { paths, problems } = layout.extra
  if (!paths.length && !problems.length) return projects
  const extra = {
    language: 'python',
    project: '',
    files: [SETTINGS_FILE],
    roots: paths.map((dir) => ({ dir, why: 'python-paths' })),
    problems,
  }
  return [...projects, extra]
}
