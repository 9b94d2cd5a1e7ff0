import { renderMarkdown } from './markdown-report.js'
import type { ReportFacts } from './report-facts.js'

/** A job summary may hold 1 MiB; this keeps a margin below it. */
export const SUMMARY_LIMIT = 1_000_000

/** The job summary ($GITHUB_STEP_SUMMARY): the comment's sections, with the lists in full where they fit. */
export function renderSummary(facts: ReportFacts): string {
  return renderMarkdown(facts, { limit: SUMMARY_LIMIT, listBudget: 150_000 })
}
