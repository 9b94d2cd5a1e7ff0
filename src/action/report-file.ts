import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Impact } from '../impact/blast-radius.js'
import { impactJson } from '../report/impact-json.js'
import { folderSlug } from './inputs.js'

/** This run's own folder under RUNNER_TEMP for one analysed folder: the impact JSON, the snapshot. */
export function runFolder(runnerTemp: string, workingDirectory: string): string {
  return join(runnerTemp, 'blast-radius', folderSlug(workingDirectory))
}

/** Writes the contract's impact JSON into the run's folder; returns its path (the `report-json` output). */
export async function writeImpactJson(runnerTemp: string, workingDirectory: string, impact: Impact): Promise<string> {
  const folder = runFolder(runnerTemp, workingDirectory)
  await mkdir(folder, { recursive: true })
  const path = join(folder, 'impact.json')
  await writeFile(path, JSON.stringify(impactJson(impact), null, 2) + '\n')
  return path
}
