import { parentPort } from 'node:worker_threads'
import { SourceReader } from '../discover/read-source.js'
import type { LanguageAdapter } from '../languages/adapter.js'
import { languageAdapters } from '../languages/registry.js'
import { extractBatch } from './extract-files.js'
import type { WorkerAnswer, WorkerRequest } from './extract-pool.js'

// A worker thread's whole life: jobs (a chunk of one language's files) one after another, each read,
// extracted and its outcomes posted back. Its adapters are kept, so each grammar loads once per thread.
const adapters = new Map<string, LanguageAdapter>()
const port = parentPort!

function adapterFor(id: string, extraction: WorkerRequest['job']['extraction']): LanguageAdapter {
  const key = `${id} ${extraction}`
  let adapter = adapters.get(key)
  if (!adapter) {
    adapter = languageAdapters(extraction).find((a) => a.id === id)
    if (!adapter) throw new Error(`no adapter for ${id}`)
    adapters.set(key, adapter)
  }
  return adapter
}

let queue = Promise.resolve()
port.on('message', ({ id, job }: WorkerRequest) => {
  // One job at a time, in the order sent: a job with no files loads its grammar ahead of the first chunk.
  queue = queue.then(async () => {
    let answer: WorkerAnswer
    try {
      const adapter = adapterFor(job.adapter, job.extraction)
      await adapter.init()
      answer = { id, outcomes: JSON.stringify(await extractBatch(adapter, new SourceReader(job.repoDir, job.maxBytes), job.files)) }
    } catch (error) {
      answer = { id, error: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(answer)
  })
})
