// Types for scripts/synth-repo.mjs, which stays plain JavaScript so that it runs without a build.

export declare const SYNTH_VERSION: number

export interface SynthEdge {
  readonly from: string
  readonly to: string
  readonly kind: 'import' | 'lazy' | 'type' | 'package'
}

/** What generation wrote, and the graph it meant to write (edges out of files with a syntax error left out). */
export interface SynthResult {
  readonly files: number
  readonly bytes: number
  readonly edges: SynthEdge[]
  readonly broken: string[]
}

export declare function generateSynthRepo(options: {
  files: number
  seed: number
  onFile: (path: string, bytes: Buffer) => void
}): SynthResult

export declare function writeSynthRepo(options: { files: number; seed: number; out: string; git?: boolean }): SynthResult

export declare function commitAll(dir: string, message: string): void
