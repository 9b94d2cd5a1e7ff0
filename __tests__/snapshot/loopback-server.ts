import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in for a web service, served on 127.0.0.1 at a free port: the only way in, so tests
 * never leave the machine. Subclasses answer requests in `handle`.
 */
export abstract class LoopbackStandIn {
  url = ''
  private server: Server | undefined

  protected abstract handle(req: IncomingMessage, res: ServerResponse): Promise<void>

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    this.server = server
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    // A request left unanswered on purpose (a time-out test) must not hold the server open.
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
