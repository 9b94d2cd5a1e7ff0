import { httpStatus } from '../core/http-status.js'

/** Where the snapshot can be opened, once published. */
export interface SnapshotLinks {
  /** The still: an image URL (branch) or the artifact's page (artifact). */
  readonly png: string
  /** The viewer. */
  readonly html: string
  /** True when `png` can be embedded as an image in a markdown comment (it shows on public repositories). */
  readonly inlineImage: boolean
}

/** What became of publishing: the comment shows the links, or says in one line why there are none. */
export type PublishOutcome =
  | { readonly kind: 'published'; readonly links: SnapshotLinks }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string }

/** The error's message, or a readable stand-in: failures here are reported, never thrown. */
export function reasonOf(error: unknown): string {
  const status = httpStatus(error)
  const message = error instanceof Error ? error.message : String(error)
  return status !== undefined ? `HTTP ${status}: ${message}` : message
}
