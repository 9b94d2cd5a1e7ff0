import { DefaultArtifactClient } from '@actions/artifact'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { folderSlug } from './inputs.js'
import { at, integerAt, stringAt } from './json-fields.js'
import { FINGERPRINT } from './fingerprint.js'
import type { CountOutputs } from './outputs.js'

export const FORK_REPORT_SCHEMA = 'blast-radius/fork-report@1'
/** Far above a real report, far below what could hurt: the artifact comes from code the fork controls. */
const MAX_REPORT_BYTES = 4 << 20
/** GitHub refuses comment bodies past 65,536 characters; the marker and a line of our own need room. */
const MAX_BODY_CHARS = 60_000
const MAX_PATH_CHARS = 4096

/** What a fork's pull_request run leaves for the workflow_run run that may write to the PR. */
export interface ForkReport {
  readonly schema: typeof FORK_REPORT_SCHEMA
  readonly headSha: string
  readonly workingDirectory: string
  /** The comment body without its marker, which the posting run adds itself. */
  readonly body: string
  /** The report's fingerprint (see fingerprint.ts): lets the posting run skip an unchanged comment. */
  readonly fingerprint: string
  readonly outputs: CountOutputs
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
  await new DefaultArtifactClient().uploadArtifact(forkArtifactName(report.workingDirectory), [join(dir, REPORT_FILE)], dir, {
    retentionDays: 7,
  })
}

/** Fetches the report a pull_request run uploaded, through the REST API (no runner service needed), and checks it. */
export async function downloadForkReport(
  runnerTemp: string,
  find: { token: string; owner: string; repo: string; runId: number },
  expected: { headSha: string; workingDirectory: string },
): Promise<ForkReport> {
  const client = new DefaultArtifactClient()
  const findBy = { token: find.token, workflowRunId: find.runId, repositoryOwner: find.owner, repositoryName: find.repo }
  const name = forkArtifactName(expected.workingDirectory)
  const { artifact } = await client.getArtifact(name, { findBy })
  const dir = join(runnerTemp, 'blast-radius', 'fork-download', `${find.runId}-${artifact.id}`)
  await rm(dir, { recursive: true, force: true })
  await client.downloadArtifact(artifact.id, { path: dir, findBy })
  const file = join(dir, REPORT_FILE)
  const size = (await stat(file).catch(() => undefined))?.size
  if (size === undefined) throw new UntrustedReportError(`the artifact ${name} holds no ${REPORT_FILE}`)
  if (size > MAX_REPORT_BYTES) throw new UntrustedReportError(`the artifact's ${REPORT_FILE} is ${size} bytes, more than a report can be`)
  return parseForkReport(await readFile(file, 'utf8'), expected)
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
  if (stringAt(raw, 'headSha') !== expected.headSha) throw new UntrustedReportError(`the report is for another commit than ${expected.headSha}`)
  if (stringAt(raw, 'workingDirectory') !== expected.workingDirectory) {
    throw new UntrustedReportError(`the report is for another folder than ${expected.workingDirectory}`)
  }
  const body = stringAt(raw, 'body')
  if (body === undefined || body.length > MAX_BODY_CHARS) throw new UntrustedReportError('the report body is missing or too long')
  const fingerprint = stringAt(raw, 'fingerprint')
  if (!fingerprint || !FINGERPRINT.test(fingerprint)) throw new UntrustedReportError('the report fingerprint is malformed')
  const counts = ['changedCount', 'affectedCount'].map((key) => integerAt(raw, 'outputs', key))
  const [affectedFiles, affectedTests] = ['affectedFiles', 'affectedTests'].map((key) => pathList(at(raw, 'outputs', key)))
  if (counts.some((n) => n === undefined || n < 0) || !affectedFiles || !affectedTests) {
    throw new UntrustedReportError('the report outputs are malformed')
  }
  return {
    schema: FORK_REPORT_SCHEMA,
    headSha: expected.headSha,
    workingDirectory: expected.workingDirectory,
    body: defang(body),
    fingerprint,
    outputs: { changedCount: counts[0]!, affectedCount: counts[1]!, affectedFiles, affectedTests },
  }
}

function pathList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined
  return value.every((p) => typeof p === 'string' && p.length <= MAX_PATH_CHARS && !p.includes('\n')) ? (value as string[]) : undefined
}

/** No HTML comments (so no forged marker) and no live @mentions that would notify people in our name. */
function defang(body: string): string {
  return body
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
}
