import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Octokit } from '@octokit/rest'
import { httpStatus } from '../core/http-status.js'
import { byCodePoint } from '../core/repo-path.js'
import { reasonOf, type PublishOutcome, type SnapshotLinks } from './publish-outcome.js'
import { isBranchName, safeName } from './safe-name.js'

export interface BranchTarget {
  readonly owner: string
  readonly repo: string
  readonly branch: string
  readonly prNumber: number
  /** Local files to commit (snapshot.png, snapshot.html); their names are sanitized. */
  readonly files: readonly string[]
  /** Snapshots kept per pull request, the newest; older ones leave the branch's tree (not its history). */
  readonly keep?: number
  /** Added to the folder name after the time, e.g. the run id. */
  readonly label?: string
  /** `https://github.com` or a GitHub Enterprise server, for links. */
  readonly serverUrl?: string
  /**
   * Where GitHub Pages serves the branch, for a viewer link that opens as a page. When absent: for a
   * public repository on github.com, `https://<owner>.github.io/<repo>`; otherwise none (the viewer's
   * file is linked, flagged htmlIsSource).
   */
  readonly pagesUrl?: string
  /**
   * Whether the repository is known to be public (the event payload's `repository.private === false`):
   * only then can a comment show the image inline, and only then is a Pages address guessed.
   */
  readonly isPublic?: boolean
  readonly now?: Date
}

const DEFAULT_KEEP = 5
/** Another run may move the branch between our read and our write; then the whole commit is redone. */
const ATTEMPTS = 3

const README = `# Blast radius snapshots

Written by the blast-radius action (\`snapshot: branch\`): one folder per pull request, \`pr-<number>/\`,
holding its newest snapshots (a PNG still and a self-contained HTML viewer). Older ones stay in
this branch's history. Serve the branch with GitHub Pages to open the viewers in a browser.
`

/** All a snapshot branch's root holds: what the first commit writes, and one folder per pull request. */
const SNAPSHOT_BRANCH_ENTRY = /^(README\.md|\.nojekyll|pr-[1-9]\d*)$/

/** The branch named for the snapshots holds other files (snapshot-branch: main, say): nothing is written there. */
class ForeignBranchError extends Error {}

type TreeEntry = { path: string; mode: '100644' | '040000'; type: 'blob' | 'tree'; sha: string }

/**
 * Commits the snapshot under `pr-<n>/<time>[-label]/` on the snapshot branch through the git data
 * REST API (blobs, trees, a commit, a ref update; no clone, no push), creating the branch when it
 * does not exist, and keeps the newest `keep` folders of that pull request.
 */
export async function publishToBranch(octokit: Octokit, target: BranchTarget): Promise<PublishOutcome> {
  const { owner, repo, branch, prNumber } = target
  if (!isBranchName(branch)) return { kind: 'failed', reason: `"${branch}" is not a valid branch name for the snapshots` }
  if (!Number.isSafeInteger(prNumber) || prNumber <= 0)
    return { kind: 'failed', reason: `no pull request number to file the snapshot under` }
  const stamp = (target.now ?? new Date())
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')
  const folder = safeName(target.label ? `${stamp}-${target.label}` : stamp)
  try {
    const contents = await Promise.all(target.files.map(async (file) => ({ name: safeName(basename(file)), bytes: await readFile(file) })))
    // The same bytes as the newest snapshot of this pull request: no commit, and the links of that one.
    const same = await unchangedSnapshot(octokit, target, contents)
    if (same) return { kind: 'published', unchanged: true, links: links(target, same.commit, `pr-${prNumber}/${same.folder}`, contents) }
    // One after the other: a refusal then stops at once, with no request left in flight behind it.
    const blobs: { name: string; sha: string }[] = []
    for (const file of target.files) {
      const content = (await readFile(file)).toString('base64')
      const { data } = await octokit.rest.git.createBlob({ owner, repo, content, encoding: 'base64' })
      blobs.push({ name: safeName(basename(file)), sha: data.sha })
    }
    let lastError: unknown
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        const commit = await commitSnapshot(octokit, target, folder, blobs)
        return { kind: 'published', links: links(target, commit, `pr-${prNumber}/${folder}`, blobs) }
      } catch (error) {
        if (httpStatus(error) !== 422) throw error
        lastError = error
      }
    }
    throw lastError
  } catch (error) {
    if (error instanceof ForeignBranchError) return { kind: 'failed', reason: error.message }
    const status = httpStatus(error)
    const hint = status === 403 || status === 404 ? ' (the token needs `permissions: contents: write`)' : ''
    return { kind: 'failed', reason: `could not commit the snapshot to branch ${branch}: ${reasonOf(error)}${hint}` }
  }
}

async function commitSnapshot(
  octokit: Octokit,
  target: BranchTarget,
  folder: string,
  blobs: readonly { name: string; sha: string }[],
): Promise<string> {
  const { owner, repo, branch, prNumber } = target
  const prFolder = `pr-${prNumber}`
  const parent = await branchHead(octokit, owner, repo, branch)
  let baseTree: string | undefined
  let earlier: TreeEntry[] = []
  if (parent) {
    baseTree = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent })).data.tree.sha
    const root = await octokit.rest.git.getTree({ owner, repo, tree_sha: baseTree })
    const foreign = root.data.tree.find((e) => !SNAPSHOT_BRANCH_ENTRY.test(e.path ?? ''))
    if (foreign)
      throw new ForeignBranchError(
        `branch ${branch} holds ${foreign.path}, which no snapshot run wrote: the snapshots need a branch of their own`,
      )
    const prTree = root.data.tree.find((e) => e.path === prFolder && e.type === 'tree')
    if (prTree?.sha) {
      const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: prTree.sha })
      earlier = data.tree.flatMap((e) =>
        e.type === 'tree' && e.path && e.sha && e.path !== folder ? [{ path: e.path, mode: '040000', type: 'tree', sha: e.sha }] : [],
      )
    }
  }
  // Folder names start with the time, so name order is age order; the new folder takes one place.
  const room = Math.max(0, (target.keep ?? DEFAULT_KEEP) - 1)
  const sorted = earlier.sort((a, b) => byCodePoint(a.path, b.path))
  const kept = sorted.slice(Math.max(0, sorted.length - room))
  const prTree = await octokit.rest.git.createTree({
    owner,
    repo,
    tree: [...kept, ...blobs.map((b): TreeEntry => ({ path: `${folder}/${b.name}`, mode: '100644', type: 'blob', sha: b.sha }))],
  })
  const firstFiles = parent
    ? []
    : [
        { path: 'README.md', mode: '100644' as const, type: 'blob' as const, content: README },
        { path: '.nojekyll', mode: '100644' as const, type: 'blob' as const, content: '' },
      ]
  const root = await octokit.rest.git.createTree({
    owner,
    repo,
    ...(baseTree ? { base_tree: baseTree } : {}),
    tree: [...firstFiles, { path: prFolder, mode: '040000', type: 'tree', sha: prTree.data.sha }],
  })
  const { data: commit } = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: `Blast radius snapshot for #${prNumber}`,
    tree: root.data.sha,
    parents: parent ? [parent] : [],
  })
  if (parent) await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.sha, force: false })
  else await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.sha })
  return commit.sha
}

/** The newest folder of this pull request on the branch, when it holds exactly these files with these bytes (by git blob id). */
async function unchangedSnapshot(
  octokit: Octokit,
  target: BranchTarget,
  contents: readonly { name: string; bytes: Buffer }[],
): Promise<{ commit: string; folder: string } | undefined> {
  const { owner, repo, branch, prNumber } = target
  const head = await branchHead(octokit, owner, repo, branch)
  if (!head) return undefined
  const rootSha = (await octokit.rest.git.getCommit({ owner, repo, commit_sha: head })).data.tree.sha
  const root = await octokit.rest.git.getTree({ owner, repo, tree_sha: rootSha })
  const prTree = root.data.tree.find((e) => e.path === `pr-${prNumber}` && e.type === 'tree')
  if (!prTree?.sha) return undefined
  const folders = (await octokit.rest.git.getTree({ owner, repo, tree_sha: prTree.sha })).data.tree.filter(
    (e) => e.type === 'tree' && e.path && e.sha,
  )
  const newest = folders.sort((a, b) => byCodePoint(a.path, b.path))[folders.length - 1]
  if (!newest) return undefined
  const entries = (await octokit.rest.git.getTree({ owner, repo, tree_sha: newest.sha })).data.tree
  const wanted = new Map(contents.map((c) => [c.name, blobId(c.bytes)]))
  const same = entries.length === wanted.size && entries.every((e) => e.type === 'blob' && e.path && wanted.get(e.path) === e.sha)
  return same ? { commit: head, folder: newest.path } : undefined
}

/** Git's id of a blob: SHA-1 of "blob <size>\0" and the bytes. */
function blobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** The branch's commit, or undefined when the branch does not exist yet. */
async function branchHead(octokit: Octokit, owner: string, repo: string, branch: string): Promise<string | undefined> {
  try {
    return (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw error
  }
}

/**
 * Links by commit, so a comment's picture stays valid after its folder is pruned from the branch's
 * tree. The viewer is linked where a browser opens it as a page: GitHub Pages serving the branch
 * (`pagesUrl`, or a public repository's default Pages address on github.com); a file view on GitHub
 * would show its source. Without such an address (a GitHub Enterprise server, a private or unknown
 * repository: Pages there is a paid feature, and public unless restricted) the file view it is,
 * flagged so the comment can say so.
 */
function links(target: BranchTarget, commit: string, folder: string, blobs: readonly { name: string }[]): SnapshotLinks {
  const server = (target.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const named = (test: (name: string) => boolean) => blobs.find((b) => test(b.name))?.name
  const png = `${folder}/${named((n) => n.endsWith('.png') && !n.endsWith('-2x.png')) ?? 'snapshot.png'}`
  const retina = named((n) => n.endsWith('-2x.png'))
  const png2x = retina && `${folder}/${retina}`
  const html = `${folder}/${named((n) => n.endsWith('.html')) ?? 'snapshot.html'}`
  const repoUrl = `${server}/${target.owner}/${target.repo}`
  const pages =
    target.pagesUrl ??
    (server === 'https://github.com' && target.isPublic === true
      ? `https://${target.owner.toLowerCase()}.github.io/${target.repo}`
      : undefined)
  return {
    png: `${repoUrl}/raw/${commit}/${png}`,
    ...(png2x ? { png2x: `${repoUrl}/raw/${commit}/${png2x}` } : {}),
    html: pages ? `${pages.replace(/\/+$/, '')}/${html}` : `${repoUrl}/blob/${commit}/${html}`,
    ...(pages ? {} : { htmlIsSource: true }),
    inlineImage: target.isPublic === true,
  }
}
