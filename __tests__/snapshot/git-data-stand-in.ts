// A local stand-in for GitHub's git data REST API (refs, commits, trees, blobs), served over real
// HTTP on 127.0.0.1, so that the real Octokit client runs end to end. Routes, status codes and JSON
// shapes follow https://docs.github.com/rest/git; objects live in memory, named by SHA-1.
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { LoopbackStandIn, readBody } from './loopback-server.js'

interface Entry {
  path: string
  mode: string
  type: 'blob' | 'tree'
  sha: string
}

export class GitDataStandIn extends LoopbackStandIn {
  readonly blobs = new Map<string, Buffer>()
  readonly trees = new Map<string, Entry[]>()
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>()
  readonly refs = new Map<string, string>()
  readonly requests: { method: string; path: string }[] = []
  /** Writes answer 403, as for a token without `contents: write`. */
  refuseWrites = false
  /** Ref updates to refuse with 422 before accepting, as when another run moved the branch meanwhile. */
  raceRefUpdates = 0

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly token: string,
  ) {
    super()
  }

  /** Every file on a branch, path → content, walking the trees as git would. */
  filesOn(branch: string): Map<string, Buffer> {
    const files = new Map<string, Buffer>()
    const head = this.refs.get(`refs/heads/${branch}`)
    if (!head) return files
    const walk = (tree: string, prefix: string) => {
      for (const e of this.trees.get(tree)!) {
        if (e.type === 'tree') walk(e.sha, `${prefix}${e.path}/`)
        else files.set(`${prefix}${e.path}`, this.blobs.get(e.sha)!)
      }
    }
    walk(this.commits.get(head)!.tree, '')
    return files
  }

  private store<T>(map: Map<string, T>, kind: string, value: T, body: unknown): string {
    const sha = createHash('sha1').update(kind).update(JSON.stringify(body)).digest('hex')
    map.set(sha, value)
    return sha
  }

  private storeTree(entries: Entry[]): string {
    const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : 1))
    return this.store(this.trees, 'tree', sorted, sorted)
  }

  /** Applies entries (paths may be nested: `a/b/c`) onto a tree, building the subtrees: as POST /git/trees does. */
  private buildTree(base: Entry[], entries: Entry[]): string {
    const top = new Map(base.map((e) => [e.path, e]))
    const nested = new Map<string, Entry[]>()
    for (const e of entries) {
      const slash = e.path.indexOf('/')
      if (slash < 0) top.set(e.path, e)
      else nested.set(e.path.slice(0, slash), [...(nested.get(e.path.slice(0, slash)) ?? []), { ...e, path: e.path.slice(slash + 1) }])
    }
    for (const [dir, inner] of nested) {
      const existing = top.get(dir)
      const sha = this.buildTree(existing?.type === 'tree' ? this.trees.get(existing.sha)! : [], inner)
      top.set(dir, { path: dir, mode: '040000', type: 'tree', sha })
    }
    return this.storeTree([...top.values()])
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const text = (await readBody(req)).toString()
    const body = text ? JSON.parse(text) : {}
    const method = req.method ?? 'GET'
    this.requests.push({ method, path: url.pathname })
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(json))
    }
    if (req.headers.authorization !== `token ${this.token}`) return send(401, { message: 'Bad credentials' })
    const prefix = `/repos/${this.owner}/${this.repo}/git/`
    if (!url.pathname.startsWith(prefix)) return send(404, { message: 'Not Found' })
    const route = decodeURIComponent(url.pathname.slice(prefix.length))
    if (method !== 'GET' && this.refuseWrites) return send(403, { message: 'Resource not accessible by integration', status: '403' })
    const api = `${this.url}${prefix}`

    if (method === 'POST' && route === 'blobs') {
      const content = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8')
      // A blob's id as git computes it (GitHub's too), so that a client can compare bytes by id.
      const sha = createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
      this.blobs.set(sha, content)
      return send(201, { sha, url: `${api}blobs/${sha}` })
    }
    if (method === 'POST' && route === 'trees') {
      if (body.base_tree && !this.trees.has(body.base_tree)) return send(422, { message: 'Invalid tree info' })
      const entries: Entry[] = []
      for (const e of body.tree as (Entry & { content?: string })[]) {
        if (e.content !== undefined) {
          const content = Buffer.from(e.content)
          entries.push({
            path: e.path,
            mode: e.mode,
            type: 'blob',
            sha: this.store(this.blobs, 'blob', content, content.toString('base64')),
          })
        } else if ((e.type === 'blob' ? this.blobs : this.trees).has(e.sha))
          entries.push({ path: e.path, mode: e.mode, type: e.type, sha: e.sha })
        else return send(422, { message: 'Invalid tree info' })
      }
      const sha = this.buildTree(body.base_tree ? this.trees.get(body.base_tree)! : [], entries)
      return send(201, { sha, url: `${api}trees/${sha}`, tree: this.trees.get(sha), truncated: false })
    }
    const tree = route.match(/^trees\/([0-9a-f]{40})$/)
    if (method === 'GET' && tree) {
      const entries = this.trees.get(tree[1]!)
      return entries
        ? send(200, { sha: tree[1], url: `${api}trees/${tree[1]}`, tree: entries, truncated: false })
        : send(404, { message: 'Not Found' })
    }
    if (method === 'POST' && route === 'commits') {
      if (!this.trees.has(body.tree) || !(body.parents as string[]).every((p) => this.commits.has(p)))
        return send(422, { message: 'Invalid commit' })
      const sha = this.store(this.commits, 'commit', { tree: body.tree, parents: body.parents, message: body.message }, [
        body,
        this.commits.size,
      ])
      return send(201, this.commitJson(api, sha))
    }
    const commit = route.match(/^commits\/([0-9a-f]{40})$/)
    if (method === 'GET' && commit)
      return this.commits.has(commit[1]!) ? send(200, this.commitJson(api, commit[1]!)) : send(404, { message: 'Not Found' })

    if (method === 'GET' && route.startsWith('ref/')) {
      const ref = `refs/${route.slice(4)}`
      const sha = this.refs.get(ref)
      return sha
        ? send(200, { ref, url: `${api}${ref}`, object: { sha, type: 'commit', url: `${api}commits/${sha}` } })
        : send(404, { message: 'Not Found' })
    }
    if (method === 'POST' && route === 'refs') {
      if (this.refs.has(body.ref)) return send(422, { message: 'Reference already exists' })
      this.refs.set(body.ref, body.sha)
      return send(201, { ref: body.ref, object: { sha: body.sha, type: 'commit' } })
    }
    if (method === 'PATCH' && route.startsWith('refs/')) {
      const current = this.refs.get(route)
      if (!current) return send(422, { message: 'Reference does not exist' })
      if (this.raceRefUpdates > 0) {
        this.raceRefUpdates--
        return send(422, { message: 'Update is not a fast forward' })
      }
      if (!body.force && !this.commits.get(body.sha)?.parents.includes(current))
        return send(422, { message: 'Update is not a fast forward' })
      this.refs.set(route, body.sha)
      return send(200, { ref: route, object: { sha: body.sha, type: 'commit' } })
    }
    return send(404, { message: 'Not Found' })
  }

  private commitJson(api: string, sha: string) {
    const c = this.commits.get(sha)!
    return {
      sha,
      url: `${api}commits/${sha}`,
      message: c.message,
      tree: { sha: c.tree, url: `${api}trees/${c.tree}` },
      parents: c.parents.map((p) => ({ sha: p, url: `${api}commits/${p}` })),
    }
  }
}
