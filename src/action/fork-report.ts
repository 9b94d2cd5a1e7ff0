import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { COMMENT_LIMIT } from '../report/comment.js'
import { loadArtifactClient } from '../snapshot/publish-artifact.js'
import { RISK_LEVELS, type Risk } from '../report/risk.js'
import { FINGERPRINT } from './fingerprint.js'
import { GitHubAnswerError, listOf } from './github-answer.js'
import { folderSlug } from './inputs.js'
import { at, integerAt, stringAt } from './json-fields.js'
import type { GitHub } from './octokit.js'
import type { CountOutputs } from './outputs.js'
import { readZipEntry, ZipEntryError } from './zip-entry.js'

export const FORK_REPORT_SCHEMA = 'blast-radius/fork-report@1'
/** Far above a real report, far below what could hurt: the artifact comes from code the fork controls. */
const MAX_REPORT_BYTES = 4 << 20
const MAX_PATH_CHARS = 4096
/** A risk's reason is one line of the report ("2,281 affected files; 3 imports of removed files"). */
const MAX_REASON_CHARS = 1000
/** The signed download of an artifact is one small file: a minute is far more than it takes. */
const DOWNLOAD_TIMEOUT_MS = 60_000

/** What a fork's pull_request run leaves for the workflow_run run that may write to the PR. */
export interface ForkReport {
  readonly schema: typeof FORK_REPORT_SCHEMA
  readonly headSha: string
  readonly workingDirectory: string
  /** The comment body without its marker, which the posting run adds itself. */
  readonly body: string
  /** The report's fingerprint (see fingerprint.ts): lets the posting run skip an unchanged comment. */
  readonly fingerprint: string
  /** What `comment-mode: on-impact` waits for, decided by the run that saw the analysis (hasImpact in outputs.ts). */
  readonly hasImpact: boolean
  readonly outputs: CountOutputs
  /**
   * The risk the report states, for the gate (`fail-on`), which the posting run applies: a fork's
   * run may not post, and its own workflow file is the fork's to change. Absent in reports of
   * releases before the gate moved there.
   */
  readonly risk?: Risk
}

/** One artifact per analysed folder, so two action steps in one job do not collide. */
export function forkArtifactName(workingDirectory: string): string {
  return workingDirectory === '.' ? 'blast-radius-report' : `blast-radius-report-${folderSlug(workingDirectory)}`
}

const REPORT_FILE = 'blast-radius-report.json'

/** Uploads the report as an artifact of this run; the caller checks first that the artifact service exists. */
export async function uploadForkReport(runnerTemp: string, report: ForkReport): Promise<void> {
  const dir = join(runnerTemp, 'blast-radius', 'fork-report', forkArtifactName(report.workingDirectory))
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, REPORT_FILE), JSON.stringify(report))
  const { DefaultArtifactClient } = await loadArtifactClient()
  await new DefaultArtifactClient().uploadArtifact(forkArtifactName(report.workingDirectory), [join(dir, REPORT_FILE)], dir, {
    retentionDays: 7,
  })
}

/** The artifact the posting run looks for is not there: a same-repository PR comments itself and leaves none. */
export class NoForkReportError extends Error {}

/**
 * Fetches the report a pull_request run uploaded, through the REST API (no runner service needed),
 * and checks it. Nothing of it reaches the disk: the zip is read into memory up to MAX_REPORT_BYTES,
 * and only the report's own entry is unpacked, up to the same bound.
 */
export async function downloadForkReport(
  github: GitHub,
  find: { owner: string; repo: string; runId: number },
  expected: { headSha: string; workingDirectory: string },
): Promise<ForkReport> {
  const name = forkArtifactName(expected.workingDirectory)
  const { data } = await github.rest.actions.listWorkflowRunArtifacts({
    owner: find.owner,
    repo: find.repo,
    run_id: find.runId,
    name,
    per_page: 100,
  })
  const listed = listOf(at(data, 'artifacts'), `the artifacts of run ${find.runId}`, isArtifact)
  const artifact = listed.find((a) => a.name === name && !a.expired)
  if (!artifact) throw new NoForkReportError(`run ${find.runId} left no ${name} artifact`)
  if (artifact.size_in_bytes > MAX_REPORT_BYTES)
    throw new UntrustedReportError(`the artifact ${name} is ${artifact.size_in_bytes} bytes, more than a report can be`)
  // GitHub answers with a redirect to a signed address on its storage host, which needs no token.
  const answer = await github.rest.actions.downloadArtifact({
    owner: find.owner,
    repo: find.repo,
    artifact_id: artifact.id,
    archive_format: 'zip',
    request: { redirect: 'manual' },
  })
  const location = (answer.headers as Record<string, unknown>).location
  if (typeof location !== 'string') throw new GitHubAnswerError(`GitHub gave no download address for the artifact ${name}`)
  const zip = await readAtMost(location, MAX_REPORT_BYTES)
  let text: string
  try {
    text = readZipEntry(zip, REPORT_FILE, MAX_REPORT_BYTES).toString('utf8')
  } catch (error) {
    if (error instanceof ZipEntryError) throw new UntrustedReportError(`the artifact's ${REPORT_FILE} was not read: ${error.message}`)
    throw error
  }
  return parseForkReport(text, expected)
}

function isArtifact(item: unknown): item is { id: number; name: string; size_in_bytes: number; expired: boolean } {
  return (
    integerAt(item, 'id') !== undefined &&
    stringAt(item, 'name') !== undefined &&
    integerAt(item, 'size_in_bytes') !== undefined &&
    typeof at(item, 'expired') === 'boolean'
  )
}

/** The body at `url`, refused as soon as it passes `maxBytes` (whatever content-length says). */
async function readAtMost(url: string, maxBytes: number): Promise<Buffer> {
  const answer = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) })
  if (!answer.ok || !answer.body) throw new GitHubAnswerError(`the artifact's download answered HTTP ${answer.status}`)
  const reader = answer.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.length
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      throw new UntrustedReportError(`the artifact's download runs past ${maxBytes} bytes, more than a report can be`)
    }
    chunks.push(read.value)
  }
  return Buffer.concat(chunks)
}

/** The artifact did not hold a report this run can vouch for. */
export class UntrustedReportError extends Error {}

/**
 * Reads the artifact as untrusted input: every field checked for type and size, the head SHA and the
 * folder matched against what this run knows from GitHub, and the body made unable to forge a marker
 * or to notify people.
 */
export function parseForkReport(text: string, expected: { headSha: string; workingDirectory: string }): ForkReport {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new UntrustedReportError('the report is not JSON')
  }
  if (stringAt(raw, 'schema') !== FORK_REPORT_SCHEMA) throw new UntrustedReportError(`the report's schema is not ${FORK_REPORT_SCHEMA}`)
  if (stringAt(raw, 'headSha') !== expected.headSha)
    throw new UntrustedReportError(`the report is for another commit than ${expected.headSha}`)
  if (stringAt(raw, 'workingDirectory') !== expected.workingDirectory) {
    throw new UntrustedReportError(`the report is for another folder than ${expected.workingDirectory}`)
  }
  const body = stringAt(raw, 'body')
  if (body === undefined || body.length > COMMENT_LIMIT) throw new UntrustedReportError('the report body is missing or too long')
  const fingerprint = stringAt(raw, 'fingerprint')
  if (!fingerprint || !FINGERPRINT.test(fingerprint)) throw new UntrustedReportError('the report fingerprint is malformed')
  const hasImpact = at(raw, 'hasImpact')
  if (typeof hasImpact !== 'boolean') throw new UntrustedReportError('the report does not say whether anything is affected')
  const counts = ['changedCount', 'affectedCount'].map((key) => integerAt(raw, 'outputs', key))
  const [affectedFiles, affectedTests] = ['affectedFiles', 'affectedTests'].map((key) => pathList(at(raw, 'outputs', key)))
  if (counts.some((n) => n === undefined || n < 0) || !affectedFiles || !affectedTests) {
    throw new UntrustedReportError('the report outputs are malformed')
  }
  const risk = at(raw, 'risk')
  return {
    schema: FORK_REPORT_SCHEMA,
    headSha: expected.headSha,
    workingDirectory: expected.workingDirectory,
    body: defang(body),
    fingerprint,
    hasImpact,
    outputs: { changedCount: counts[0]!, affectedCount: counts[1]!, affectedFiles, affectedTests },
    ...(risk !== undefined && { risk: riskOf(risk) }),
  }
}

/** A risk as the report states it: a level, whether it is a lower bound, and one line of why. */
function riskOf(value: unknown): Risk {
  const level = stringAt(value, 'level')
  const why = stringAt(value, 'why')
  const atLeast = at(value, 'atLeast')
  if (why === undefined || why.length > MAX_REASON_CHARS || /[\r\n]/.test(why))
    throw new UntrustedReportError("the report's risk reason is malformed")
  if (level === 'unknown') return { level, why }
  const known = RISK_LEVELS.find((l) => l === level)
  if (known === undefined || typeof atLeast !== 'boolean') throw new UntrustedReportError("the report's risk level is malformed")
  return { level: known, atLeast, why }
}

function pathList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined
  return value.every((p) => typeof p === 'string' && p.length <= MAX_PATH_CHARS && !p.includes('\n')) ? (value as string[]) : undefined
}

/**
 * No HTML comments (so no forged marker) and no live @mentions that would notify people in our name.
 * Stripping runs until nothing changes: one pass turns `<!<!---->-- x -->` into a comment.
 */
function defang(body: string): string {
  let text = body
  for (let before = ''; before !== text;) {
    before = text
    text = text.replace(/<!--[\s\S]*?(-->|$)/g, '')
  }
  return text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
}
