import picomatch from 'picomatch'
import { hasExtension, isDeclarationFile } from './extensions.js'
import { baseOf, isWithin, joinPath, parentOf, relativeTo } from './paths.js'
import type { ConfigReader, ProjectConfig } from './tsconfig.js'

const TS_INPUTS = ['.ts', '.tsx', '.mts', '.cts']
const JS_INPUTS = ['.js', '.jsx', '.mjs', '.cjs']
const PACKAGE_FOLDERS = new Set(['node_modules', 'bower_components', 'jspm_packages'])

/**
 * Project outputs (§5.4): for every project with `outDir` or `declarationDir` (and neither `noEmit`
 * nor `outFile`), the names `ts.getOutputFileNames` gives its input files, mapped to those inputs.
 * The first project by path wins a name.
 */
export function projectOutputs(files: readonly string[], configs: ConfigReader): Map<string, string> {
  const projects = new Set(files.filter((f) => ['tsconfig.json', 'jsconfig.json'].includes(baseOf(f))))
  for (const path of [...projects]) for (const reference of configs.read(path)?.references ?? []) projects.add(reference)
  const outputs = new Map<string, string>()
  const sorted = [...files].sort(byCodePoint)
  for (const path of [...projects].sort(byCodePoint)) {
    const project = configs.read(path)
    const { outDir, declarationDir, noEmit, outFile } = project?.options ?? {}
    if (!project || !(outDir || declarationDir) || noEmit || outFile) continue
    const inputs = inputFiles(project, sorted)
    const common = commonSourceDirectory(project, inputs)
    for (const input of inputs) {
      for (const output of outputNames(project, input, common)) if (!outputs.has(output)) outputs.set(output, input)
    }
  }
  return outputs
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The project's files: `files`, then `include` (default everything) less `exclude` (default the output folders). `files` sorted. */
function inputFiles(project: ProjectConfig, files: readonly string[]): string[] {
  const { options } = project
  const extensions = options.allowJs ? [...TS_INPUTS, ...JS_INPUTS] : TS_INPUTS
  const listed = new Set(project.files ?? [])
  const include = project.include ?? (project.files ? [] : [project.dir === '' ? '**/*' : `${project.dir}/**/*`])
  const exclude = project.exclude ?? [options.outDir, options.declarationDir].filter((d): d is string => d !== undefined)
  const included = include.length ? picomatch(include.map(asGlob), { dot: false }) : () => false
  const excluded = exclude.length
    ? picomatch(
        exclude.flatMap((e) => [asGlob(e), `${asGlob(e)}/**`]),
        { dot: true },
      )
    : () => false
  const explicitJson = include.some((i) => i.endsWith('.json'))
  // Only files below an include's fixed folder can match it: a range of the sorted list each, not every file per project.
  const candidates = new Set([...listed, ...include.flatMap((spec) => filesBelow(files, fixedFolder(spec)))])
  return files.filter((file) => {
    if (!candidates.has(file)) return false
    if (listed.has(file)) return true
    const typed = hasExtension(file, ...extensions) || (explicitJson && file.endsWith('.json'))
    if (!typed || !included(file) || excluded(file)) return false
    return !file.split('/').some((part) => PACKAGE_FOLDERS.has(part))
  })
}

/** The folders of a spec before its first wildcard. */
function fixedFolder(spec: string): string {
  const parts = spec.split('/')
  const wild = parts.findIndex((p) => /[*?]/.test(p))
  return (wild === -1 ? parts.slice(0, -1) : parts.slice(0, wild)).join('/')
}

function filesBelow(sorted: readonly string[], dir: string): readonly string[] {
  if (dir === '') return sorted
  const prefix = `${dir}/`
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (sorted[mid]! < prefix) low = mid + 1
    else high = mid
  }
  let end = low
  while (end < sorted.length && sorted[end]!.startsWith(prefix)) end++
  return sorted.slice(low, end)
}

/** A spec with no wildcard and no extension in its last part names a folder: everything below it. */
function asGlob(spec: string): string {
  const last = baseOf(spec)
  return /[*?]/.test(last) || last.includes('.') ? spec : spec === '' ? '**/*' : `${spec}/**/*`
}

function commonSourceDirectory(project: ProjectConfig, inputs: readonly string[]): string {
  if (project.options.rootDir !== undefined) return project.options.rootDir
  if (project.options.composite) return project.dir
  const emitted = inputs.filter((f) => !isDeclarationFile(f))
  if (emitted.length === 0) return project.dir
  let common = parentOf(emitted[0]!).split('/')
  for (const file of emitted.slice(1)) {
    const parts = parentOf(file).split('/')
    let i = 0
    while (i < common.length && common[i] === parts[i]) i++
    common = common.slice(0, i)
  }
  return common.join('/')
}

function outputNames(project: ProjectConfig, input: string, common: string): string[] {
  if (isDeclarationFile(input) || !isWithin(common, input)) return []
  const { options } = project
  const relative = relativeTo(common, input)
  const stem = (dir: string | undefined): string | undefined => {
    const path = dir === undefined ? input : joinPath(dir, relative)
    return path?.slice(0, path.length - (/\.[^./]*$/.exec(path)?.[0].length ?? 0))
  }
  const names: string[] = []
  const json = input.endsWith('.json')
  if (!options.emitDeclarationOnly) {
    const jsStem = stem(options.outDir)
    const jsPath = jsStem === undefined ? undefined : jsStem + jsExtension(input, options.jsx)
    if (jsPath !== undefined && !(json && jsPath === input)) names.push(jsPath)
  }
  if (!json && (options.declaration || options.composite)) {
    const dtsStem = stem(options.declarationDir ?? options.outDir)
    if (dtsStem !== undefined) names.push(dtsStem + declarationExtension(input))
  }
  return names
}

function jsExtension(input: string, jsx: string | undefined): string {
  if (input.endsWith('.json')) return '.json'
  if (jsx === 'preserve' && hasExtension(input, '.jsx', '.tsx')) return '.jsx'
  if (hasExtension(input, '.mts', '.mjs')) return '.mjs'
  return hasExtension(input, '.cts', '.cjs') ? '.cjs' : '.js'
}

function declarationExtension(input: string): string {
  if (hasExtension(input, '.mts', '.mjs')) return '.d.mts'
  return hasExtension(input, '.cts', '.cjs') ? '.d.cts' : '.d.ts'
}
