/** The HTTP status a failed request carries (Octokit's RequestError and its kin), when it was one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
