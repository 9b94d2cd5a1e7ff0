import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Octokit } from '@octokit/rest'
import { httpStatus } from '../core/http-status.js'
import { byCodePoint } from '../core/repo-path.js'
import { reasonOf, type PublishOutcome } from './publish-outcome.js'
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
  /** Where GitHub Pages serves the branch, for a clickable viewer link. */
  readonly pagesUrl?: string
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
  if (!Number.isSafeInteger(prNumber) || prNumber <= 0) return { kind: 'failed', reason: `no pull request number to file the snapshot under` }
  const stamp = (target.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')
  const folder = safeName(target.label ? `${stamp}-${target.label}` : stamp)
  try {
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
    if (foreign) throw new ForeignBranchError(`branch ${branch} holds ${foreign.path}, which no snapshot run wrote: the snapshots need a branch of their own`)
    const prTree = root.data.tree.find((e) => e.path === prFolder && e.type === 'tree')
    if (prTree?.sha) {
      const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: prTree.sha })
      earlier = data.tree.flatMap((e) => (e.type === 'tree' && e.path && e.sha && e.path !== folder ? [{ path: e.path, mode: '040000', type: 'tree', sha: e.sha }] : []))
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
  const firstFiles = parent ? [] : [{ path: 'README.md', mode: '100644' as const, type: 'blob' as const, content: README }, { path: '.nojekyll', mode: '100644' as const, type: 'blob' as const, content: '' }]
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

/** The branch's commit, or undefined when the branch does not exist yet. */
async function branchHead(octokit: Octokit, owner: string, repo: string, branch: string): Promise<string | undefined> {
  try {
    return (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw error
  }
}

/** Links by commit, so a comment's picture stays valid after its folder is pruned from the branch's tree. */
function links(target: BranchTarget, commit: string, folder: string, blobs: readonly { name: string }[]) {
  const server = (target.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const file = (ending: string) => `${folder}/${blobs.find((b) => b.name.endsWith(ending))?.name ?? `snapshot${ending}`}`
  const repoUrl = `${server}/${target.owner}/${target.repo}`
  return {
    png: `${repoUrl}/raw/${commit}/${file('.png')}`,
    html: target.pagesUrl ? `${target.pagesUrl.replace(/\/+$/, '')}/${file('.html')}` : `${repoUrl}/blob/${commit}/${file('.html')}`,
    inlineImage: true,
  }
}
