import type { JsImport } from '../facts.js'
import { isDeclarationFile } from './extensions.js'
import { JsonFiles } from './json.js'
import { fileFormat, modeOf, type FileFormat } from './mode.js'
import { NO_CONFIG_OPTIONS, resolverOptions, type CompilerOptions, type Mode, type ResolverOptions } from './options.js'
import { projectOutputs } from './outputs.js'
import { ancestors, isRelativeName, joinPath, parentOf } from './paths.js'
import { packageJsonAt, parsePackageName, resolveModuleName } from './resolver.js'
import { ResolutionTree } from './tree.js'
import { ConfigReader } from './tsconfig.js'
import { workspaceLinks } from './workspaces.js'

const GRAPH_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/

/** A file an import comes to (§5.5): one of the graph, or one the graph does not hold. */
type Found = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'not-graph'; readonly path: string }

/** What one import comes to: a file, or nothing, and then whether it meant a file of the repository (`looksLocal`). */
export type Outcome = Found | { readonly kind: 'unresolved'; readonly looksLocal: boolean }

/** One folder's answers, by mode (`reference` for a triple-slash directive) and then by name. */
type Answers = Map<Mode | 'reference' | undefined, Map<string, Outcome>>

/** What every import of one file shares. */
interface Importer {
  readonly file: string
  readonly options: ResolverOptions
  /** The file's module format (§5.3), found when an import first needs it. */
  format?: FileFormat
  readonly answers: Answers
}

/**
 * Everything resolution knows about one repository, built once: its files, workspace links, project
 * outputs, configs and package.jsons; then each import is a lookup in these, never a read of the disk.
 */
export class JsProject {
  private readonly fileSet: ReadonlySet<string>
  private readonly tree: ResolutionTree
  private readonly hidden: ResolutionTree
  private readonly optionsByDir = new Map<string, ResolverOptions>()
  /** One ResolverOptions per config, so answers remembered under one serve every folder it covers. */
  private readonly optionsByConfig = new Map<CompilerOptions, ResolverOptions>()
  /** TypeScript's answer depends on the folder, not the file: one per folder, mode (or a reference) and name. */
  private readonly answersByDir = new Map<string, Answers>()
  /** The file asked about last and what all its imports share (resolveJavaScript asks file by file). */
  private importer: Importer | undefined
  private readonly configs: ConfigReader

  constructor(files: readonly string[], readText: (path: string) => string | undefined) {
    this.fileSet = new Set(files)
    const json = new JsonFiles(readText)
    const links = workspaceLinks(files, json)
    this.configs = new ConfigReader(new ResolutionTree(this.fileSet, links, new Map(), json), json)
    this.tree = new ResolutionTree(this.fileSet, links, projectOutputs(files, this.configs), json)
    this.hidden = this.tree.hidingDeclarations()
  }

  isGraphFile(path: string): boolean {
    return GRAPH_FILE.test(path) && this.fileSet.has(path)
  }

  /** The options of the nearest tsconfig.json (else jsconfig.json) from the file's folder up (§5.1, §5.2). */
  optionsFor(file: string): ResolverOptions {
    const dir = parentOf(file)
    let options = this.optionsByDir.get(dir)
    if (!options) {
      const own = this.nearestConfigOptions(dir)
      options = this.optionsByConfig.get(own) ?? resolverOptions(own)
      this.optionsByConfig.set(own, options)
      this.optionsByDir.set(dir, options)
    }
    return options
  }

  private nearestConfigOptions(dir: string): CompilerOptions {
    for (const folder of ancestors(dir)) {
      for (const name of ['tsconfig.json', 'jsconfig.json']) {
        const path = folder === '' ? name : `${folder}/${name}`
        if (!this.fileSet.has(path)) continue
        const config = this.configs.read(path)
        if (config) return config.options
      }
    }
    return NO_CONFIG_OPTIONS
  }

  resolve(from: string, imported: JsImport): Outcome {
    const importer = this.importerOf(from)
    const { options } = importer
    let mode: Mode | 'reference' | undefined = 'reference'
    if (imported.form !== 'reference') {
      importer.format ??= fileFormat(from, options, (f) => this.packageScope(f))
      mode = modeOf(imported, from, importer.format, options)
    }
    let byName = importer.answers.get(mode)
    if (!byName) importer.answers.set(mode, (byName = new Map<string, Outcome>()))
    let outcome = byName.get(imported.specifier)
    if (!outcome) {
      const { specifier } = imported
      const found = mode === 'reference' ? this.reference(from, specifier) : this.resolveModule(from, specifier, options, mode)
      outcome = found ?? { kind: 'unresolved', looksLocal: this.looksLocal(from, specifier) }
      byName.set(specifier, outcome)
    }
    return outcome
  }

  private importerOf(file: string): Importer {
    if (this.importer?.file !== file) {
      const dir = parentOf(file)
      let answers = this.answersByDir.get(dir)
      if (!answers) this.answersByDir.set(dir, (answers = new Map<Mode | 'reference' | undefined, Map<string, Outcome>>()))
      this.importer = { file, options: this.optionsFor(file), answers }
    }
    return this.importer
  }

  private resolveModule(from: string, specifier: string, options: ResolverOptions, mode: Mode | undefined): Found | undefined {
    const answer = resolveModuleName(specifier, from, options, this.tree, mode)
    if (answer === undefined) return undefined
    const source = this.sourceOf(answer)
    if (isDeclarationFile(source) && this.fileSet.has(source)) {
      // What runs in place of the types (§5.5): the same resolution with declaration files taken away.
      const runtime = resolveModuleName(specifier, from, options, this.hidden, mode)
      const runtimeSource = runtime === undefined ? undefined : this.sourceOf(runtime)
      if (runtimeSource !== undefined && this.isGraphFile(runtimeSource)) return { kind: 'file', path: runtimeSource }
    }
    return this.outcome(source)
  }

  /**
   * Whether an import that found nothing meant a file of this repository: a relative path, a `#` import,
   * a workspace package the importer sees (its subpath is missing), or a name that one of its `paths` maps.
   */
  private looksLocal(from: string, specifier: string): boolean {
    if (isRelativeName(specifier) || specifier.startsWith('#')) return true
    const { packageName } = parsePackageName(specifier)
    for (const folder of ancestors(parentOf(from))) {
      if (this.tree.links.has(`${folder === '' ? '' : `${folder}/`}node_modules/${packageName}`)) return true
    }
    return Object.keys(this.optionsFor(from).paths ?? {}).some((key) => {
      // A catch-all (`"*": ["./types/*"]`) only comes before node_modules: it does not make every name local.
      const star = key.indexOf('*')
      return star < 0 ? key === specifier : star > 0 && specifier.startsWith(key.slice(0, star)) && specifier.endsWith(key.slice(star + 1))
    })
  }

  /** `/// <reference path>`: relative to the file, `.ts`, `.tsx`, `.d.ts` tried when it has no extension. */
  private reference(from: string, written: string): Found | undefined {
    const path = joinPath(parentOf(from), written.replaceAll('\\', '/'))
    if (path === undefined) return undefined
    const candidates = /\.[^./]+$/.test(path) ? [path] : [`${path}.ts`, `${path}.tsx`, `${path}.d.ts`]
    const found = candidates.find((c) => this.tree.fileExists(c))
    return found === undefined ? undefined : this.outcome(this.sourceOf(found))
  }

  private sourceOf(path: string): string {
    const real = this.tree.realpath(path)
    return this.tree.outputs.get(real) ?? real
  }

  private outcome(path: string): Found | undefined {
    if (this.isGraphFile(path)) return { kind: 'file', path }
    return this.fileSet.has(path) ? { kind: 'not-graph', path } : undefined
  }

  private packageScope(file: string): { readonly type: unknown } | undefined {
    for (const folder of ancestors(parentOf(file))) {
      const info = packageJsonAt(folder, this.tree)
      if (info) return { type: info.json.type }
    }
    return undefined
  }
}
