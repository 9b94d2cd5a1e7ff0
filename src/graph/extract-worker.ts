import { parentPort, workerData } from 'node:worker_threads'
import { SourceReader } from '../discover/read-source.js'
import { languageAdapters } from '../languages/registry.js'
import { extractBatch, type WorkerJob } from './extract-files.js'

// A worker thread's whole life: one slice of the files, read and extracted, the outcomes posted back.
const job = workerData as WorkerJob
const adapter = languageAdapters(job.extraction).find((a) => a.id === job.adapter)
if (!adapter) throw new Error(`no adapter for ${job.adapter}`)
parentPort!.postMessage(await extractBatch(adapter, new SourceReader(job.repoDir, job.maxBytes), job.files))
