import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** git failed: its own message, for the user to read (a bad ref, not a repository). */
export class GitError extends Error {}

/**
 * Settings that keep git from running anything a repository's own `.git/config` names: the folder may
 * be a stranger's checkout, and the engine promises to start nothing but git itself. Hooks and the
 * file-system monitor are the programs read-only commands can start.
 */
const SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null']

/** A commit id as git prints it: 40 hex digits (SHA-1) or 64 (SHA-256). */
export function isObjectId(text: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(text)
}

/** Runs git in `dir` and returns its stdout as text; git's stderr becomes the error's message. */
export async function runGit(dir: string, args: readonly string[]): Promise<string> {
  return (await runGitBytes(dir, args)).toString('utf8')
}

/**
 * Runs git in `dir`, with `input` on its stdin (none by default), and returns its stdout as bytes: file
 * names are bytes to git, and not every name is UTF-8. The one place the engine starts a program.
 */
export async function runGitBytes(dir: string, args: readonly string[], input?: Uint8Array): Promise<Buffer> {
  try {
    const running = run('git', [...SAFE, '-C', dir, ...args], { maxBuffer: 1 << 30, encoding: 'buffer' })
    running.child.stdin?.end(input)
    const { stdout } = await running
    return stdout
  } catch (error) {
    const { stderr, message } = error as { stderr?: Buffer; message: string }
    throw new GitError((stderr?.toString('utf8') || message).trim().split('\n')[0] ?? 'git failed')
  }
}

/**
 * `runGitBytes`, waiting for git: for a read that must answer at once (a configuration file that
 * resolution asks for by name). Throws GitError as runGitBytes does.
 */
export function runGitBytesSync(dir: string, args: readonly string[]): Buffer {
  try {
    return execFileSync('git', [...SAFE, '-C', dir, ...args], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    const { stderr, message } = error as { stderr?: Buffer; message: string }
    throw new GitError((stderr?.toString('utf8') || message).trim().split('\n')[0] ?? 'git failed')
  }
}
