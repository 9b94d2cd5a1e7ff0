import { isDeclarationFile } from './extensions.js'
import type { JsonFiles } from './json.js'

/** What a JSON file that does not parse holds for TypeScript. */
const NO_CONTENT: Readonly<Record<string, unknown>> = Object.freeze({})

/** A workspace member as a package manager links it: `<root>/node_modules/<name>` → the member's folder. */
export type Links = ReadonlyMap<string, string>

/**
 * The files TypeScript's resolver is shown (§5.4): the repository's, the workspace links, and project
 * outputs taken to exist. Every question is answered from indexes built once; nothing touches the disk.
 */
export class ResolutionTree {
  constructor(
    private readonly files: ReadonlySet<string>,
    readonly links: Links,
    /** Output name → the source file that produces it. */
    readonly outputs: ReadonlyMap<string, string>,
    private readonly json: JsonFiles,
    /** §5.5's second look: the same tree with every declaration file taken away. */
    readonly withoutDeclarations = false,
  ) {
    this.linkFolders = new Set([...links.keys()].map((link) => link.slice(0, link.lastIndexOf('node_modules/') + 'node_modules'.length)))
  }

  /** The `<root>/node_modules` folders that hold links. */
  private readonly linkFolders: ReadonlySet<string>

  /** The same tree, declaration files taken away (sharing the indexes and parsed JSON). */
  hidingDeclarations(): ResolutionTree {
    return new ResolutionTree(this.files, this.links, this.outputs, this.json, true)
  }

  /** An answer computed once per key for this tree (with or without declaration files). */
  remember(key: string, compute: () => string | undefined): string | undefined {
    if (this.answers.has(key)) return this.answers.get(key)
    const answer = compute()
    this.answers.set(key, answer)
    return answer
  }

  private readonly answers = new Map<string, string | undefined>()

  /** Whether a `node_modules` folder exists here: only workspace links make one (no node_modules is read). */
  hasNodeModules(folder: string): boolean {
    return this.linkFolders.has(folder)
  }

  fileExists(path: string): boolean {
    const real = this.realpath(path)
    if (this.withoutDeclarations && isDeclarationFile(real)) return false
    return this.files.has(real) || this.outputs.has(real)
  }

  /** Where a path through a workspace link really is (TypeScript's `realpath`); other paths as they are. */
  realpath(path: string): string {
    if (this.links.size === 0) return path
    const at = path.startsWith('node_modules/') ? 0 : path.indexOf('/node_modules/') + 1
    if (at === 0 && !path.startsWith('node_modules/')) return path
    // Most probes go through node_modules folders that hold no link: one lookup says so.
    if (!this.linkFolders.has(path.slice(0, at + 'node_modules'.length))) return path
    const nameStart = at + 'node_modules/'.length
    let nameEnd = path.indexOf('/', nameStart)
    if (nameEnd !== -1 && path.startsWith('@', nameStart)) nameEnd = path.indexOf('/', nameEnd + 1)
    const target = this.links.get(nameEnd === -1 ? path : path.slice(0, nameEnd))
    if (target === undefined) return path
    const below = nameEnd === -1 ? '' : path.slice(nameEnd + 1)
    const real = below === '' ? target : target === '' ? below : `${target}/${below}`
    return real.includes('node_modules/') ? this.realpath(real) : real
  }

  /** A JSON file of the tree (package.json, a config), parsed once; one that does not parse reads as `{}`. */
  readJson(path: string): Record<string, unknown> | undefined {
    const real = this.realpath(path)
    if (!this.files.has(real)) return undefined
    return this.json.text(real) === undefined ? undefined : (this.json.json(real) ?? NO_CONTENT)
  }
}
