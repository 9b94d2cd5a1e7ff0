/** Progress lines on stderr, only for a person watching a terminal. */
export function progressTo(stderr: { isTTY?: boolean; write(s: string): unknown }): ((message: string) => void) | undefined {
  return stderr.isTTY ? (message) => void stderr.write(`… ${message}\n`) : undefined
}
