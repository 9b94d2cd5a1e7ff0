import type { Style } from '../format/style.js'
import { renderComment } from './comment.js'
import { reportJson } from './json-report.js'
import type { ReportFacts } from './report-facts.js'
import { renderText } from './text-report.js'

/** The report's formats, by the name `--format` takes: one reporter each, all of the same facts. */
export const REPORTERS = {
  text: (facts: ReportFacts, style: Style) => renderText(facts, style),
  markdown: (facts: ReportFacts) => renderComment(facts, '`--format json` has them all'),
  json: (facts: ReportFacts) => JSON.stringify(reportJson(facts)) + '\n',
} as const satisfies Record<string, (facts: ReportFacts, style: Style) => string>

export type ReportFormat = keyof typeof REPORTERS

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORTERS, name)
}
