import { byCodePoint } from '../core/repo-path.js'
import type { Codeowners } from './codeowners.js'

/** A code owner and how much of this change is theirs. */
export interface Owner {
  /** `@user`, `@org/team` or an e-mail address, as CODEOWNERS writes it. */
  readonly owner: string
  /** Changed files they own. */
  readonly changed: number
  /** Files of the blast radius they own. */
  readonly affected: number
}

/**
 * The owners of the changed and the affected files, most of the radius first (then most changed files,
 * then by name). Paths are the graph's, below `prefix` in the repository (the working directory), as
 * CODEOWNERS names them from the repository's root.
 */
export function ownersOf(codeowners: Codeowners, changed: readonly string[], affected: readonly string[], prefix = ''): Owner[] {
  const tally = new Map<string, { changed: number; affected: number }>()
  const add = (paths: readonly string[], key: 'changed' | 'affected') => {
    for (const path of paths) {
      for (const owner of new Set(codeowners.ownersOf(prefix + path))) {
        const entry = tally.get(owner) ?? { changed: 0, affected: 0 }
        entry[key]++
        tally.set(owner, entry)
      }
    }
  }
  add(changed, 'changed')
  add(affected, 'affected')
  return [...tally]
    .map(([owner, n]) => ({ owner, ...n }))
    .sort((a, b) => b.affected - a.affected || b.changed - a.changed || byCodePoint(a.owner, b.owner))
}

/**
 * The logins to request a review from: users only (a team goes to `team_reviewers`, an e-mail
 * address cannot be requested), without the PR's author or anyone already requested.
 */
export function reviewerRequest(owners: readonly Owner[], author: string | undefined, alreadyRequested: readonly string[] = []) {
  const skip = new Set([author, ...alreadyRequested].filter((x): x is string => x !== undefined).map((x) => x.toLowerCase()))
  const reviewers: string[] = []
  const teamReviewers: string[] = []
  for (const { owner } of owners) {
    const team = /^@([\w.-]+)\/([\w.-]+)$/u.exec(owner)
    const user = /^@([\w.-]+)$/u.exec(owner)
    if (team && !skip.has(team[2]!.toLowerCase())) teamReviewers.push(team[2]!)
    else if (user && !skip.has(user[1]!.toLowerCase())) reviewers.push(user[1]!)
  }
  return { reviewers, teamReviewers }
}
