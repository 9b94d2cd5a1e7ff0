import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import type { JsImport, JsImportForm } from '../../src/languages/javascript/facts.js'
import type { Outcome } from '../../src/languages/javascript/resolution/project.js'

/**
 * The judge for JavaScript/TypeScript resolution: TypeScript 5.9's own parser (for the imports and
 * their resolution mode) and `ts.resolveModuleName` (for the answer), on a host that holds only the
 * repository's files, the workspace links given to it, and the project outputs TypeScript itself names
 * (`ts.parseJsonConfigFileContent` + `ts.getOutputFileNames`). The answer is then taken to an edge by
 * §5.5. Nothing here shares code with the resolver under test.
 */

export type Expected =
  { readonly kind: 'file'; readonly path: string } | { readonly kind: 'not-graph'; readonly path: string } | { readonly kind: 'unresolved' }

export interface OracleImport extends JsImport {
  readonly mode: ts.ResolutionMode
}

const ROOT = '/repo'
const GRAPH = /\.(?:[cm]?[jt]s|[jt]sx)$/
const isDeclaration = (p: string): boolean => /\.d\.(?:[cm]?ts|[^/]*\.ts)$/.test(p.slice(p.lastIndexOf('/') + 1))

/** What of our outcome TypeScript's answer says: whether an unresolved import looks local is ours alone. */
export function resolvedPart(outcome: Outcome): Expected {
  return outcome.kind === 'unresolved' ? { kind: 'unresolved' } : outcome
}

export class TsOracle {
  private readonly files: Set<string>
  private readonly outputs = new Map<string, string>()
  private readonly optionsCache = new Map<string, ts.CompilerOptions>()
  private readonly configCache = new Map<string, ts.ParsedCommandLine | undefined>()
  private readonly textCache = new Map<string, string>()

  /** `dir`: the repository on disk; `files`: its discovered files; `links`: `<root>/node_modules/<name>` → member folder. */
  constructor(
    private readonly dir: string,
    files: readonly string[],
    private readonly links: ReadonlyMap<string, string>,
  ) {
    this.files = new Set(files)
    this.collectOutputs()
  }

  private real(rel: string): string {
    for (const [link, target] of this.links) {
      if (rel === link) return target
      if (rel.startsWith(link + '/')) return this.real((target === '' ? '' : target + '/') + rel.slice(link.length + 1))
    }
    return rel
  }

  private rel(abs: string): string | undefined {
    const normal = abs.replaceAll('\\', '/')
    if (normal === ROOT) return ''
    return normal.startsWith(ROOT + '/') ? normal.slice(ROOT.length + 1) : undefined
  }

  private host(hideDeclarations: boolean): ts.ModuleResolutionHost & ts.ParseConfigHost {
    const exists = (abs: string): boolean => {
      const rel = this.rel(abs)
      if (rel === undefined) return false
      const real = this.real(rel)
      if (hideDeclarations && isDeclaration(real)) return false
      return this.files.has(real) || this.outputs.has(real)
    }
    return {
      useCaseSensitiveFileNames: true,
      fileExists: exists,
      readFile: (abs) => {
        const rel = this.rel(abs)
        const real = rel === undefined ? undefined : this.real(rel)
        if (real === undefined || !this.files.has(real)) return undefined
        let text = this.textCache.get(real)
        if (text === undefined) this.textCache.set(real, (text = readFileSync(join(this.dir, real), 'utf8')))
        return text
      },
      realpath: (abs) => {
        const rel = this.rel(abs)
        return rel === undefined ? abs : `${ROOT}/${this.real(rel)}`.replace(/\/$/, '')
      },
      getCurrentDirectory: () => ROOT,
      readDirectory: (root, extensions, excludes, includes, depth) =>
        ts.sys
          .readDirectory(join(this.dir, this.rel(root) ?? ''), extensions, excludes, includes, depth)
          .map((p) => p.slice(this.dir.length + 1))
          .filter((p) => this.files.has(p))
          .map((p) => `${ROOT}/${p}`),
    }
  }

  private parsedConfig(rel: string): ts.ParsedCommandLine | undefined {
    if (!this.configCache.has(rel)) this.configCache.set(rel, this.parseConfig(rel))
    return this.configCache.get(rel)
  }

  private parseConfig(rel: string): ts.ParsedCommandLine | undefined {
    const host = this.host(false)
    const read = ts.readConfigFile(`${ROOT}/${rel}`, (p) => host.readFile(p))
    if (!read.config && read.error) return undefined
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : ''
    const jsconfig = rel.endsWith('jsconfig.json')
    const defaults: ts.CompilerOptions | undefined = jsconfig
      ? { allowJs: true, maxNodeModuleJsDepth: 2, allowSyntheticDefaultImports: true, skipLibCheck: true, noEmit: true }
      : undefined
    return ts.parseJsonConfigFileContent(read.config ?? {}, host, dir === '' ? ROOT : `${ROOT}/${dir}`, defaults, `${ROOT}/${rel}`)
  }

  private collectOutputs(): void {
    const projects = new Set([...this.files].filter((f) => /(?:^|\/)(?:tsconfig|jsconfig)\.json$/.test(f)))
    for (const project of [...projects]) {
      for (const reference of this.parsedConfig(project)?.projectReferences ?? []) {
        const rel = this.rel(reference.path)!
        projects.add(rel.endsWith('.json') ? rel : `${rel}/tsconfig.json`)
      }
    }
    for (const project of [...projects].sort()) {
      const parsed = this.files.has(project) ? this.parsedConfig(project) : undefined
      const o = parsed?.options
      if (!parsed || !o || !(o.outDir || o.declarationDir) || o.noEmit || o.outFile) continue
      for (const input of parsed.fileNames) {
        for (const output of ts.getOutputFileNames(parsed, input, false)) {
          const rel = this.rel(output)
          if (rel !== undefined && !this.outputs.has(rel)) this.outputs.set(rel, this.rel(input)!)
        }
      }
    }
  }

  /** The options of the file's nearest config, with §5.2's two changes. */
  optionsFor(file: string): ts.CompilerOptions {
    const parts = file.split('/')
    parts.pop()
    const key = parts.join('/')
    let options = this.optionsCache.get(key)
    if (options) return options
    options = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }
    for (let i = parts.length; i >= 0; i--) {
      const dir = parts.slice(0, i).join('/')
      const config = ['tsconfig.json', 'jsconfig.json'].map((n) => (dir ? `${dir}/${n}` : n)).find((p) => this.files.has(p))
      const parsed = config ? this.parsedConfig(config) : undefined
      if (parsed) {
        options = { ...parsed.options }
        break
      }
    }
    options.allowJs = true
    const kind = options.moduleResolution ?? emitModuleResolutionKind(options)
    if (kind === ts.ModuleResolutionKind.Classic) options.moduleResolution = ts.ModuleResolutionKind.Bundler
    this.optionsCache.set(key, options)
    return options
  }

  /** Every import of one file as TypeScript's parser sees it, with the mode TypeScript gives it. */
  importsOf(file: string): OracleImport[] {
    const options = this.optionsFor(file)
    const host = this.host(false)
    const text = readFileSync(join(this.dir, file), 'utf8')
    const format = ts.getImpliedNodeFormatForFile(`${ROOT}/${file}` as ts.Path, undefined, host, options)
    const kind = /\.tsx$/.test(file) ? ts.ScriptKind.TSX : /\.[cm]?ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JSX
    const source = ts.createSourceFile(
      `${ROOT}/${file}`,
      text,
      { languageVersion: ts.ScriptTarget.ESNext, impliedNodeFormat: format },
      true,
      kind,
    )
    const found: OracleImport[] = []
    const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
    const add = (literal: ts.StringLiteralLike, form: JsImportForm, type: boolean, mode: ts.ResolutionMode): void => {
      const override = type ? overrideOf(literal) : undefined
      found.push({
        line: lineOf(literal),
        specifier: literal.text,
        kind: type ? 'type' : 'import',
        form,
        mode,
        ...(override ? { resolutionMode: override } : {}),
      })
    }
    const usage = (literal: ts.StringLiteralLike): ts.ResolutionMode => ts.getModeForUsageLocation(source, literal, options)
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteralLike(node.moduleSpecifier)) {
        add(node.moduleSpecifier, 'import', isTypeOnlyImport(node), usage(node.moduleSpecifier))
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) {
        const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined
        const type = node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly))
        add(node.moduleSpecifier, 'export', type, usage(node.moduleSpecifier))
      } else if (
        ts.isImportEqualsDeclaration(node) &&
        ts.isExternalModuleReference(node.moduleReference) &&
        ts.isStringLiteralLike(node.moduleReference.expression)
      ) {
        add(node.moduleReference.expression, 'import-equals', node.isTypeOnly, usage(node.moduleReference.expression))
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteralLike(node.argument.literal)) {
        add(node.argument.literal, 'import-type', true, usage(node.argument.literal))
      } else if (ts.isCallExpression(node) && node.arguments.length >= 1 && ts.isStringLiteralLike(node.arguments[0]!)) {
        const literal = node.arguments[0] as ts.StringLiteralLike
        const callee = node.expression
        if (callee.kind === ts.SyntaxKind.ImportKeyword) add(literal, 'import-call', false, usage(literal))
        else if (ts.isIdentifier(callee) && callee.text === 'require' && node.arguments.length === 1)
          add(literal, 'require', false, usage(literal))
        else if (
          ts.isPropertyAccessExpression(callee) &&
          ts.isIdentifier(callee.expression) &&
          ['jest', 'vi'].includes(callee.expression.text) &&
          ['mock', 'doMock', 'requireActual', 'importActual'].includes(callee.name.text)
        ) {
          const jest = callee.expression.text === 'jest'
          const fileMode = usage(literal)
          add(
            literal,
            jest ? 'jest' : 'vi',
            false,
            fileMode === undefined ? undefined : jest ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext,
          )
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
    for (const reference of source.referencedFiles) {
      found.push({
        line: source.getLineAndCharacterOfPosition(reference.pos).line + 1,
        specifier: reference.fileName,
        kind: 'type',
        form: 'reference',
        mode: undefined,
      })
    }
    return found
  }

  /** What TypeScript resolves an import to, taken to an edge by §5.5. */
  expected(file: string, imported: OracleImport): Expected {
    if (imported.form === 'reference') {
      const base = ts.resolveTripleslashReference(imported.specifier, `${ROOT}/${file}`)
      const candidates = /\.[^./]+$/.test(base) ? [base] : ['.ts', '.tsx', '.d.ts'].map((e) => base + e)
      const hit = candidates.find((c) => this.host(false).fileExists(c))
      return hit === undefined ? { kind: 'unresolved' } : this.toEdge(this.source(this.rel(hit)!))
    }
    const options = this.optionsFor(file)
    const answer = this.resolveWith(imported, file, options, false)
    if (answer === undefined) return { kind: 'unresolved' }
    const source = this.source(answer)
    if (isDeclaration(source) && this.files.has(source)) {
      const runtime = this.resolveWith(imported, file, options, true)
      const runtimeSource = runtime === undefined ? undefined : this.source(runtime)
      if (runtimeSource !== undefined && GRAPH.test(runtimeSource) && this.files.has(runtimeSource))
        return { kind: 'file', path: runtimeSource }
    }
    return this.toEdge(source)
  }

  private resolveWith(imported: OracleImport, file: string, options: ts.CompilerOptions, hide: boolean): string | undefined {
    const result = ts.resolveModuleName(
      imported.specifier,
      `${ROOT}/${file}`,
      options,
      this.host(hide),
      undefined,
      undefined,
      imported.mode,
    )
    const name = result.resolvedModule?.resolvedFileName
    return name === undefined ? undefined : this.rel(name)
  }

  private source(rel: string): string {
    const real = this.real(rel)
    return this.outputs.get(real) ?? real
  }

  private toEdge(path: string): Expected {
    if (GRAPH.test(path) && this.files.has(path)) return { kind: 'file', path }
    return this.files.has(path) ? { kind: 'not-graph', path } : { kind: 'unresolved' }
  }
}

/** TypeScript's own default `moduleResolution` for the options (exported at run time, not in its typings). */
const emitModuleResolutionKind = (ts as unknown as { getEmitModuleResolutionKind(o: ts.CompilerOptions): ts.ModuleResolutionKind })
  .getEmitModuleResolutionKind

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return (
    !clause.name &&
    !!bindings &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  )
}

function overrideOf(literal: ts.StringLiteralLike): 'import' | 'require' | undefined {
  const holder = ts.isImportTypeNode(literal.parent.parent) ? literal.parent.parent : literal.parent
  const attributes = (holder as { attributes?: ts.ImportAttributes }).attributes
  const element = attributes?.elements.length === 1 ? attributes.elements[0] : undefined
  if (!element || !ts.isStringLiteralLike(element.name) || element.name.text !== 'resolution-mode') return undefined
  return ts.isStringLiteralLike(element.value) && (element.value.text === 'import' || element.value.text === 'require')
    ? element.value.text
    : undefined
}
