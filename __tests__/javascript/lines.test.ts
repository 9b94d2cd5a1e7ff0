import { describe, expect, test } from '@jest/globals'
import ts from 'typescript'
import { LineTable } from '../../src/languages/javascript/lines.js'

/** TypeScript's own line of each offset: the judge of how JavaScript counts lines. */
function tsLines(text: string): number[] {
  const file = ts.createSourceFile('a.ts', text, ts.ScriptTarget.Latest)
  return Array.from({ length: text.length + 1 }, (_, offset) => file.getLineAndCharacterOfPosition(offset).line + 1)
}

const TEXTS = ['', 'a', 'a\nb\n', '\n\n\nx', 'a\r\nb\rc\n\rd', 'a\u2028b\u2029c\r\n', '\r', '\r\n\r\n', 'x\n\r\ny\u2028\r\n', '😀\n😀\r😀']

describe('LineTable counts lines as TypeScript does', () => {
  for (const text of TEXTS) {
    test(JSON.stringify(text), () => {
      const table = new LineTable(text)
      expect(Array.from({ length: text.length + 1 }, (_, offset) => table.lineAt(offset))).toEqual(tsLines(text))
    })
  }
})
