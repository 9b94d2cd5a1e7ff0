import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { httpStatus } from '../core/http-status.js'
import { at, stringAt } from './json-fields.js'
import { messageOf } from './message-of.js'
import type { GitHub } from './octokit.js'

/** The still's and the viewer's artifact pages, in the order the comment links them. */
export interface ArtifactPages {
  readonly png: string
  readonly html: string
}

/** The hidden line by which a comment remembers the artifacts its snapshot links. */
const LINE = /^<!-- blast-radius-snapshot-artifacts: (\S+) (\S+) -->$/m

export function artifactPagesLine(pages: ArtifactPages): string {
  return `<!-- blast-radius-snapshot-artifacts: ${pages.png} ${pages.html} -->`
}

/**
 * `snapshot: artifact` on a re-run: the artifacts the comment in view links, when GitHub still holds
 * both (not expired) with exactly these files' bytes (the sha256 `digest` GitHub records for each
 * upload). Then nothing is uploaded and the comment keeps its links, so an unchanged report writes
 * nothing. Reading an artifact needs `actions: read`; without it, or on any other answer, the
 * snapshot is uploaded anew, as on a first run.
 */
export async function earlierArtifacts(
  github: GitHub,
  repo: { readonly owner: string; readonly repo: string; readonly serverUrl: string },
  previousBody: string | undefined,
  files: { readonly png: string; readonly html: string },
): Promise<ArtifactPages | undefined> {
  const line = previousBody?.match(LINE)
  if (!line) return undefined
  const pages = { png: line[1]!, html: line[2]! }
  // Only this repository's artifact pages: the line is in a comment that people with write access can edit.
  const runs = `${repo.serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/actions/runs/`
  const idOf = (page: string) => (page.startsWith(runs) ? page.slice(runs.length).match(/^\d+\/artifacts\/(\d+)$/)?.[1] : undefined)
  try {
    for (const [page, file] of [
      [pages.png, files.png],
      [pages.html, files.html],
    ] as const) {
      const id = idOf(page)
      if (id === undefined) return undefined
      const { data } = await github.rest.actions.getArtifact({ owner: repo.owner, repo: repo.repo, artifact_id: Number(id) })
      const digest = `sha256:${createHash('sha256')
        .update(await readFile(file))
        .digest('hex')}`
      if (at(data, 'expired') !== false || stringAt(data, 'digest') !== digest) return undefined
    }
  } catch (error) {
    const status = httpStatus(error)
    const why = status === 403 ? ' (the token needs `permissions: actions: read` to read them)' : ''
    core.info(`Snapshot: the earlier artifacts could not be read, so the snapshot is uploaded anew: ${messageOf(error)}${why}`)
    return undefined
  }
  return pages
}
