// A local stand-in for the parts of GitHub's REST API the action calls, served over real HTTP on
// 127.0.0.1, so the real Octokit client (with its retry, throttling and pagination) runs end to end.
// Routes, status codes, pagination Link headers and JSON shapes follow GitHub's REST API; the types
// come from @octokit/openapi-types so a shape that drifts from GitHub's fails type-checking.
import type { components } from '@octokit/openapi-types'
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ArtifactStandIn, StoredArtifact } from '../snapshot/artifact-stand-in.js'
import { LoopbackStandIn, readBody } from '../snapshot/loopback-server.js'
import { answerGraphql } from './graphql-stand-in.js'

type SimpleUser = components['schemas']['simple-user']
type IssueComment = components['schemas']['issue-comment']
export type DiffEntry = components['schemas']['diff-entry']
type PullRequest = components['schemas']['pull-request']
type Artifact = components['schemas']['artifact']
type Team = NonNullable<PullRequest['requested_teams']>[number]
type ContentFile = components['schemas']['content-file']

/** GitHub's answer to a write with a token that may not write (a fork's pull_request run). */
const NOT_ACCESSIBLE = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest',
  status: '403',
}
/** pulls.listFiles stops here however many pages are asked for. */
const LIST_FILES_CAP = 3000

/**
 * An answer in place of the route's: a status with GitHub's error body (and headers such as
 * retry-after); none at all; a 200 whose headers come and then nothing; the route's answer cut off
 * halfway through its body; the route's work done (a comment written) but 502 answered; the route's
 * answer with a `Link: next` back to the first page, forever; a raw 200 body (`{}`, or not JSON); or a
 * redirect to another host.
 */
export type Fault =
  | { readonly status: number; readonly message: string; readonly headers?: Record<string, string> }
  | 'no answer'
  | 'headers then silence'
  | 'cut short'
  | 'written, then 502'
  | 'link loop'
  | { readonly rawBody: string }
  | { readonly redirectTo: string }

export interface Recorded {
  readonly method: string
  readonly path: string
  readonly query: URLSearchParams
  readonly authorization?: string
  readonly body?: unknown
}

export function user(login: string, id: number, type: 'User' | 'Bot' = 'User'): SimpleUser {
  const url = `https://api.github.com/users/${login}`
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  }
}

export const ACTIONS_BOT_USER = user('github-actions[bot]', 41898282, 'Bot')

/** A GitHub App's bot: what an installation token writes as, though GET /user is refused to it. */
export function appBot(slug: string, id: number): SimpleUser {
  return user(`${slug}[bot]`, id, 'Bot')
}

export function diffEntry(filename: string, status: DiffEntry['status'], previous?: string): DiffEntry {
  const blob = `https://github.com/o/r/blob/0/${filename}`
  return {
    sha: '0'.repeat(40),
    filename,
    status,
    additions: 1,
    deletions: status === 'removed' ? 1 : 0,
    changes: 1,
    blob_url: blob,
    raw_url: blob.replace('/blob/', '/raw/'),
    contents_url: `https://api.github.com/repos/o/r/contents/${filename}`,
    ...(previous ? { previous_filename: previous } : {}),
  }
}

export class GitHubStandIn extends LoopbackStandIn {
  readonly requests: Recorded[] = []
  readonly pulls = new Map<number, PullRequest>()
  readonly files = new Map<number, DiffEntry[]>()
  readonly comments = new Map<number, IssueComment[]>()
  /** commit SHA → numbers of the PRs that GET /repos/{o}/{r}/commits/{sha}/pulls lists. */
  readonly commitPulls = new Map<string, number[]>()
  readonly artifacts = new Map<number, { artifact: Artifact; zip: Buffer }[]>()
  /** The login GET /user answers with; undefined answers 403 as it does for a workflow's GITHUB_TOKEN. */
  tokenUser: SimpleUser | undefined
  /**
   * Who comments are written as when GET /user is refused: github-actions[bot] for a workflow's
   * GITHUB_TOKEN, `<slug>[bot]` for a GitHub App's installation token (see appBot).
   */
  writesAs: SimpleUser = ACTIONS_BOT_USER
  /** Comment writes answer 403, as for a fork's read-only token. */
  refuseWrites = false
  /** Comment id → the classifier GraphQL's minimizeComment hid it with (GitHub's REST answers do not show it). */
  readonly minimized = new Map<number, string>()
  /** minimizeComment answers FORBIDDEN although REST writes pass (a token without the permission GraphQL checks). */
  refuseMinimize = false
  /** Who may be asked for a review; undefined: anyone. GitHub answers 422 to a request naming anyone else. */
  collaborators: Set<string> | undefined
  /** Files of the default branch that GET /repos/{o}/{r}/contents/{path} serves (CODEOWNERS, for the fork pattern). */
  readonly contents = new Map<string, string>()
  /** pull number → the logins that have reviewed it (GET /repos/{o}/{r}/pulls/{n}/reviews). */
  readonly reviewedBy = new Map<number, string[]>()
  /**
   * The results services runs uploaded artifacts to (snapshot: artifact), each with the workflow run
   * it served: GET /repos/{o}/{r}/actions/artifacts/{id} answers for their finalized artifacts as
   * GitHub does, with their digest.
   */
  readonly artifactServices: { readonly service: ArtifactStandIn; readonly run: number }[] = []
  /** Another stand-in that answers the routes this one does not know (the git data API of __tests__/snapshot). */
  forwardTo: LoopbackStandIn | undefined
  /**
   * Sees each authorised request before it is answered: returns a fault to answer with, or nothing
   * for the route's own answer; it may change the state in between (a person acting mid-run).
   */
  intercept: ((request: Recorded) => Fault | undefined) | undefined
  private nextId = 1000
  private clock = Date.parse('2026-01-01T00:00:00Z')

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly token: string,
  ) {
    super()
  }

  /** A comment as GitHub stores it; its time comes from a clock that only moves forward. */
  addComment(issue: number, author: SimpleUser, body: string): IssueComment {
    const id = this.nextId++
    const at = new Date((this.clock += 60_000)).toISOString()
    const comment: IssueComment = {
      id,
      node_id: `IC_${id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`,
      body,
      user: author,
      created_at: at,
      updated_at: at,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${issue}`,
      author_association: 'NONE',
    }
    const list = this.comments.get(issue) ?? []
    list.push(comment)
    this.comments.set(issue, list)
    return comment
  }

  /** Forgets every request, pull request, comment and artifact: a fresh GitHub on the same port. */
  reset(): void {
    for (const store of [this.requests, this.pulls, this.files, this.comments, this.commitPulls, this.artifacts, this.minimized] as {
      length?: number
      clear?: () => void
    }[]) {
      if (store.clear) store.clear()
      else store.length = 0
    }
    this.tokenUser = undefined
    this.writesAs = ACTIONS_BOT_USER
    this.refuseWrites = false
    this.refuseMinimize = false
    this.collaborators = undefined
    this.reviewedBy.clear()
    this.contents.clear()
    this.forwardTo = undefined
    this.artifactServices.length = 0
    this.intercept = undefined
  }

  writes(): Recorded[] {
    return this.requests.filter((r) => r.method !== 'GET')
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const text = (await readBody(req)).toString()
    const body = text ? JSON.parse(text) : undefined
    const recorded: Recorded = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body,
    }
    this.requests.push(recorded)
    let fault: Fault | undefined
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      const head: Record<string, string> = {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': 'STAND-IN',
        ...headers,
      }
      const text = json === undefined ? undefined : JSON.stringify(json)
      if (fault === 'written, then 502') {
        res.writeHead(502, head)
        res.end(JSON.stringify({ message: 'Bad Gateway' }))
      } else if (fault === 'cut short' && text !== undefined) {
        // The length promises the whole body; the connection ends halfway.
        res.writeHead(status, { ...head, 'content-length': String(Buffer.byteLength(text)) })
        res.write(text.slice(0, Math.floor(text.length / 2)))
        res.destroy()
      } else {
        if (fault === 'link loop') head.link = `<${this.firstPage(url)}>; rel="next"`
        res.writeHead(status, head)
        res.end(text)
      }
    }
    // Blob storage: the signed URL an artifact download redirects to carries no Authorization header.
    const blob = url.pathname.match(/^\/_blobs\/(\d+)\.zip$/)
    if (blob) {
      const found = [...this.artifacts.values()].flat().find((a) => a.artifact.id === Number(blob[1]))
      if (!found) return send(404, { message: 'Not Found' })
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(found.zip.length) })
      res.end(found.zip)
      return
    }
    const auth = req.headers.authorization ?? ''
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}` && auth !== `bearer ${this.token}`) {
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' })
    }
    fault = this.intercept?.(recorded)
    // The client gives up on its own deadline; stopping the server ends the connection.
    if (fault === 'no answer') return
    if (fault === 'headers then silence') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.flushHeaders()
      return
    }
    if (typeof fault === 'object' && 'rawBody' in fault) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      return void res.end(fault.rawBody)
    }
    if (typeof fault === 'object' && 'redirectTo' in fault)
      return send(302, undefined, { location: `${fault.redirectTo}${req.url ?? '/'}` })
    if (typeof fault === 'object')
      return send(fault.status, { message: fault.message, documentation_url: 'https://docs.github.com/rest' }, fault.headers)
    const route = `${req.method} ${url.pathname.replace(`/repos/${this.owner}/${this.repo}`, '/repos/:repo')}`
    let m: RegExpMatchArray | null
    if (route === 'POST /graphql') {
      const comment = (nodeId: string) => {
        const found = [...this.comments.values()].flat().find((c) => c.node_id === nodeId)
        return found && { id: Number(found.id), body: found.body }
      }
      return send(
        200,
        await answerGraphql(body, { comment, minimized: this.minimized, mayMinimize: !this.refuseWrites && !this.refuseMinimize }),
      )
    }
    if (route === 'GET /user') return this.tokenUser ? send(200, this.tokenUser) : send(403, NOT_ACCESSIBLE)
    if ((m = route.match(/^GET \/repos\/:repo\/pulls\/(\d+)$/))) {
      const pr = this.pulls.get(Number(m[1]))
      return pr ? send(200, pr) : send(404, { message: 'Not Found' })
    }
    if (route === 'GET /repos/:repo/pulls') {
      const head = url.searchParams.get('head')
      const list = [...this.pulls.values()].filter(
        (pr) => pr.state === (url.searchParams.get('state') ?? 'open') && (!head || `${pr.head.user.login}:${pr.head.ref}` === head),
      )
      return this.page(url, list, send)
    }
    if ((m = route.match(/^GET \/repos\/:repo\/pulls\/(\d+)\/files$/))) {
      return this.page(url, (this.files.get(Number(m[1])) ?? []).slice(0, LIST_FILES_CAP), send)
    }
    if ((m = route.match(/^GET \/repos\/:repo\/pulls\/(\d+)\/reviews$/))) {
      const reviews = (this.reviewedBy.get(Number(m[1])) ?? []).map((login, i) => ({
        id: i + 1,
        user: user(login, 500 + i),
        state: 'APPROVED',
      }))
      return this.page(url, reviews, send)
    }
    if ((m = route.match(/^POST \/repos\/:repo\/pulls\/(\d+)\/requested_reviewers$/))) {
      const pr = this.pulls.get(Number(m[1]))
      if (!pr) return send(404, { message: 'Not Found' })
      if (this.refuseWrites) return send(403, NOT_ACCESSIBLE)
      const logins: string[] = body?.reviewers ?? []
      const teams: string[] = body?.team_reviewers ?? []
      if ([...logins, ...teams].some((name) => this.collaborators && !this.collaborators.has(name))) {
        return send(422, {
          message: `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${this.owner}/${this.repo} repository.`,
        })
      }
      const added = logins.map((login, i) => user(login, 700 + i))
      // A team as GitHub lists it among requested_teams; only its slug is read.
      const teamsAdded = teams.map((slug, i) => ({ id: 800 + i, slug, name: slug }) as unknown as Team)
      const updated = {
        ...pr,
        requested_reviewers: [...(pr.requested_reviewers ?? []), ...added],
        requested_teams: [...(pr.requested_teams ?? []), ...teamsAdded],
      }
      this.pulls.set(pr.number, updated)
      return send(201, updated)
    }
    if ((m = route.match(/^GET \/repos\/:repo\/contents\/(.+)$/))) {
      const path = decodeURIComponent(m[1]!)
      const text = this.contents.get(path)
      return text === undefined
        ? send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
        : send(200, this.contentFile(path, text))
    }
    if ((m = route.match(/^GET \/repos\/:repo\/commits\/([0-9a-f]+)\/pulls$/))) {
      return send(
        200,
        (this.commitPulls.get(m[1]!) ?? []).map((n) => this.pulls.get(n)),
      )
    }
    if ((m = route.match(/^GET \/repos\/:repo\/issues\/(\d+)\/comments$/)))
      return this.page(url, this.comments.get(Number(m[1])) ?? [], send)
    if ((m = route.match(/^POST \/repos\/:repo\/issues\/(\d+)\/comments$/))) {
      if (this.refuseWrites) return send(403, NOT_ACCESSIBLE)
      if (typeof body?.body !== 'string') return send(422, { message: 'Validation Failed' })
      return send(201, this.addComment(Number(m[1]), this.tokenUser ?? this.writesAs, body.body))
    }
    if ((m = route.match(/^(PATCH|DELETE) \/repos\/:repo\/issues\/comments\/(\d+)$/))) {
      if (this.refuseWrites) return send(403, NOT_ACCESSIBLE)
      for (const list of this.comments.values()) {
        const index = list.findIndex((c) => c.id === Number(m![2]))
        if (index < 0) continue
        if (m[1] === 'DELETE') {
          list.splice(index, 1)
          return send(204)
        }
        const updated = { ...list[index]!, body: body.body, updated_at: new Date((this.clock += 60_000)).toISOString() }
        list[index] = updated
        return send(200, updated)
      }
      return send(404, { message: 'Not Found' })
    }
    if ((m = route.match(/^GET \/repos\/:repo\/actions\/runs\/(\d+)\/artifacts$/))) {
      const name = url.searchParams.get('name')
      const list = (this.artifacts.get(Number(m[1])) ?? []).map((a) => a.artifact).filter((a) => !name || a.name === name)
      return send(200, { total_count: list.length, artifacts: list })
    }
    if ((m = route.match(/^GET \/repos\/:repo\/actions\/artifacts\/(\d+)$/))) {
      const id = Number(m[1])
      const listed = [...this.artifacts.values()].flat().find((a) => a.artifact.id === id)?.artifact
      const uploaded = this.artifactServices.flatMap(({ service, run }) =>
        service.artifacts.filter((a) => a.id === id && a.finalized).map((a) => this.uploadedArtifact(a, run)),
      )[0]
      const found = listed ?? uploaded
      return found ? send(200, found) : send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    }
    if ((m = route.match(/^GET \/repos\/:repo\/actions\/artifacts\/(\d+)\/zip$/))) {
      return send(302, undefined, { location: `${this.url}/_blobs/${m[1]}.zip` })
    }
    if (this.forwardTo) return this.forward(req, res, this.forwardTo.url + (req.url ?? '/'), text)
    return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
  }

  /** One API host, two stand-ins: the request passes on as it came, and the answer comes back as it went. */
  private async forward(req: IncomingMessage, res: ServerResponse, target: string, body: string): Promise<void> {
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name)),
    ) as Record<string, string>
    const answer = await fetch(target, { method: req.method, headers, ...(body ? { body } : {}) })
    const type = answer.headers.get('content-type')
    res.writeHead(answer.status, type ? { 'content-type': type } : {})
    res.end(Buffer.from(await answer.arrayBuffer()))
  }

  /** The first page of the list `url` asks for, as a pagination link names it. */
  private firstPage(url: URL): string {
    const first = new URL(url)
    first.searchParams.set('page', '1')
    return first.toString()
  }

  /** GitHub's pagination: per_page (default 30, at most 100), page from 1, and a Link header to the next and last pages. */
  private page(url: URL, items: unknown[], send: (status: number, json: unknown, headers?: Record<string, string>) => void): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
    const page = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (n: number) => {
      const next = new URL(url)
      next.searchParams.set('page', String(n))
      next.searchParams.set('per_page', String(perPage))
      return next.toString()
    }
    const links = page < last ? [`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`] : []
    send(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {})
  }

  /** A file as the contents API describes it: its bytes in base64, wrapped at 60 characters as GitHub wraps them. */
  private contentFile(path: string, text: string): ContentFile {
    const bytes = Buffer.from(text)
    const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
    const api = `${this.url}/repos/${this.owner}/${this.repo}/contents/${path}`
    const html = `https://github.com/${this.owner}/${this.repo}/blob/main/${path}`
    const git = `${this.url}/repos/${this.owner}/${this.repo}/git/blobs/${sha}`
    return {
      type: 'file',
      encoding: 'base64',
      size: bytes.length,
      name: path.split('/').pop()!,
      path,
      content: bytes.toString('base64').replace(/.{60}/g, '$&\n') + '\n',
      sha,
      url: api,
      git_url: git,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${this.owner}/${this.repo}/main/${path}`,
      _links: { self: api, git, html },
    }
  }

  /** An artifact the results service holds, as GitHub's REST API describes it. */
  private uploadedArtifact(stored: StoredArtifact, run: number): Artifact {
    const api = `${this.url}/repos/${this.owner}/${this.repo}/actions/artifacts/${stored.id}`
    return {
      id: stored.id,
      node_id: `A_${stored.id}`,
      name: stored.name,
      size_in_bytes: stored.content.length,
      url: api,
      archive_download_url: `${api}/zip`,
      expired: stored.expired === true,
      created_at: new Date(this.clock).toISOString(),
      expires_at: null,
      updated_at: null,
      digest: stored.digest ?? null,
      workflow_run: { id: run, repository_id: 1, head_repository_id: 1, head_branch: 'feature', head_sha: '0'.repeat(40) },
    }
  }

  /** Registers an artifact of a workflow run, served as GitHub does: listed by the API, its zip behind a redirect. */
  addArtifact(runId: number, name: string, zip: Buffer): void {
    const id = this.nextId++
    const artifact: Artifact = {
      id,
      node_id: `A_${id}`,
      name,
      size_in_bytes: zip.length,
      url: `${this.url}/repos/${this.owner}/${this.repo}/actions/artifacts/${id}`,
      archive_download_url: `${this.url}/repos/${this.owner}/${this.repo}/actions/artifacts/${id}/zip`,
      expired: false,
      created_at: new Date(this.clock).toISOString(),
      expires_at: null,
      updated_at: null,
    }
    this.artifacts.set(runId, [...(this.artifacts.get(runId) ?? []), { artifact, zip }])
  }
}
