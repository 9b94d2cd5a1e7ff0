/** A quoted message gets this many characters: GitHub's error pages run to a megabyte, and a job summary holds one. */
export const MAX_QUOTED_CHARS = 1_000

/** An error's message, as the log, the report and the job summary quote it: cut to MAX_QUOTED_CHARS. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (message.length <= MAX_QUOTED_CHARS) return message
  return `${message.slice(0, MAX_QUOTED_CHARS)}… (${message.length - MAX_QUOTED_CHARS} more characters)`
}
