import { count, plural } from '../format/numbers.js'
import { looksLocalWords } from './wording.js'

export const RISK_LEVELS = ['low', 'moderate', 'high', 'very high'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

/** How many affected files each level starts at. */
export interface RiskThresholds {
  readonly moderate: number
  readonly high: number
  readonly veryHigh: number
}

export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = { moderate: 10, high: 50, veryHigh: 250 }

/**
 * `unknown` is its own state, not a level: a graph that cannot see the change must never read as
 * "low". `atLeast` marks a level measured on part of the change only.
 */
export type Risk =
  { readonly level: RiskLevel; readonly atLeast: boolean; readonly why: string } | { readonly level: 'unknown'; readonly why: string }

export interface RiskFacts {
  readonly changes: number
  readonly inGraph: number
  readonly affected: number
  readonly graphFiles: number
  /** Changed files that are code the graph does not read (another language, skipped, excluded). */
  readonly blindChanged: number
  /** Imports in the new tree that still name a removed or renamed-away file. */
  readonly brokenImports: number
  /** What the files they name became: said as such (default `removed`). */
  readonly brokenBy?: 'removed' | 'renamed' | 'both'
  /** Removed source files: a change the graph reads, though they are no longer in it. */
  readonly removedSources: number
  /** The list of changed files is known to miss some (cut off by GitHub, or not listed at all). */
  readonly changesIncomplete?: boolean
  /**
   * Imports that their language judges meant for this repository's files, yet resolve to none: edges the graph
   * misses, counted in the languages the change reaches (only those can hide importers of its radius).
   */
  readonly unresolvedLocal: number
  /** Source files that could not be decoded as text (a hostile `.gitattributes` encoding, say): nodes the graph misses. */
  readonly undecodable?: number
}

/** "10,50,250" (the affected-file counts where moderate, high and very high start), as a user sets it. */
export function parseRiskThresholds(text: string): RiskThresholds {
  const parts = text.split(',').map((part) => part.trim())
  const numbers = parts.map(Number)
  if (parts.length !== 3 || numbers.some((n, i) => parts[i] === '' || !Number.isInteger(n) || n < 1)) {
    throw new RangeError(`risk thresholds: expected three whole numbers such as "10,50,250", got "${text}"`)
  }
  const [moderate, high, veryHigh] = numbers as [number, number, number]
  if (!(moderate < high && high < veryHigh)) {
    throw new RangeError(`risk thresholds: each must be larger than the one before, got "${text}"`)
  }
  return { moderate, high, veryHigh }
}

export function assessRisk(facts: RiskFacts, thresholds: RiskThresholds = DEFAULT_RISK_THRESHOLDS): Risk {
  const undecodable = facts.undecodable ?? 0
  // When a tenth of the sources cannot be read, what the graph misses may be where the change lands.
  if (facts.changes > 0 && undecodable > 0 && undecodable * 10 >= facts.graphFiles + undecodable) {
    return {
      level: 'unknown',
      why: `${plural(undecodable, 'source file')} could not be decoded as text, so the graph cannot see much of the code`,
    }
  }
  if (facts.changes > 0 && facts.graphFiles === 0) {
    return { level: 'unknown', why: 'the graph holds no file it could read, so it cannot say what this change reaches' }
  }
  if (facts.inGraph === 0 && facts.blindChanged > 0) {
    return { level: 'unknown', why: `${plural(facts.blindChanged, 'changed file')} of code the graph does not read` }
  }
  const reasons: string[] = []
  let level: RiskLevel =
    facts.affected >= thresholds.veryHigh
      ? 'very high'
      : facts.affected >= thresholds.high
        ? 'high'
        : facts.affected >= thresholds.moderate
          ? 'moderate'
          : 'low'
  reasons.push(
    facts.inGraph === 0 && facts.removedSources === 0
      ? 'no changed file is source the graph reads'
      : `${plural(facts.affected, 'file')} in the blast radius (levels start at ${count(thresholds.moderate)}, ${count(thresholds.high)}, ${count(thresholds.veryHigh)})`,
  )
  if (facts.brokenImports > 0) {
    if (RISK_LEVELS.indexOf(level) < RISK_LEVELS.indexOf('high')) level = 'high'
    const named = {
      removed: 'a removed file',
      renamed: 'a renamed file by its old name',
      both: "a removed file or a renamed one's old name",
    }
    reasons.push(
      `${plural(facts.brokenImports, 'import')} still name${facts.brokenImports === 1 ? 's' : ''} ${named[facts.brokenBy ?? 'removed']}`,
    )
  }
  if (facts.blindChanged > 0) reasons.push(`${plural(facts.blindChanged, 'changed file')} of code not measured`)
  // Each of these hides importers, so a low count says nothing: "low" would be a promise the graph cannot keep.
  const gaps: string[] = []
  if (facts.changesIncomplete) gaps.push('the list of changed files is incomplete, so files it misses may reach further')
  const measured = facts.inGraph > 0 || facts.removedSources > 0
  if (measured && facts.unresolvedLocal > 0) {
    // A working-directory whose package name no longer resolves reports most of a repository as unreached.
    gaps.push(`${looksLocalWords(facts.unresolvedLocal)}, so the radius may be larger`)
  }
  if (gaps.length && level === 'low') {
    // An incomplete list makes the counts themselves meaningless: the reason is the gap alone.
    return { level: 'unknown', why: (facts.changesIncomplete ? gaps : [...reasons, ...gaps]).join('; ') }
  }
  return { level, atLeast: facts.blindChanged > 0 || gaps.length > 0, why: [...reasons, ...gaps].join('; ') }
}

/** "very high", "at least moderate", "unknown". */
export function riskWord(risk: Risk): string {
  return risk.level !== 'unknown' && risk.atLeast ? `at least ${risk.level}` : risk.level
}

/** The `fail-on` setting: `never`, or the lowest level that fails the step. */
export type FailOn = 'never' | RiskLevel

/** "never", "high", "very high" (any case, spaces or a hyphen), as a user sets it. */
export function parseFailOn(text: string): FailOn {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/gu, ' ')
  if (word === '' || word === 'never') return 'never'
  const level = RISK_LEVELS.find((l) => l === word)
  if (!level) throw new RangeError(`fail-on: expected never, ${RISK_LEVELS.join(', ')}, got "${text}"`)
  return level
}

/**
 * Why the gate fails the step, or undefined when it passes. An unknown risk fails any gate: a gate
 * cannot vouch for a change the graph cannot see.
 */
export function gateFailure(risk: Risk, failOn: FailOn): string | undefined {
  if (failOn === 'never') return undefined
  if (risk.level === 'unknown') return `the risk is unknown (${risk.why}), and fail-on is ${failOn}`
  if (RISK_LEVELS.indexOf(risk.level) < RISK_LEVELS.indexOf(failOn)) return undefined
  return `the risk is ${riskWord(risk)} (${risk.why}), at or above fail-on ${failOn}`
}
