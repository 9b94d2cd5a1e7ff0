import type { ChangeAnalysis } from '../change/analyze-change.js'
import type { RiskThresholds } from './risk.js'
import type { Figures } from './trend.js'

/** Where the 3D snapshot of this change can be seen, when it was published somewhere. */
export interface SnapshotLinks {
  /** An image a comment can show inline (a raw URL on a branch of a public repository); absent for artifacts, which need a login. */
  readonly imageUrl?: string
  /** The same card at twice the pixels, shown at the comment's width (800 px) so its text is sharp on dense screens. */
  readonly image2xUrl?: string
  /** Where the still can be opened when it cannot be shown inline (an artifact's page, a private repository's file). */
  readonly stillUrl?: string
  /** The interactive view, or the artifact page holding it. */
  readonly viewUrl?: string
  /** `viewUrl` is the viewer's file (to download and open), not a page that opens it. */
  readonly viewIsFile?: boolean
}

/** How a reader re-runs the analysis by hand (workflow_dispatch). */
export interface Rerun {
  /** The workflow's page, where "Run workflow" is. */
  readonly workflowUrl?: string
  readonly prNumber?: number
}

/** Everything a report says: the analysis, and the facts about this run that the graph does not know. */
export interface ReportInput {
  readonly analysis: ChangeAnalysis
  /** The action's `working-directory` input: it names the comment's hidden marker. */
  readonly workingDirectory: string
  /**
   * The analysed folder inside the repository (`services/api`, '' for the root): the graph's paths are
   * below it, the repository's links and CODEOWNERS are not.
   */
  readonly pathPrefix?: string
  /** The previous push's figures, from the previous comment's hidden line (`parseFigures`). */
  readonly previous?: Figures
  readonly version: string
  /** Wall time of the whole run (graph and analysis), for the footer. */
  readonly analysisMs: number
  /** The footer's clock: the only time in the report, fixed by tests. */
  readonly now: Date
  /** The commit analysed. */
  readonly headSha?: string
  /** The repository's web address (https://github.com/owner/name), for links to the commit and files. */
  readonly repoUrl?: string
  readonly snapshot?: SnapshotLinks
  readonly thresholds?: RiskThresholds
  readonly rerun?: Rerun
  /**
   * What a reader must know to trust the numbers and the graph cannot tell (a cut-off list of changed
   * files, a checkout that is not the PR's head). Plain text: shown as written, never as markup.
   */
  readonly notes?: readonly string[]
  /** The changed files are known to be only part of the change (the notes say why): the risk is "at least", or unknown. */
  readonly changesIncomplete?: boolean
}
