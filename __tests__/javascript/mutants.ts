import { seededRandom } from '../helpers/seeded-random.js'

/** Small, seeded damage to a source text: the inputs where a parser's error handling shows. */

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  "'",
  '"',
  '`',
  '/*',
  '*/',
  '//',
  ';',
  ',',
  '<',
  '>',
  '=>',
  '=',
  '.',
  'import',
  'export',
  'require(',
  'import(',
  'type ',
  'from',
  ' as ',
  '\n',
  '${',
  '@',
  '#',
  '\\',
  '<div>',
  '</div>',
  '?.',
]

/** `count` mutants of a text: a line removed, duplicated or swapped, characters removed, a token inserted, or the text cut short. */
export function mutants(text: string, count: number, seed: number): string[] {
  const next = seededRandom(seed)
  const pick = (n: number) => Math.floor(next() * n)
  const out: string[] = []
  for (let k = 0; k < count; k++) {
    const lines = text.split('\n')
    const at = pick(text.length + 1)
    switch (k % 6) {
      case 0:
        lines.splice(pick(lines.length), 1)
        out.push(lines.join('\n'))
        break
      case 1: {
        const line = pick(lines.length)
        lines.splice(line, 0, lines[line]!)
        out.push(lines.join('\n'))
        break
      }
      case 2: {
        const line = pick(Math.max(1, lines.length - 1))
        ;[lines[line], lines[line + 1]] = [lines[line + 1] ?? '', lines[line]!]
        out.push(lines.join('\n'))
        break
      }
      case 3:
        out.push(text.slice(0, at) + text.slice(at + 1 + pick(3)))
        break
      case 4:
        out.push(text.slice(0, at) + TOKENS[pick(TOKENS.length)]! + text.slice(at))
        break
      default:
        out.push(text.slice(0, at))
    }
  }
  return out
}
