// A local stand-in for the Actions results service that @actions/artifact talks to: its Twirp JSON
// API (CreateArtifact, FinalizeArtifact) and the Azure blob storage its signed upload URL points at
// (Put Block, Put Block List), over real HTTP on 127.0.0.1, so the real client uploads end to end.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { LoopbackStandIn, readBody } from './loopback-server.js'

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

export interface StoredArtifact {
  readonly id: number
  readonly name: string
  readonly mimeType?: string
  content: Buffer
  finalized: boolean
  /** What the client said the bytes hash to at FinalizeArtifact (`sha256:<hex>`), which GitHub's REST answer gives as `digest`. */
  digest?: string
  /** Past its retention: GitHub still lists it, with `expired: true`, and serves no content. */
  expired?: boolean
}

export class ArtifactStandIn extends LoopbackStandIn {
  readonly artifacts: StoredArtifact[] = []
  private readonly blocks = new Map<string, Buffer>()
  /** CreateArtifact answers 403 without retrying, as when the job may not upload artifacts. */
  refuse = false

  /** `firstId`: where this service's artifact ids start (two runs' services must not share ids, as GitHub's never do). */
  constructor(private readonly firstId = 9000) {
    super()
  }

  /** A runtime token as the runner hands it out: a JWT whose scope names the run and the job. */
  static runtimeToken(): string {
    const part = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url')
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: 'Actions.GenericRead Actions.Results:run-backend-1:job-backend-1' })}.signature`
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const body = await readBody(req)
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(value))
    }
    if (url.pathname.startsWith(SERVICE)) {
      if (req.headers.authorization !== `Bearer ${ArtifactStandIn.runtimeToken()}`)
        return json(401, { code: 'unauthenticated', msg: 'bad token' })
      const request = JSON.parse(body.toString())
      const method = url.pathname.slice(SERVICE.length)
      if (method === 'CreateArtifact') {
        if (this.refuse) return json(403, { code: 'permission_denied', msg: 'artifacts are not allowed here' })
        if (this.artifacts.some((a) => a.name === request.name))
          return json(409, { code: 'already_exists', msg: 'an artifact with this name already exists' })
        const id = this.firstId + this.artifacts.length
        this.artifacts.push({
          id,
          name: request.name,
          mimeType: request.mimeType?.value ?? request.mime_type,
          content: Buffer.alloc(0),
          finalized: false,
        })
        return json(200, { ok: true, signedUploadUrl: `${this.url}/blobs/${id}?sig=signed` })
      }
      if (method === 'FinalizeArtifact') {
        const artifact = this.artifacts.find((a) => a.name === request.name)
        if (!artifact || Number(request.size) !== artifact.content.length)
          return json(400, { code: 'invalid_argument', msg: 'size mismatch' })
        artifact.finalized = true
        // A StringValue wrapper: a plain string in protobuf's JSON, `{ value }` in some encoders.
        const hash: unknown = typeof request.hash === 'string' ? request.hash : request.hash?.value
        if (typeof hash === 'string') artifact.digest = hash
        return json(200, { ok: true, artifactId: String(artifact.id) })
      }
      return json(404, { code: 'bad_route', msg: method })
    }
    const blob = url.pathname.match(/^\/blobs\/(\d+)$/)
    const artifact = blob && this.artifacts.find((a) => a.id === Number(blob[1]))
    if (req.method !== 'PUT' || !artifact || url.searchParams.get('sig') !== 'signed') {
      res.writeHead(403)
      return void res.end()
    }
    const headers = {
      'x-ms-request-id': 'stand-in',
      'x-ms-version': '2024-11-04',
      etag: '"0x1"',
      'last-modified': new Date(0).toUTCString(),
    }
    if (url.searchParams.get('comp') === 'block') {
      this.blocks.set(`${artifact.id}:${url.searchParams.get('blockid')}`, body)
    } else if (url.searchParams.get('comp') === 'blocklist') {
      const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!)
      artifact.content = Buffer.concat(ids.map((id) => this.blocks.get(`${artifact.id}:${id}`) ?? Buffer.alloc(0)))
    } else {
      artifact.content = body
    }
    res.writeHead(201, headers)
    res.end()
  }
}
