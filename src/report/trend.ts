import { count } from '../format/numbers.js'
import type { Risk } from './risk.js'

/** The figures a comment remembers (in a hidden line), so that the next push can say what changed. */
export interface Figures {
  /** The commit they were measured at. */
  readonly head: string
  readonly changed: number
  readonly affected: number
  readonly importTime: number
  readonly tests: number | 'all'
  readonly risk: Risk['level']
}

const PREFIX = '[blast-radius-figures]: # ('
const SUFFIX = ')'
const LEVELS: readonly string[] = ['low', 'moderate', 'high', 'very high', 'unknown']

/**
 * The hidden line that carries them: a link reference definition, which markdown renders as nothing
 * (and which is no HTML comment: the comment's only one stays its marker). Its title is JSON of
 * numbers, a risk word and a commit id checked to be hex: no parenthesis can end it early. `since`
 * are the figures this comment was compared with, so that a re-run on the same commit compares with
 * them again instead of with itself.
 */
export function figuresLine(figures: Figures, since?: Figures): string {
  const safe = (f: Figures) => ({ ...f, head: /^[0-9a-f]{4,64}$/u.test(f.head) ? f.head : '' })
  return `${PREFIX}${JSON.stringify({ v: 1, ...safe(figures), ...(since && { since: safe(since) }) })}${SUFFIX}`
}

/** The figures of a previous comment's body; undefined when it has none or they are not well formed (a comment anyone could edit). */
export function parseFigures(body: string): Figures | undefined {
  const value = lineValue(body)
  return value?.v === 1 ? figuresOf(value) : undefined
}

/**
 * What a report at `head` compares with: the previous comment's figures, or, when that comment was
 * made at the same commit (a re-run), the figures it compared with itself, so a re-run keeps its trend.
 */
export function comparedWith(previousBody: string | undefined, head: string | undefined): Figures | undefined {
  const value = previousBody === undefined ? undefined : lineValue(previousBody)
  const figures = value?.v === 1 ? figuresOf(value) : undefined
  return figures && figures.head === head ? figuresOf(value?.since) : figures
}

function lineValue(body: string): Record<string, unknown> | undefined {
  const line = body.split('\n').find((l) => l.startsWith(PREFIX) && l.endsWith(SUFFIX))
  if (!line) return undefined
  let value: unknown
  try {
    value = JSON.parse(line.slice(PREFIX.length, -SUFFIX.length))
  } catch {
    return undefined
  }
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined
}

function figuresOf(value: unknown): Figures | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const v = value as Record<string, unknown>
  const whole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0
  if (typeof v.head !== 'string' || !/^[0-9a-f]{4,64}$/u.test(v.head)) return undefined
  if (!whole(v.changed) || !whole(v.affected) || !whole(v.importTime) || !(whole(v.tests) || v.tests === 'all')) return undefined
  if (typeof v.risk !== 'string' || !LEVELS.includes(v.risk)) return undefined
  return { head: v.head, changed: v.changed, affected: v.affected, importTime: v.importTime, tests: v.tests, risk: v.risk as Risk['level'] }
}

/** Whether two pushes' figures differ in anything the comment shows (the commit aside): `comment-mode: on-change` writes only then. */
export function figuresChanged(before: Figures | undefined, now: Figures): boolean {
  return (
    !before ||
    before.changed !== now.changed ||
    before.affected !== now.affected ||
    before.importTime !== now.importTime ||
    before.tests !== now.tests ||
    before.risk !== now.risk
  )
}

/** " (was 2,281 at abc1234)" when the radius differs from the previous push's; empty when it is the same or unknown. */
export function wasNote(before: Figures | undefined, affected: number): string {
  if (!before || before.affected === affected) return ''
  return ` (was ${count(before.affected)} at \`${before.head.slice(0, 7)}\`)`
}

/** " (was high at abc1234)" for the risk word. */
export function riskWasNote(before: Figures | undefined, level: Risk['level']): string {
  if (!before || before.risk === level) return ''
  return ` (was ${before.risk} at \`${before.head.slice(0, 7)}\`)`
}
