/**
 * The compiler options resolution reads, in TypeScript's own numbering (so the rules below read like
 * TypeScript's), with the two changes of §5.2 applied.
 */

export const ModuleKind = {
  None: 0,
  CommonJS: 1,
  AMD: 2,
  UMD: 3,
  System: 4,
  ES2015: 5,
  ES2020: 6,
  ES2022: 7,
  ESNext: 99,
  Node16: 100,
  Node18: 101,
  Node20: 102,
  NodeNext: 199,
  Preserve: 200,
} as const

export type ResolutionKind = 'node10' | 'node16' | 'nodenext' | 'bundler'

/** Options as a config gives them, every path already a repository path (undefined above the root). */
export interface CompilerOptions {
  readonly module?: number
  readonly moduleResolution?: ResolutionKind | 'classic'
  readonly target?: number
  readonly baseUrl?: string
  readonly paths?: Readonly<Record<string, readonly string[]>>
  /** The folder of the config that set `paths`: their base without a `baseUrl`. */
  readonly pathsBasePath?: string
  readonly rootDirs?: readonly string[]
  readonly typeRoots?: readonly string[]
  readonly moduleSuffixes?: readonly string[]
  readonly customConditions?: readonly string[]
  readonly resolvePackageJsonExports?: boolean
  readonly resolvePackageJsonImports?: boolean
  readonly resolveJsonModule?: boolean
  readonly noDtsResolution?: boolean
  readonly preserveSymlinks?: boolean
  readonly allowJs?: boolean
  readonly outDir?: string
  readonly declarationDir?: string
  readonly rootDir?: string
  readonly outFile?: string
  readonly composite?: boolean
  readonly declaration?: boolean
  readonly emitDeclarationOnly?: boolean
  readonly noEmit?: boolean
  readonly jsx?: string
  /** The folder of the config these options come from (TypeScript's `configFilePath`, as a folder). */
  readonly configDir?: string
}

/** What a file with no config gets (§5.1). */
export const NO_CONFIG_OPTIONS: CompilerOptions = { module: ModuleKind.ESNext, moduleResolution: 'bundler' }

/** tsserver's starting point for a `jsconfig.json`. */
export const JSCONFIG_DEFAULTS: CompilerOptions = { allowJs: true, noEmit: true }

/** The options resolution runs with: a config's, `allowJs` on, classic read as bundler (§5.2). */
export interface ResolverOptions extends CompilerOptions {
  readonly moduleKind: number
  readonly resolution: ResolutionKind
}

export function resolverOptions(options: CompilerOptions): ResolverOptions {
  const target = options.target ?? defaultTarget(options.module)
  const moduleKind = options.module ?? (target >= 2 ? ModuleKind.ES2015 : ModuleKind.CommonJS)
  const chosen = options.moduleResolution ?? defaultResolution(moduleKind)
  return { ...options, allowJs: true, moduleKind, resolution: chosen === 'classic' ? 'bundler' : chosen }
}

function defaultTarget(module: number | undefined): number {
  if (module === ModuleKind.Node16 || module === ModuleKind.Node18) return 9
  if (module === ModuleKind.Node20) return 10
  return module === ModuleKind.NodeNext ? 99 : 1
}

function defaultResolution(moduleKind: number): ResolutionKind | 'classic' {
  switch (moduleKind) {
    case ModuleKind.CommonJS:
      return 'node10'
    case ModuleKind.Node16:
    case ModuleKind.Node18:
    case ModuleKind.Node20:
      return 'node16'
    case ModuleKind.NodeNext:
      return 'nodenext'
    case ModuleKind.Preserve:
      return 'bundler'
    default:
      return 'classic'
  }
}

const supportsPackageJsonMaps = (options: ResolverOptions): boolean => options.resolution !== 'node10'

export function resolvesExports(options: ResolverOptions): boolean {
  return supportsPackageJsonMaps(options) && (options.resolvePackageJsonExports ?? true)
}

export function resolvesImports(options: ResolverOptions): boolean {
  return supportsPackageJsonMaps(options) && (options.resolvePackageJsonImports ?? true)
}

export function resolvesJson(options: ResolverOptions): boolean {
  if (options.resolveJsonModule !== undefined) return options.resolveJsonModule
  return options.moduleKind === ModuleKind.Node20 || options.moduleKind === ModuleKind.NodeNext || options.resolution === 'bundler'
}

export const isNodeResolution = (options: ResolverOptions): boolean => options.resolution === 'node16' || options.resolution === 'nodenext'

/** `import` or `require`: the resolution mode of one import (TypeScript's ESNext / CommonJS). */
export type Mode = 'import' | 'require'

/** The `exports`/`imports` conditions TypeScript matches (its `getConditions`). */
export function conditionsFor(options: ResolverOptions, mode: Mode | undefined): readonly string[] {
  let chosen = mode
  if (chosen === undefined) {
    if (options.resolution === 'bundler') chosen = 'import'
    else if (options.resolution === 'node10') return []
  }
  const conditions = [chosen === 'import' ? 'import' : 'require']
  if (!options.noDtsResolution) conditions.push('types')
  if (options.resolution !== 'bundler') conditions.push('node')
  return [...conditions, ...(options.customConditions ?? [])]
}
