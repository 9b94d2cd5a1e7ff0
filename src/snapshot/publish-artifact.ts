import { copyFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { reasonOf, type PublishOutcome } from './publish-outcome.js'
import { safeName } from './safe-name.js'
import type { SnapshotFiles } from './write-snapshot.js'

export interface ArtifactTarget {
  readonly files: SnapshotFiles
  /**
   * With archiving off an artifact is named after its file, and names are unique within a run, so
   * the files are uploaded as `<name>.png` and `<name>.html`: give each analysed folder its own.
   */
  readonly name?: string
  readonly retentionDays?: number
}

/**
 * @actions/artifact, loaded when first asked for (the bundle keeps it in a chunk of its own): compiling and
 * evaluating it was about 100 ms of every action run's start on Node 24, and a run that uploads nothing
 * never needs it. A run that will upload asks for it while its snapshot renders, so it is there by then.
 */
export function loadArtifactClient(): Promise<typeof import('@actions/artifact')> {
  return import('@actions/artifact')
}

/**
 * Uploads the still and the viewer as two single-file artifacts with archiving off
 * (`skipArchive`, @actions/artifact ≥ 2.3), so each opens in the browser instead of downloading a
 * zip. Outside a runner's job (no ACTIONS_RUNTIME_TOKEN) there is no artifact service: skipped,
 * with a warning.
 */
export async function publishArtifact(target: ArtifactTarget): Promise<PublishOutcome> {
  const env = process.env
  if (!env.ACTIONS_RUNTIME_TOKEN) {
    const reason = 'no artifact service in this run (ACTIONS_RUNTIME_TOKEN is not set), so the snapshot was not uploaded'
    core.warning(reason)
    return { kind: 'skipped', reason }
  }
  const name = safeName(target.name ?? 'blast-radius-snapshot')
  try {
    const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'blast-radius-artifact-'))
    const client = new (await loadArtifactClient()).DefaultArtifactClient()
    const upload = async (source: string, ending: string) => {
      const file = join(dir, `${name}${ending}`)
      await copyFile(source, file)
      const { id } = await client.uploadArtifact(`${name}${ending}`, [file], dir, {
        skipArchive: true,
        retentionDays: target.retentionDays,
      })
      if (id === undefined) throw new Error(`the artifact service gave no id for ${name}${ending}`)
      return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`
    }
    // One after the other: the service creates artifacts of a job in order, and two are few.
    const png = await upload(target.files.png, '.png')
    const html = await upload(target.files.html, '.html')
    return { kind: 'published', links: { png, html, inlineImage: false } }
  } catch (error) {
    return { kind: 'failed', reason: `could not upload the snapshot as an artifact: ${reasonOf(error)}` }
  }
}
