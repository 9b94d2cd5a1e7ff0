import { CODEOWNERS_PATHS, type CodeownersFile } from '../change/read-codeowners.js'
import { httpStatus } from '../core/http-status.js'
import { stringAt } from './json-fields.js'
import type { GitHub } from './octokit.js'

/**
 * The CODEOWNERS file GitHub uses for the repository's default branch, read through the contents API:
 * what a run that checks out nothing (the fork pattern's workflow_run run) trusts to say who owns
 * what, since a pull request cannot change it. The first of GitHub's places that holds one; a file
 * the API does not inline (past 1 MB) is an error, never "no owners".
 */
export async function baseCodeowners(github: GitHub, repo: { owner: string; repo: string }): Promise<CodeownersFile | undefined> {
  for (const path of CODEOWNERS_PATHS) {
    let data: unknown
    try {
      ;({ data } = await github.rest.repos.getContent({ ...repo, path }))
    } catch (error) {
      if (httpStatus(error) === 404) continue
      throw error
    }
    const content = stringAt(data, 'content')
    if (stringAt(data, 'type') !== 'file' || stringAt(data, 'encoding') !== 'base64' || content === undefined)
      throw new Error(`GitHub did not give ${path}'s content inline`)
    return { path, text: Buffer.from(content, 'base64').toString('utf8') }
  }
  return undefined
}
