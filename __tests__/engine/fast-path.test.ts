import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PythonExtractor } from '../../src/languages/python/extract.js'
import { pythonParser } from '../../src/languages/python/parser.js'
import { scanPython } from '../../src/languages/python/scan.js'
import { WARM_UP_TEXTS } from '../../src/languages/python/warm-up.js'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
let fast: PythonExtractor
let full: PythonExtractor
beforeAll(async () => {
  const parser = await pythonParser()
  fast = new PythonExtractor(parser, 'fast')
  full = new PythonExtractor(parser, 'full')
})

const same = (source: string) => {
  const bytes = new TextEncoder().encode(source)
  expect(fast.extract(bytes)).toEqual(full.extract(bytes))
}

describe('the fast path reads what the full parse reads', () => {
  it.each([
    ['one-line bodies', 'if TYPE_CHECKING: import a; import b\ndef f(): import c\nclass K: from d import e\n'],
    ['headers over several lines', 'def f(a,\n      b: int = (1, 2)) -> dict[str, int]:\n    import a\n'],
    ['a backslash before the body', 'if TYPE_CHECKING: \\\n    import a\n'],
    ['a one-line body after a header over several lines', 'if (a,\n      b): import c\n'],
    ['strings that look like code', 's = """\nimport no\n"""\nt = \'import no\'  # import no\nimport yes\n'],
    ['nested quotes and escapes', 'x = "a\\"b"; import a\ny = r\'\\\'\'\nimport b\n'],
    [
      'else, elif and except',
      'if TYPE_CHECKING:\n    pass\nelif x:\n    import a\nelse:\n    import b\ntry:\n    import c\nexcept ImportError:\n    import d\n',
    ],
    ['elif TYPE_CHECKING', 'if x:\n    pass\nelif TYPE_CHECKING:\n    import a\n'],
    ['dedent after nested blocks', 'def f():\n    if TYPE_CHECKING:\n        import a\n    import b\nimport c\n'],
    ['tabs and spaces', 'def f():\n\tif 1:\n\t\timport a\n\timport b\n'],
    ['async forms', 'async def f():\n    async with x:\n        import a\nasync_value = 1\nimport b\n'],
    ['match statements', 'match x:\n    case 1:\n        import a\nmatch = 3\nimport b\n'],
    ['annotated assignments', 'x: int = 1\nimport a\nclass C:\n    y: "T" = 2\n    import b\n'],
    ['dynamic imports', 'import importlib\np = importlib.import_module("a.b")\nif __import__("c"): pass\n'],
    [
      'dynamic imports spelled apart',
      'import importlib\np = importlib.import_module  (  # why\n  r"a")\nq = (__import__\n("b"))\nr = import_module(\\\n  \'c\')\n' +
        's = importlib.import_module(name)\nt = hasattr(m, "import_module")\nu = {"k": lambda x: x.import_module if x else None}\n',
    ],
    ['numbers', 'x = 1_000 + 0x1F + 1e-5 + 1.5j + .5 + 0o7 + 0b1\nimport a\n'],
    ['a bad number', 'import a\n1syntax_error\nimport b\n'],
    ['an unterminated string', 'import a\nx = "oops\nimport b\n'],
    ['an unclosed bracket', 'import a\ndef broken(:\n    pass\nimport b\n'],
    ['an unexpected indent', 'import a\n    import b\n'],
    ['a header without a body', 'import a\ndef f():\n'],
    ['an empty file', ''],
    ['only comments', '# import a\n'],
    ['__all__ used in a file without imports', 'x = 1\nprint(__all__)\n'],
  ])('%s', (_name, source) => same(source))

  it('falls back to the full parse, and says so, exactly where the lexer sees trouble', () => {
    expect(scanPython('import a\n1syntax_error\n').trouble).toBe(true)
    expect(scanPython('import a\nx = 1\n').trouble).toBe(false)
  })

  it('on the texts that warm the fast path up, which reach both outcomes of a scan', () => {
    const troubled = WARM_UP_TEXTS.filter((text) => scanPython(text).trouble)
    expect(troubled.length).toBeGreaterThan(0)
    expect(troubled.length).toBeLessThan(WARM_UP_TEXTS.length)
    for (const text of WARM_UP_TEXTS) same(text)
  })

  it('on every fixture and example file', () => {
    const files = ['__tests__/fixtures', 'examples'].flatMap((dir) =>
      readdirSync(join(REPO, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.py'))
        .map((name) => join(REPO, dir, name)),
    )
    expect(files.length).toBeGreaterThan(15)
    for (const file of files) {
      const bytes = readFileSync(file)
      expect({ file, facts: fast.extract(bytes) }).toEqual({ file, facts: full.extract(bytes) })
    }
  })
})
