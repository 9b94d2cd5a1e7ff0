/**
 * An INI file as Python's configparser reads setup.cfg, tox.ini and pytest.ini: `[section]` headers,
 * `key = value` or `key: value`, a value continued on the lines indented below it, comments on lines
 * that start with `#` or `;`. Keys are lower-cased, as configparser does. The `ini` package cannot be
 * used: it reads continuation lines as keys of their own and splits dotted section names.
 */
export type IniSections = ReadonlyMap<string, ReadonlyMap<string, string>>

export function readIni(text: string): IniSections {
  const sections = new Map<string, Map<string, string>>()
  let section: Map<string, string> | undefined
  let key: string | undefined
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd()
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue
    if (/^\s/.test(line) && section && key !== undefined) {
      section.set(key, `${section.get(key)}\n${trimmed}`)
      continue
    }
    const header = /^\[(.+)\]$/.exec(trimmed)
    if (header) {
      section = sections.get(header[1]!) ?? new Map()
      sections.set(header[1]!, section)
      key = undefined
      continue
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed)
    if (!pair || !section) {
      key = undefined
      continue
    }
    key = pair[1]!.toLowerCase()
    section.set(key, pair[2]!)
  }
  return sections
}

/** An ini `args` or `paths` value (python_files, pythonpath) as pytest splits it (shlex, here without quotes): words between blanks, commas included. */
export function iniArgs(value: string): string[] {
  return value.split(/\s+/).filter(Boolean)
}

/** A configparser list value: one item per line, or separated by blanks or commas. */
export function iniList(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(/[\s,]+/).filter(Boolean)
}
