import { renderMarkdown } from './markdown-report.js'
import type { Rest } from './markdown-sections.js'
import type { ReportFacts } from './report-facts.js'
import { figuresLine } from './trend.js'

/** GitHub refuses comments over 65,536 characters; this leaves room for a margin. */
export const COMMENT_LIMIT = 60_000

/**
 * What the comment aims for: a reviewer reads it in a page, and the job summary keeps the full report.
 * Lists give way first; a body of very many changed files may still need up to COMMENT_LIMIT.
 */
export const COMMENT_TARGET = 15_000

/** The hidden first line that finds this comment again among the PR's comments (CONTRACTS.md §3). */
export function commentMarker(workingDirectory: string): string {
  // `--` would end the HTML comment early; the marker must stay one comment whatever the folder is called.
  return `<!-- blast-radius:${workingDirectory.replaceAll('--', '-\u200b-')} -->`
}

/**
 * The PR comment's body. `rest`: where its reader finds what its cut lists leave out; on a pull request
 * that is the run's job summary (the action writes no report.json a reviewer could open).
 */
export function renderComment(facts: ReportFacts, rest: Rest = 'the job summary lists more'): string {
  return renderMarkdown(facts, {
    firstLine: commentMarker(facts.input.workingDirectory),
    secondLine: figuresLine(facts.figures, facts.input.previous),
    limit: COMMENT_TARGET,
    listBudget: 3_000,
    rest,
  })
}
