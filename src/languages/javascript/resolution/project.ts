import type { JsImport } from '../facts.js'
import { isDeclarationFile } from './extensions.js'
import { JsonFiles } from './json.js'
import { fileFormat, modeOf } from './mode.js'
import { NO_CONFIG_OPTIONS, resolverOptions, type CompilerOptions, type Mode, type ResolverOptions } from './options.js'
import { projectOutputs } from './outputs.js'
import { ancestors, isRelativeName, joinPath, parentOf } from './paths.js'
import { packageJsonAt, parsePackageName, resolveModuleName } from './resolver.js'
import { ResolutionTree } from './tree.js'
import { ConfigReader } from './tsconfig.js'
import { workspaceLinks } from './workspaces.js'

const GRAPH_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/

/** What one import comes to (§5.5): a graph file, a file the graph does not hold, or nothing. */
export type Outcome =
  { readonly kind: 'file'; readonly path: string } | { readonly kind: 'not-graph'; readonly path: string } | { readonly kind: 'unresolved' }

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
  /** TypeScript's answer depends on the folder, not the file: one per folder, name, mode and syntax kind. */
  private readonly outcomes = new Map<string, Outcome>()
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
    const options = this.optionsFor(from)
    const mode =
      imported.form === 'reference'
        ? 'reference'
        : modeOf(
            imported,
            from,
            fileFormat(from, options, (f) => this.packageScope(f)),
            options,
          )
    const key = `${parentOf(from)}\0${imported.specifier}\0${mode}`
    let outcome = this.outcomes.get(key)
    if (!outcome) {
      outcome =
        mode === 'reference' ? this.reference(from, imported.specifier) : this.resolveModule(from, imported.specifier, options, mode)
      this.outcomes.set(key, outcome)
    }
    return outcome
  }

  private resolveModule(from: string, specifier: string, options: ResolverOptions, mode: Mode | undefined): Outcome {
    const answer = resolveModuleName(specifier, from, options, this.tree, mode)
    if (answer === undefined) return { kind: 'unresolved' }
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
  looksLocal(from: string, specifier: string): boolean {
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
  private reference(from: string, written: string): Outcome {
    const path = joinPath(parentOf(from), written.replaceAll('\\', '/'))
    if (path === undefined) return { kind: 'unresolved' }
    const candidates = /\.[^./]+$/.test(path) ? [path] : [`${path}.ts`, `${path}.tsx`, `${path}.d.ts`]
    const found = candidates.find((c) => this.tree.fileExists(c))
    return found === undefined ? { kind: 'unresolved' } : this.outcome(this.sourceOf(found))
  }

  private sourceOf(path: string): string {
    const real = this.tree.realpath(path)
    return this.tree.outputs.get(real) ?? real
  }

  private outcome(path: string): Outcome {
    if (this.isGraphFile(path)) return { kind: 'file', path }
    return this.fileSet.has(path) ? { kind: 'not-graph', path } : { kind: 'unresolved' }
  }

  private packageScope(file: string): { readonly type: unknown } | undefined {
    for (const folder of ancestors(parentOf(file))) {
      const info = packageJsonAt(folder, this.tree)
      if (info) return { type: info.json.type }
    }
    return undefined
  }
}
