import { iniArgs, iniList, readIni } from './config-ini.js'
import { cleanDir, listedPackages, oldestPython, type PackagingDecl, type RootDecl } from './packaging-decl.js'
import { mappedPackages } from './pyproject.js'

/**
 * setup.cfg's `[options]`: `package_dir` (`=src`, `pkg = lib/pkg`), `packages` (`find:`,
 * `find_namespace:` with `[options.packages.find]`, or a list), `python_requires`; and `[tool:pytest]`.
 */
export function readSetupCfg(text: string): PackagingDecl {
  const ini = readIni(text)
  const options = ini.get('options')
  const problems: string[] = []
  const mapping: Record<string, string> = {}
  for (const line of (options?.get('package_dir') ?? '').split('\n')) {
    const pair = /^\s*([\w.]*)\s*=\s*(.*?)\s*$/.exec(line)
    if (pair) mapping[pair[1]!] = pair[2]!
  }
  const base = cleanDir(mapping[''] ?? '')
  const roots: RootDecl[] = mappedPackages(mapping, 'setup.cfg package_dir', problems)
  const packages = options?.get('packages')?.trim()
  if (packages === 'find:' || packages === 'find_namespace:') {
    const find = ini.get('options.packages.find')
    const where = find?.get('where')
    roots.push({
      dir: where === undefined ? base : cleanDir(where),
      why: `setup.cfg packages = ${packages}`,
      namespaces: packages === 'find_namespace:',
      ...(find?.has('include') && { include: iniList(find.get('include')).map((p) => p.split('.')[0]!) }),
      ...(find?.has('exclude') && { exclude: iniList(find.get('exclude')).filter((p) => !p.includes('.')) }),
    })
  } else if (packages) {
    roots.push(...listedPackages(base, iniList(packages), roots, 'setup.cfg packages'))
  } else if (mapping[''] !== undefined) roots.push({ dir: base, why: 'setup.cfg package_dir', namespaces: true })
  const pytest = ini.get('tool:pytest')
  const oldest = oldestPython(options?.get('python_requires'))
  return {
    project: true,
    roots,
    pytest: pytest !== undefined,
    problems,
    ...(pytest && pytestSettings(pytest)),
    ...(oldest && { oldestPython: oldest }),
  }
}

/**
 * pytest.ini's `[pytest]` and tox.ini's `[pytest]`: pytest's own configuration files besides pyproject
 * and setup.cfg. A pytest.ini is pytest's configuration even without the section, even empty
 * (`always`): pytest then stops looking and takes its defaults; a tox.ini without it is not one.
 */
export function readPytestIni(text: string, always = false): PackagingDecl | undefined {
  const pytest = readIni(text).get('pytest') ?? (always ? new Map<string, string>() : undefined)
  if (!pytest) return undefined
  return {
    project: false,
    roots: [],
    pytest: true,
    problems: [],
    ...pytestSettings(pytest),
  }
}

/** What an ini file's pytest section sets of what the layout reads: pythonpath and python_files, as pytest splits them. */
function pytestSettings(section: ReadonlyMap<string, string>): Pick<PackagingDecl, 'pytestPaths' | 'pytestFiles'> {
  const paths = section.get('pythonpath')
  const files = section.get('python_files')
  return { ...(paths !== undefined && { pytestPaths: iniArgs(paths) }), ...(files !== undefined && { pytestFiles: iniArgs(files) }) }
}
