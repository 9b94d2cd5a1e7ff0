import type { JsImport } from '../facts.js'
import { hasExtension } from './extensions.js'
import { ModuleKind, isNodeResolution, resolvesExports, resolvesImports, type Mode, type ResolverOptions } from './options.js'

/**
 * A file's module format and each import's resolution mode, as TypeScript decides them (§5.3):
 * `ts.getImpliedNodeFormatForFile`, then `ts.getModeForUsageLocation` by the syntax of the import.
 */

/** The nearest package.json's `type`, or undefined where no package.json is above the file. */
export type PackageType = (file: string) => { readonly type: unknown } | undefined

export interface FileFormat {
  /** TypeScript's `impliedNodeFormat`. */
  readonly implied: Mode | undefined
  /** The `type` of the package.json TypeScript looked at (only under node16/nodenext). */
  readonly scopeType: unknown
}

export function fileFormat(file: string, options: ResolverOptions, packageType: PackageType): FileFormat {
  // These extensions decide the format alone: TypeScript looks at no package.json for them.
  if (hasExtension(file, '.d.mts', '.mts', '.mjs')) return { implied: 'import', scopeType: undefined }
  if (hasExtension(file, '.d.cts', '.cts', '.cjs')) return { implied: 'require', scopeType: undefined }
  if (isNodeResolution(options) && hasExtension(file, '.d.ts', '.ts', '.tsx', '.js', '.jsx')) {
    const scopeType = packageType(file)?.type
    return { implied: scopeType === 'module' ? 'import' : 'require', scopeType }
  }
  return { implied: undefined, scopeType: undefined }
}

export function modeOf(imported: JsImport, file: string, format: FileFormat, options: ResolverOptions): Mode | undefined {
  const declaresMode = imported.form === 'import' || imported.form === 'export' || imported.form === 'import-type'
  if (imported.resolutionMode && imported.kind === 'type' && declaresMode) {
    return imported.resolutionMode
  }
  if (!(isNodeResolution(options) || resolvesExports(options) || resolvesImports(options))) return undefined
  switch (imported.form) {
    case 'require':
    case 'import-equals':
    case 'jest':
      return 'require'
    case 'vi':
      return 'import'
    case 'import-call':
      return transformsImportCall(file, format, options) ? 'require' : 'import'
    default: {
      const emitted = emitFormat(file, format, options)
      if (emitted === ModuleKind.CommonJS) return 'require'
      return (emitted >= ModuleKind.ES2015 && emitted <= ModuleKind.ESNext) || emitted === ModuleKind.Preserve ? 'import' : undefined
    }
  }
}

const isNodeModule = (kind: number): boolean => kind >= ModuleKind.Node16 && kind <= ModuleKind.NodeNext

/** Where TypeScript emits a dynamic import as a `require` call: a CommonJS-format file under a non-node `module`. */
function transformsImportCall(file: string, format: FileFormat, options: ResolverOptions): boolean {
  if (isNodeModule(options.moduleKind) || options.moduleKind === ModuleKind.Preserve) return false
  return emitFormat(file, format, options) < ModuleKind.ES2015
}

/** TypeScript's `getEmitModuleFormatOfFile`: the file's own format where it is certain, else `module`. */
function emitFormat(file: string, format: FileFormat, options: ResolverOptions): number {
  const kind = options.moduleKind
  const asNumber = (mode: Mode): number => (mode === 'import' ? ModuleKind.ESNext : ModuleKind.CommonJS)
  if (isNodeModule(kind)) return format.implied ? asNumber(format.implied) : kind
  if (format.implied === 'require' && (format.scopeType === 'commonjs' || hasExtension(file, '.cjs', '.cts'))) return ModuleKind.CommonJS
  if (format.implied === 'import' && (format.scopeType === 'module' || hasExtension(file, '.mjs', '.mts'))) return ModuleKind.ESNext
  return kind
}
