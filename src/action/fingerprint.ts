import { createHash } from 'node:crypto'
import { renderComment } from '../report/comment.js'
import type { ReportFacts } from '../report/report-facts.js'

/** 16 hex digits: what a fingerprint looks like, also when it arrives from untrusted input. */
export const FINGERPRINT = /^[0-9a-f]{16}$/

/**
 * What the comment says, without when it was made: the report's footer names the time and the
 * duration of the run, so two runs on the same code never render the same bytes. The fingerprint
 * hashes the comment rendered at a fixed time, so "unchanged" means the report is the same.
 */
export function reportFingerprint(facts: ReportFacts): string {
  const timeless = renderComment({ ...facts, input: { ...facts.input, now: new Date(0), analysisMs: 0 } })
  return createHash('sha256').update(timeless).digest('hex').slice(0, 16)
}

/** The hidden line that carries the fingerprint at the end of the comment. */
export function fingerprintLine(fingerprint: string): string {
  return `<!-- blast-radius-fingerprint:${fingerprint} -->`
}
