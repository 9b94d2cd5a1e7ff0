import { isObject, own, parseJsoncBestEffort, stringArray, type JsonFiles } from './json.js'
import { JSCONFIG_DEFAULTS, type CompilerOptions, type ResolutionKind } from './options.js'
import { baseOf, joinPath, parentOf, relativePath } from './paths.js'
import { resolveConfigName } from './resolver.js'
import type { ResolutionTree } from './tree.js'

/**
 * tsconfig.json / jsconfig.json as tsc reads them (`ts.parseJsonConfigFileContent`): JSONC, `extends`
 * (a path, a package name, or an array of them) applied first and overridden by the file itself,
 * `include`/`exclude`/`files` inherited when the file has none, paths relative to the file that wrote
 * them, `${configDir}` relative to the config being read.
 */
export interface ProjectConfig {
  readonly path: string
  readonly dir: string
  readonly options: CompilerOptions
  /** `files`, `include`, `exclude` as repository paths (patterns keep their wildcards). */
  readonly files?: readonly string[]
  readonly include?: readonly string[]
  readonly exclude?: readonly string[]
  /** Config files that `references` name (a folder stands for its tsconfig.json). */
  readonly references: readonly string[]
}

/** A value written in some config: paths are kept with the folder they are relative to until the end. */
interface Written {
  readonly raw: string
  readonly base: string
}
type OptionValue = boolean | number | string | readonly string[] | Written | readonly Written[] | PathsValue
interface PathsValue {
  readonly table: Record<string, string[]>
  readonly base: string
}

interface Layer {
  readonly options: Record<string, OptionValue>
  readonly include?: readonly Written[]
  readonly exclude?: readonly Written[]
  readonly files?: readonly Written[]
}

const CONFIG_DIR = '${configDir}'

const MODULE: Record<string, number> = {
  none: 0,
  commonjs: 1,
  amd: 2,
  umd: 3,
  system: 4,
  es6: 5,
  es2015: 5,
  es2020: 6,
  es2022: 7,
  esnext: 99,
  node16: 100,
  node18: 101,
  node20: 102,
  nodenext: 199,
  preserve: 200,
}
const TARGET: Record<string, number> = {
  es3: 0,
  es5: 1,
  es6: 2,
  es2015: 2,
  es2016: 3,
  es2017: 4,
  es2018: 5,
  es2019: 6,
  es2020: 7,
  es2021: 8,
  es2022: 9,
  es2023: 10,
  es2024: 11,
  esnext: 99,
}
const RESOLUTION: Record<string, ResolutionKind | 'classic'> = {
  node: 'node10',
  node10: 'node10',
  classic: 'classic',
  node16: 'node16',
  nodenext: 'nodenext',
  bundler: 'bundler',
}
const BOOLEAN_OPTIONS = [
  'resolvePackageJsonExports',
  'resolvePackageJsonImports',
  'resolveJsonModule',
  'noDtsResolution',
  'preserveSymlinks',
  'allowJs',
  'composite',
  'declaration',
  'emitDeclarationOnly',
  'noEmit',
] as const
const PATH_OPTIONS = ['baseUrl', 'outDir', 'declarationDir', 'rootDir', 'outFile'] as const
const PATH_LIST_OPTIONS = ['rootDirs', 'typeRoots'] as const
const STRING_LIST_OPTIONS = ['moduleSuffixes', 'customConditions'] as const

export class ConfigReader {
  private readonly parsed = new Map<string, ProjectConfig | undefined>()

  constructor(
    private readonly tree: ResolutionTree,
    private readonly json: JsonFiles,
  ) {}

  /** The config at `path` (undefined when it cannot be read at all), read once. */
  read(path: string): ProjectConfig | undefined {
    if (!this.parsed.has(path)) this.parsed.set(path, this.parse(path))
    return this.parsed.get(path)
  }

  private parse(path: string): ProjectConfig | undefined {
    const text = this.json.text(path)
    if (text === undefined) return undefined
    // tsc reads its own config however broken, taking what parses; extended configs must parse cleanly.
    const json = parseJsoncBestEffort(text)
    const dir = parentOf(path)
    const layer = this.layer(json, dir, [path])
    const options = finalOptions(layer.options, dir, baseOf(path) === 'jsconfig.json')
    const resolveSpecs = (specs: readonly Written[] | undefined): string[] | undefined =>
      specs?.map((s) => writtenPath(s, dir)).filter((p): p is string => p !== undefined)
    return {
      path,
      dir,
      options,
      files: resolveSpecs(layer.files),
      include: resolveSpecs(layer.include),
      exclude: resolveSpecs(layer.exclude),
      references: this.references(json, dir),
    }
  }

  private layer(json: Record<string, unknown>, dir: string, stack: readonly string[]): Layer {
    const own = ownLayer(json, dir)
    const extended = own.extendsNames
    if (extended.length === 0) return own.layer
    const merged: { -readonly [K in keyof Layer]: Layer[K] } = { options: {} }
    for (const name of extended) {
      const path = this.extendsPath(name, dir)
      if (path === undefined || stack.includes(path)) continue
      const base = this.json.json(path)
      if (base === undefined) continue
      const baseLayer = this.layer(base, parentOf(path), [...stack, path])
      for (const key of ['include', 'exclude', 'files'] as const) {
        if (json[key] === undefined && baseLayer[key]) merged[key] = baseLayer[key]
      }
      Object.assign(merged.options, baseLayer.options)
    }
    return {
      options: { ...merged.options, ...own.layer.options },
      include: own.layer.include ?? merged.include,
      exclude: own.layer.exclude ?? merged.exclude,
      files: own.layer.files ?? merged.files,
    }
  }

  /** Where `extends` points: a path (`.json` added when missing), or a package found as TypeScript finds one. */
  private extendsPath(name: string, dir: string): string | undefined {
    const written = name.replaceAll('\\', '/')
    if (written.startsWith('/')) return undefined
    if (written.startsWith('./') || written.startsWith('../')) {
      const path = joinPath(dir, written)
      if (path === undefined) return undefined
      if (this.tree.fileExists(path) || path.endsWith('.json')) return path
      return this.tree.fileExists(`${path}.json`) ? `${path}.json` : undefined
    }
    const found = resolveConfigName(written, dir, this.tree)
    return found === undefined ? undefined : this.tree.realpath(found)
  }

  private references(json: Record<string, unknown>, dir: string): string[] {
    const list = own(json, 'references')
    if (!Array.isArray(list)) return []
    const paths: string[] = []
    for (const reference of list) {
      const written = isObject(reference) ? own(reference, 'path') : undefined
      if (typeof written !== 'string') continue
      const path = joinPath(dir, written)
      if (path === undefined) continue
      paths.push(path.endsWith('.json') ? path : joinPath(path, 'tsconfig.json')!)
    }
    return paths
  }
}

function ownLayer(json: Record<string, unknown>, dir: string): { layer: Layer; extendsNames: string[] } {
  const compilerOptions = own(json, 'compilerOptions')
  const options: Record<string, OptionValue> = {}
  if (isObject(compilerOptions)) {
    for (const [key, value] of Object.entries(compilerOptions)) {
      const converted = convertOption(key, value, dir)
      if (converted !== undefined) options[key] = converted
    }
  }
  const specs = (key: string): Written[] | undefined => {
    const list = stringArray(own(json, key))
    return list?.map((raw) => ({ raw, base: dir }))
  }
  const written = own(json, 'extends')
  const extendsNames = typeof written === 'string' ? [written] : (stringArray(written) ?? [])
  return { layer: { options, include: specs('include'), exclude: specs('exclude'), files: specs('files') }, extendsNames }
}

function convertOption(key: string, value: unknown, dir: string): OptionValue | undefined {
  const lower = typeof value === 'string' ? value.toLowerCase() : undefined
  switch (key) {
    case 'module':
      return lower !== undefined ? MODULE[lower] : undefined
    case 'target':
      return lower !== undefined ? TARGET[lower] : undefined
    case 'moduleResolution':
      return lower !== undefined ? RESOLUTION[lower] : undefined
    case 'jsx':
      return lower
    case 'paths': {
      if (!isObject(value)) return undefined
      const table: Record<string, string[]> = {}
      for (const [pattern, list] of Object.entries(value)) table[pattern] = stringArray(list) ?? []
      return { table, base: dir }
    }
  }
  if ((BOOLEAN_OPTIONS as readonly string[]).includes(key)) return typeof value === 'boolean' ? value : undefined
  if ((PATH_OPTIONS as readonly string[]).includes(key)) return typeof value === 'string' ? { raw: value, base: dir } : undefined
  if ((PATH_LIST_OPTIONS as readonly string[]).includes(key)) return stringArray(value)?.map((raw) => ({ raw, base: dir }))
  if ((STRING_LIST_OPTIONS as readonly string[]).includes(key)) return stringArray(value)
  return undefined
}

function writtenPath(value: Written, configDir: string): string | undefined {
  if (value.raw.startsWith(CONFIG_DIR)) return joinPath(configDir, `./${value.raw.slice(CONFIG_DIR.length)}`)
  return joinPath(value.base, value.raw.replaceAll('\\', '/'))
}

function finalOptions(values: Record<string, OptionValue>, configDir: string, isJsconfig: boolean): CompilerOptions {
  const options: Record<string, unknown> = { ...(isJsconfig ? JSCONFIG_DEFAULTS : {}), configDir }
  for (const [key, value] of Object.entries(values)) {
    if (key === 'paths') {
      const { table, base } = value as PathsValue
      options.paths = table
      options.pathsBasePath = base
    } else if ((PATH_OPTIONS as readonly string[]).includes(key)) {
      const path = writtenPath(value as Written, configDir)
      if (path !== undefined) options[key] = path
    } else if ((PATH_LIST_OPTIONS as readonly string[]).includes(key)) {
      options[key] = (value as Written[]).map((v) => writtenPath(v, configDir)).filter((p) => p !== undefined)
    } else options[key] = value
  }
  if (options.paths) {
    options.paths = withConfigDir(options.paths as PathsValue['table'], configDir, (options.baseUrl ?? options.pathsBasePath) as string)
  }
  return options
}

/** `${configDir}` in a `paths` substitution: the config being read, written relative to where `paths` are resolved from. */
function withConfigDir(table: PathsValue['table'], configDir: string, base: string): PathsValue['table'] {
  const substituted: Record<string, string[]> = {}
  for (const [pattern, list] of Object.entries(table)) {
    substituted[pattern] = list.map((s) => {
      const target = s.startsWith(CONFIG_DIR) ? joinPath(configDir, `./${s.slice(CONFIG_DIR.length)}`) : undefined
      return target === undefined ? s : relativePath(base, target)
    })
  }
  return substituted
}
