import picomatch from 'picomatch'
import { parse as parseYaml } from 'yaml'
import { isObject, own, stringArray, type JsonFiles } from './json.js'
import { baseOf, isWithin, parentOf, relativeTo } from './paths.js'

/** npm's rule for a package name (old names with capitals included): `name` or `@scope/name`. */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9~][\w.~-]*$/i

/**
 * The repository's workspace links (§5.4): each npm/yarn `workspaces` root and pnpm-workspace.yaml
 * root links its members at `<root>/node_modules/<name>`, the first member by path winning a name.
 */
export function workspaceLinks(files: readonly string[], json: JsonFiles): Map<string, string> {
  const packageDirs = files.filter((f) => baseOf(f) === 'package.json').map(parentOf)
  const links = new Map<string, string>()
  for (const file of files) {
    const patterns = workspacePatterns(file, json)
    if (!patterns) continue
    const root = parentOf(file)
    const positive = patterns.filter((p) => !p.startsWith('!')).map(cleanPattern)
    const negative = patterns.filter((p) => p.startsWith('!')).map((p) => cleanPattern(p.slice(1)))
    if (positive.length === 0) continue
    const matches = picomatch(positive, { dot: true })
    const excluded = negative.length ? picomatch(negative, { dot: true }) : () => false
    for (const dir of packageDirs) {
      if (dir === root || !isWithin(root, dir)) continue
      const relative = relativeTo(root, dir)
      if (!matches(relative) || excluded(relative)) continue
      const name = own(json.json(dir === '' ? 'package.json' : `${dir}/package.json`) ?? {}, 'name')
      if (typeof name !== 'string' || !PACKAGE_NAME.test(name)) continue
      const link = `${root === '' ? '' : `${root}/`}node_modules/${name}`
      if (!links.has(link)) links.set(link, dir)
    }
  }
  return links
}

function cleanPattern(pattern: string): string {
  return pattern.replace(/^\.\//, '').replace(/\/+$/, '')
}

function workspacePatterns(file: string, json: JsonFiles): string[] | undefined {
  const name = baseOf(file)
  if (name === 'package.json') {
    const manifest = json.json(file)
    const workspaces = manifest ? own(manifest, 'workspaces') : undefined
    return stringArray(workspaces) ?? (isObject(workspaces) ? stringArray(own(workspaces, 'packages')) : undefined)
  }
  if (name !== 'pnpm-workspace.yaml') return undefined
  try {
    const yaml: unknown = parseYaml(json.text(file) ?? '')
    return isObject(yaml) ? stringArray(own(yaml, 'packages')) : undefined
  } catch {
    return undefined
  }
}
