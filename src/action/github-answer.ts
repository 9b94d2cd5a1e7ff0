import { at, integerAt, stringAt } from './json-fields.js'

/**
 * GitHub answered, but not with what its API promises (a list that is not a list, pages that loop, a
 * pull request without a head): the run takes it for a failure, never for an empty list.
 */
export class GitHubAnswerError extends Error {}

/** One page of a list, as Octokit's page iterator yields it; `data` is checked, never trusted. */
export interface ListPage {
  readonly data: unknown
  readonly headers: { readonly link?: string }
}

/**
 * Every item of every page, each checked by `accept`. The pages are bounded by `maxPages`, and a `next`
 * link that comes back again is a loop: both are failures, since the list is then not known.
 */
export async function collectPages<T>(
  pages: AsyncIterable<ListPage>,
  what: string,
  accept: (item: unknown) => item is T,
  maxPages: number,
): Promise<T[]> {
  const items: T[] = []
  const seen = new Set<string>()
  for await (const page of pages) {
    items.push(...listOf(page.data, `page ${seen.size + 1} of ${what}`, accept))
    const next = page.headers.link?.match(/<([^<>]+)>;\s*rel="next"/)?.[1]
    if (next === undefined) return items
    if (seen.has(next)) throw new GitHubAnswerError(`GitHub's pages of ${what} loop: the link to ${next} came twice`)
    seen.add(next)
    if (seen.size >= maxPages) throw new GitHubAnswerError(`GitHub's list of ${what} goes on past ${maxPages} pages`)
  }
  return items
}

/** `data` as a list of what `accept` takes, or a failure that says which answer was malformed. */
export function listOf<T>(data: unknown, what: string, accept: (item: unknown) => item is T): T[] {
  if (!Array.isArray(data)) throw new GitHubAnswerError(`GitHub's answer for ${what} is not a list`)
  const bad = data.findIndex((item) => !accept(item))
  if (bad >= 0) throw new GitHubAnswerError(`GitHub's answer for ${what} holds a malformed entry (item ${bad + 1})`)
  return data as T[]
}

export interface ListedComment {
  readonly id: number
  /** The GraphQL id (`IC_…`), which GraphQL mutations such as minimizeComment name the comment by. */
  readonly node_id?: string
  readonly body?: string
  readonly html_url: string
  readonly created_at: string
  readonly user: { readonly login: string; readonly type?: string } | null
}

export function isComment(item: unknown): item is ListedComment {
  const user = at(item, 'user')
  const body = at(item, 'body')
  const nodeId = at(item, 'node_id')
  return (
    integerAt(item, 'id') !== undefined &&
    (nodeId === undefined || typeof nodeId === 'string') &&
    stringAt(item, 'html_url') !== undefined &&
    stringAt(item, 'created_at') !== undefined &&
    (body === undefined || body === null || typeof body === 'string') &&
    (user === null || stringAt(user, 'login') !== undefined)
  )
}

export interface ListedFile {
  readonly filename: string
  readonly status: string
  readonly previous_filename?: string
}

export function isListedFile(item: unknown): item is ListedFile {
  const previous = at(item, 'previous_filename')
  return (
    stringAt(item, 'filename') !== undefined &&
    stringAt(item, 'status') !== undefined &&
    (previous === undefined || typeof previous === 'string')
  )
}
