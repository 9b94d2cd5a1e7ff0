import { httpStatus } from '../core/http-status.js'

/** Where the snapshot can be opened, once published. */
export interface SnapshotLinks {
  /** The still: an image URL (branch) or the artifact's page (artifact). */
  readonly png: string
  /** The same card at 2x, when published (branch mode): embed it at width 800 for sharp text on high-density screens. */
  readonly png2x?: string
  /** The viewer. */
  readonly html: string
  /** True when `html` is a file view (its source), not a page: no Pages address was known (a GitHub Enterprise server without `pages-url`). */
  readonly htmlIsSource?: boolean
  /** True when `png` can be embedded as an image in a markdown comment: a public repository, branch mode. */
  readonly inlineImage: boolean
}

/** What became of publishing: the comment shows the links, or says in one line why there are none. */
export type PublishOutcome =
  | {
      readonly kind: 'published'
      readonly links: SnapshotLinks
      /** The bytes equal the newest published snapshot's: nothing was written, and the comment needs no edit for it. */
      readonly unchanged?: boolean
    }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string }

/** The error's message, or a readable stand-in: failures here are reported, never thrown. */
export function reasonOf(error: unknown): string {
  const status = httpStatus(error)
  const message = error instanceof Error ? error.message : String(error)
  return status !== undefined ? `HTTP ${status}: ${message}` : message
}
