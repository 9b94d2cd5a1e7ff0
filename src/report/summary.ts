import { renderMarkdown } from './markdown-report.js'
import type { ReportInput } from './report-input.js'

/** A job summary may hold 1 MiB; this keeps a margin below it. */
export const SUMMARY_LIMIT = 1_000_000

/** The job summary ($GITHUB_STEP_SUMMARY): the comment's sections, with the lists in full where they fit. */
export function renderSummary(input: ReportInput): string {
  return renderMarkdown(input, { limit: SUMMARY_LIMIT, listBudget: 150_000 })
}
