import { bytes } from './fit.js'
import * as section from './markdown-sections.js'
import type { ReportFacts } from './report-facts.js'

/** The comment and the job summary: the same sections, with a different size limit and first line. */
export interface MarkdownProfile {
  /** First line of the body (the comment's hidden marker). */
  readonly firstLine?: string
  /** Second line (the comment's remembered figures). */
  readonly secondLine?: string
  /** The whole body stays under this many bytes. */
  readonly limit: number
  /** Room for each list but the full one, which takes what is left. */
  readonly listBudget: number
  /** Where what a cut list leaves out can be read (`section.Rest`); none by default. */
  readonly rest?: section.Rest
}

export function renderMarkdown(facts: ReportFacts, profile: MarkdownProfile): string {
  // Every list is cut to the budget; when names are so long that the lists together still crowd the
  // limit, the budget is halved until they leave room, and last the diagram makes way.
  const where = profile.rest ?? ''
  for (let budget = profile.listBudget; ; budget = Math.floor(budget / 2)) {
    const small = budget < 1_000
    const before = [
      profile.firstLine,
      profile.secondLine,
      section.headline(facts),
      section.notes(facts),
      section.snapshot(facts),
      section.changedTable(facts, budget, where),
      section.outsideNote(facts, budget),
      section.whatToCheck(facts),
      section.testsToRun(facts, budget, where),
      section.whoShouldLook(facts, budget),
      section.why(facts, budget),
      section.landing(facts, budget),
      small ? undefined : section.diagram(facts),
    ]
    const after = [section.gone(facts, budget, where), section.confidence(facts, budget), section.footer(facts)]
    const fixed = bytes(join([...before, ...after]))
    if (fixed > profile.limit - 2_000 && !small) continue
    const list = section.fullList(facts, profile.limit - fixed - 100, where)
    return join([...before, list, ...after]) + '\n'
  }
}

function join(parts: readonly (string | undefined)[]): string {
  const shown = parts.filter((p): p is string => p !== undefined)
  // Two sections that end and start with a list would render as one list (the changed files not in the
  // graph, then the warnings): an HTML comment between them ends the first.
  return shown.map((part, i) => (i > 0 && endsWithList(shown[i - 1]!) && part.startsWith('- ') ? `<!-- -->\n\n${part}` : part)).join('\n\n')
}

function endsWithList(part: string): boolean {
  return /^\s*- /u.test(part.slice(part.lastIndexOf('\n') + 1))
}
