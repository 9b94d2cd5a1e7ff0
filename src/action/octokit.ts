import * as core from '@actions/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'

const ActionOctokit = Octokit.plugin(retry, throttling)
export type GitHub = InstanceType<typeof ActionOctokit>

/** How often a request that hit a rate limit is tried again before the run gives up on it. */
const RATE_LIMIT_RETRIES = 2

/**
 * The REST client: retried on transient failures, throttled to GitHub's limits, aimed at
 * GITHUB_API_URL (GitHub Enterprise, or the tests' stand-in). The token is masked first, so that no
 * log line, not even one of Octokit's, can show it.
 */
export function createGitHub(token: string, baseUrl: string): GitHub {
  core.setSecret(token)
  return new ActionOctokit({
    auth: token,
    baseUrl,
    userAgent: 'blast-radius-action',
    // A failed request is thrown to the caller, which decides how loud it is (a 403 on GET /user is expected).
    log: { debug: () => {}, info: () => {}, warn: (m: string) => core.warning(m), error: (m: string) => core.debug(m) },
    throttle: {
      onRateLimit: (retryAfter, options, _octokit, retryCount) => {
        core.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`)
        return retryCount < RATE_LIMIT_RETRIES
      },
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
        core.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`)
        return retryCount < RATE_LIMIT_RETRIES
      },
    },
  })
}

/** The HTTP status of a failed REST call, when it was one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
