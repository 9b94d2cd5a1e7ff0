import { parse } from 'yaml'
import type { RepoPath } from './repo-path.js'

/** The repository's own settings file, at its root: each part of the program reads its own keys from it. */
export const SETTINGS_FILE = '.blast-radius.yml' as RepoPath

/** A settings file's top-level keys, or why there are none to read (what each reader says, with what it then leaves out). */
export type Settings = { readonly keys: Readonly<Record<string, unknown>> } | { readonly problem: string }

/**
 * The settings in a settings file's text, by the one YAML reading every reader shares (`python-paths` for
 * Python's path, `read-by` and `affects-all` for the declared dependencies). An empty file holds none;
 * text that is not YAML, or not a mapping at its top, holds none and says why.
 */
export function readSettings(text: string, file: string = SETTINGS_FILE): Settings {
  let value: unknown
  try {
    value = parse(text)
  } catch (error) {
    return { problem: `${file} is not valid YAML (${(error as Error).message.split('\n')[0]})` }
  }
  if (value === undefined || value === null) return { keys: {} }
  if (typeof value !== 'object' || Array.isArray(value)) return { problem: `${file} is not a mapping of settings` }
  return { keys: value as Record<string, unknown> }
}
