import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** git failed: its own message, for the user to read (a bad ref, not a repository). */
export class GitError extends Error {}

/** Runs git in `dir` and returns its stdout; git's stderr becomes the error's message. */
export async function runGit(dir: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', dir, ...args], { maxBuffer: 1 << 30 })
    return stdout
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string }
    throw new GitError((stderr || message).trim().split('\n')[0] ?? 'git failed')
  }
}
