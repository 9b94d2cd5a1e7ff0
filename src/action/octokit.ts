import * as core from '@actions/core'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import { randomUUID } from 'node:crypto'
import { httpStatus } from '../core/http-status.js'

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
    request: { fetch: guardedFetch(new URL(baseUrl).origin, timing.timeoutMs) },
    // 429 is a rate limit: the throttling plugin waits for its retry-after; retrying it here as well would multiply the tries.
    retry: { retryAfterBaseValue: timing.backoffUnitMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    // A failed request is thrown to the caller, which decides how loud it is (a 403 on GET /user is expected).
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => {
        core.warning(m)
      },
      error: (m: string) => {
        core.debug(m)
      },
    },
    throttle: {
      // The plugin paces writes (1 s apart, comments 3 s) per id across the process: a run is one client.
      id: randomUUID(),
      retryAfterBaseValue: timing.backoffUnitMs,
      onRateLimit: (retryAfter, options, _octokit, retryCount) => retryRateLimit('rate limit', retryAfter, options, retryCount),
      onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) =>
        retryRateLimit('secondary rate limit', retryAfter, options, retryCount),
    },
  })
}

/** Whether to try a rate-limited request again, said in a warning either way. */
function retryRateLimit(limit: string, retryAfter: number, options: { method: string; url: string }, retryCount: number): boolean {
  const why =
    retryCount >= RATE_LIMIT_RETRIES
      ? `giving up after ${retryCount} retries`
      : retryAfter > MAX_RATE_LIMIT_WAIT_S
        ? `giving up: GitHub asks to wait ${retryAfter}s`
        : undefined
  core.warning(`GitHub ${limit} on ${options.method} ${options.url}; ${why ?? `retrying in ${retryAfter}s`}`)
  return why === undefined
}

/** Redirects GitHub may chain on its own origin (a renamed repository answers 301 to its new address). */
const MAX_REDIRECTS = 5

/**
 * fetch with a deadline per request (one signal for the client would expire once for all of them),
 * kept on the API's origin, and with the whole body read before Octokit sees it. Octokit reads a body
 * that breaks off (cut short, or headers then silence) as an empty string and a malformed JSON body
 * as text: here both are errors, which Octokit turns into a 500 that the retry plugin retries. A
 * redirect, or a pagination link, to another host is refused: its answer is not GitHub's.
 */
function guardedFetch(origin: string, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    let url = new URL(input instanceof Request ? input.url : String(input))
    try {
      for (let hops = 0; ; hops++) {
        if (url.origin !== origin) throw new Error(`refused to follow GitHub to another host (${url.origin}): its answer is not GitHub's`)
        const answer = await fetch(url, { ...init, signal, redirect: 'manual' })
        const location = answer.headers.get('location')
        // A caller that asks for the redirect itself (an artifact's signed download address) gets it.
        if (answer.status >= 300 && answer.status < 400 && location && init?.redirect !== 'manual') {
          if (hops === MAX_REDIRECTS) throw new Error(`GitHub redirected more than ${MAX_REDIRECTS} times`)
          url = new URL(location, url)
          continue
        }
        return await buffered(answer)
      }
    } catch (error) {
      if (deadline.aborted) throw new Error(`GitHub did not answer within ${timeoutMs / 1000} s`)
      throw error
    }
  }
}

/** The answer with its body read in full; a body that breaks off, or JSON that does not parse, is an error. */
async function buffered(answer: Response): Promise<Response> {
  if (answer.status === 204 || answer.status === 205 || answer.status === 304) return answer
  let bytes: ArrayBuffer
  try {
    bytes = await answer.arrayBuffer()
  } catch (error) {
    throw new Error(`GitHub's answer broke off before its end (${(error as Error).message})`)
  }
  const type = answer.headers.get('content-type') ?? ''
  if (answer.status < 300 && bytes.byteLength === 0 && !type) throw new Error(`GitHub's answer (HTTP ${answer.status}) is empty`)
  if (/\bjson\b/i.test(type) && answer.status < 300) {
    try {
      JSON.parse(new TextDecoder().decode(bytes))
    } catch {
      throw new Error(`GitHub's answer (HTTP ${answer.status}) is not the JSON it says it is`)
    }
  }
  return new Response(bytes, { status: answer.status, statusText: answer.statusText, headers: answer.headers })
}

/**
 * A 403 that says "may not" rather than "not now": a rate limit also answers 403, and must not be
 * taken for a read-only token.
 */
export function isPermissionRefusal(error: unknown): boolean {
  return httpStatus(error) === 403 && !/rate limit/i.test((error as Error).message)
}
