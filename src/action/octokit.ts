import * as core from '@actions/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import { randomUUID } from 'node:crypto'

const ActionOctokit = Octokit.plugin(retry, throttling)
export type GitHub = InstanceType<typeof ActionOctokit>

/** How often a request that hit a rate limit is tried again before the run gives up on it. */
const RATE_LIMIT_RETRIES = 2
/** A spent hourly limit can ask for up to an hour: past this, the job reports the failure instead of idling. */
const MAX_RATE_LIMIT_WAIT_S = 60

/** How long one request may wait for GitHub's answer, and the unit of the backoff between retries. */
interface ClientTiming {
  readonly timeoutMs: number
  /** A 5xx is retried after 1, 4 and 9 units; a rate limit after GitHub's retry-after seconds, in units. */
  readonly backoffUnitMs: number
}

/**
 * GitHub answers within seconds or not at all: 30 s bounds a hung connection well inside the job's
 * time. BLAST_RADIUS_API_TIMEOUT_MS and BLAST_RADIUS_API_BACKOFF_MS change both, for a slow GitHub
 * Enterprise server, and for the tests, which cannot wait seconds.
 */
function clientTiming(env: NodeJS.ProcessEnv): ClientTiming {
  const ms = (raw: string | undefined, fallback: number) => (raw && /^\d+$/.test(raw) ? Number(raw) : fallback)
  return { timeoutMs: ms(env.BLAST_RADIUS_API_TIMEOUT_MS, 30_000), backoffUnitMs: ms(env.BLAST_RADIUS_API_BACKOFF_MS, 1_000) }
}

/**
 * The REST client: retried on transient failures, throttled to GitHub's limits, aimed at
 * GITHUB_API_URL (GitHub Enterprise, or the tests' stand-in). The token is masked first, so that no
 * log line, not even one of Octokit's, can show it.
 */
export function createGitHub(token: string, baseUrl: string): GitHub {
  core.setSecret(token)
  const timing = clientTiming(process.env)
  return new ActionOctokit({
    auth: token,
    baseUrl,
    userAgent: 'blast-radius-action',
    request: { fetch: fetchWithTimeout(timing.timeoutMs) },
    // 429 is a rate limit: the throttling plugin waits for its retry-after; retrying it here as well would multiply the tries.
    retry: { retryAfterBaseValue: timing.backoffUnitMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    // A failed request is thrown to the caller, which decides how loud it is (a 403 on GET /user is expected).
    log: { debug: () => {}, info: () => {}, warn: (m: string) => core.warning(m), error: (m: string) => core.debug(m) },
    throttle: {
      // The plugin paces writes (1 s apart, comments 3 s) per id across the process: a run is one client.
      id: randomUUID(),
      retryAfterBaseValue: timing.backoffUnitMs,
      onRateLimit: (retryAfter, options, _octokit, retryCount) => retryRateLimit('rate limit', retryAfter, options, retryCount),
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => retryRateLimit('secondary rate limit', retryAfter, options, retryCount),
    },
  })
}

/** Whether to try a rate-limited request again, said in a warning either way. */
function retryRateLimit(limit: string, retryAfter: number, options: { method: string; url: string }, retryCount: number): boolean {
  const why = retryCount >= RATE_LIMIT_RETRIES ? `giving up after ${retryCount} retries` : retryAfter > MAX_RATE_LIMIT_WAIT_S ? `giving up: GitHub asks to wait ${retryAfter}s` : undefined
  core.warning(`GitHub ${limit} on ${options.method} ${options.url}; ${why ?? `retrying in ${retryAfter}s`}`)
  return why === undefined
}

/**
 * fetch with a deadline per request (one signal for the client would expire once for all of them).
 * Octokit turns the thrown error into a 500, which the retry plugin retries like any other.
 */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    try {
      return await fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline })
    } catch (error) {
      if (deadline.aborted) throw new Error(`GitHub did not answer within ${timeoutMs / 1000} s`)
      throw error
    }
  }
}

/** The HTTP status of a failed REST call, when it was one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * A 403 that says "may not" rather than "not now": a rate limit also answers 403, and must not be
 * taken for a read-only token.
 */
export function isPermissionRefusal(error: unknown): boolean {
  return httpStatus(error) === 403 && !/rate limit/i.test((error as Error).message)
}
