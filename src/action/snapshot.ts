import * as core from '@actions/core'
import { join } from 'node:path'
import type { ChangeAnalysis } from '../change/analyze-change.js'
import type { SnapshotLinks } from '../report/report-input.js'
import { loadArtifactClient, publishArtifact } from '../snapshot/publish-artifact.js'
import { publishToBranch } from '../snapshot/publish-branch.js'
import type { PublishOutcome } from '../snapshot/publish-outcome.js'
import { startCardRenderer, type CardRenderer } from '../snapshot/render-cards.js'
import { writeSnapshot, type SnapshotFiles } from '../snapshot/write-snapshot.js'
import { repoOf, type ActionContext } from './action-context.js'
import { artifactPagesLine, earlierArtifacts } from './earlier-artifacts.js'
import { folderSlug } from './inputs.js'
import { at } from './json-fields.js'
import { runFolder } from './report-file.js'
import { messageOf } from './message-of.js'

export interface PublishedSnapshot {
  /** For the report: the image it may show inline, and the viewer. */
  readonly links?: SnapshotLinks
  /** The `snapshot-url` output. */
  readonly url?: string
  /** For the report: one line when the snapshot could not be published, so the comment says why it is missing. */
  readonly notes: readonly string[]
  /** A line for the comment's body that renders as nothing, by which a re-run finds the artifacts again. */
  readonly commentLine?: string
}

/**
 * The card renderer for this run's snapshot, started as the run starts, so that its process boots and
 * warms resvg while the graph is built (on Django, one thread: the other core's time); none when
 * `snapshot` is `none`. Unused (the run failed first), it ends with this process.
 */
export function startSnapshotCards(ctx: ActionContext): CardRenderer | undefined {
  return ctx.inputs.snapshot === 'none' ? undefined : startCardRenderer()
}

/** The snapshot's files as they are written, or what stopped them; none when `snapshot` is `none`. Never rejects. */
export type SnapshotWriting = Promise<{ readonly files: SnapshotFiles } | { readonly error: unknown }> | undefined

/**
 * Writes the 3D snapshot's files, started as soon as the analysis is done: they render while the
 * comment in view is looked up, which publishing them needs. `cards` is the renderer
 * startSnapshotCards started (one is started here without it).
 */
export function writeSnapshotFiles(ctx: ActionContext, analysis: ChangeAnalysis, cards: CardRenderer | undefined): SnapshotWriting {
  const { env, inputs } = ctx
  if (inputs.snapshot === 'none') return undefined
  const dir = join(runFolder(env.runnerTemp, inputs.workingDirectory), 'snapshot')
  // Loaded while the cards render, for the upload after them (its first use waits for the same load).
  if (inputs.snapshot === 'artifact') void loadArtifactClient().catch(() => undefined)
  return writeSnapshot(dir, analysis.graph, analysis.impact, cards).then(
    (files) => ({ files }),
    (error: unknown) => ({ error }),
  )
}

/**
 * Publishes the 3D snapshot where `snapshot` says. A snapshot is an extra: whatever goes wrong here
 * (its writing included) is a warning, and the report goes out without the links. `previousBody` is
 * the comment in view, whose artifacts a re-run with the same bytes links again instead of uploading.
 */
export async function publishSnapshot(
  ctx: ActionContext,
  writing: SnapshotWriting,
  prNumber: number | undefined,
  previousBody: string | undefined,
): Promise<PublishedSnapshot> {
  const { env, inputs, github } = ctx
  if (!writing) return { notes: [] }
  let outcome: PublishOutcome
  try {
    const written = await writing
    if ('error' in written) throw written.error
    const { files } = written
    if (inputs.snapshot === 'artifact') {
      const earlier = github && (await earlierArtifacts(github, { ...repoOf(ctx), serverUrl: env.serverUrl }, previousBody, files))
      outcome = earlier
        ? { kind: 'published', unchanged: true, links: { ...earlier, inlineImage: false } }
        : await publishArtifact({ files, name: `blast-radius-snapshot-${folderSlug(inputs.workingDirectory)}` })
    } else if (!github || prNumber === undefined) {
      outcome = {
        kind: 'skipped',
        reason: `snapshot: branch needs ${github ? 'a pull request' : 'a github-token'} to file the snapshot under`,
      }
    } else {
      outcome = await publishToBranch(github, {
        owner: env.owner,
        repo: env.repo,
        branch: inputs.snapshotBranch,
        prNumber,
        files: [files.png, files.png2x, files.html],
        label: env.runId || undefined,
        serverUrl: env.serverUrl,
        pagesUrl: inputs.pagesUrl,
        // Unknown counts as private: an image a reader cannot load is worse than a link.
        isPublic: at(env.payload, 'repository', 'private') === false,
      })
    }
  } catch (error) {
    outcome = { kind: 'failed', reason: `could not render the snapshot: ${messageOf(error)}` }
  }
  if (outcome.kind === 'published') {
    const { png, png2x, html, htmlIsSource, inlineImage } = outcome.links
    const still = inlineImage ? { imageUrl: png, ...(png2x !== undefined && { image2xUrl: png2x }) } : { stillUrl: png }
    if (outcome.unchanged) core.info(`Snapshot: the same bytes as the one published before, whose links are kept (${html})`)
    return {
      links: { ...still, viewUrl: html, ...(htmlIsSource && { viewIsFile: true }) },
      url: html,
      notes: [],
      ...(inputs.snapshot === 'artifact' && { commentLine: artifactPagesLine({ png, html }) }),
    }
  }
  // publishArtifact has already warned about a missing artifact service.
  if (outcome.kind === 'failed') core.warning(`Snapshot: ${outcome.reason}`)
  else core.info(`Snapshot: ${outcome.reason}`)
  return { notes: [`No 3D snapshot: ${outcome.reason}.`] }
}
