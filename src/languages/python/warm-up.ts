import type { PythonExtractor } from './extract.js'

/**
 * Small texts that take the fast path (scan.ts, plain-imports.ts, name-reads.ts, the small parse) through every kind of
 * token, header and statement and every way a scan ends, trouble included.
 *
 * Why: V8 compiles the scan's loops after a few thousand lines of real files; a branch that has not run by then has no type
 * feedback, and meeting it later throws the compiled code away. In a cold pass over Django's 2,761 files the scan's three
 * functions were compiled again 8 times (2 after this warm-up, of ~20 ms), the pass taking 2.6–3.0 s against 1.8–2.1
 * (load 7.5–9.6). The results are not used: extraction is a pure function of the text.
 */
const TEXTS = [
  '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n"""Doc\nstring."""\nimport os, sys as system\nfrom . import a\nfrom ..b.c import (d,\n    e as f,  # why\n)\n',
  'from __future__ import annotations\nimport a.b; import c\nx = 1; y = 2\n__all__ = ["a", \'b\']\n__all__ += ("c",)\nINSTALLED_APPS = [\n    "a.b",\n]\nMIDDLEWARE += ["m"]\n',
  'if TYPE_CHECKING:\n    import t\nelif typing.TYPE_CHECKING: import u\nelse:\n    pass\n',
  'def f(a, b=(1, 2), *c, **d) -> "T":\n\tif a: return b\n\tm = importlib.import_module("x.y")\n\tn = __import__(\'z\')\n\treturn import_module(name)\n',
  'async def g():\n    async with a as b:\n        await c\n    async for d in e:\n        pass\nasync_value = 1\n',
  'class K(Base):\n    @property\n    @other.dec(1)\n    def p(self): return self.__name__\n    x: int = 0x1F + 0o7 + 0b1 + 1_000 + 1e-5 + 1.5j + .5 + 2.0\n',
  'try:\n    import a\nexcept (ImportError, ValueError) as e:\n    import b\nelse:\n    import c\nfinally:\n    import d\n',
  'for i in range(3):\n    while i:\n        with open(p) as f, open(q):\n            i -= 1\n    else:\n        break\n',
  'match v:\n    case [1, 2]:\n        import a\n    case {"k": _}:\n        pass\nmatch = 3\n',
  's = f"{a!r:>10} {{b}}" + rf\'c\' + b"d" + u\'e\' + r"\\d" + \'\'\'x\\\'y\'\'\' + """y""" + "z\\"q"\nt = (a := 1)\nu = a if b else \\\n    c\n',
  '\f\nx = é + ñ\n    \n# comment\nif x:  # c\n    pass\n',
  // Read after V8 has given the per-file functions their feedback (from their ninth call or so): the rarer branches, a text
  // ending on a name, a comment after one, a file without strings, one without imports.
  'import os.path as p, sys\nfrom a import (b as c)\ntry: import d\nexcept ImportError: import e\nexcept ValueError:\n    pass\nx = p  # c\ny = p . sep\np',
  'import a\na.b\nx = f"{a}"\n',
  'import é\né.x\n',
  'x = 1\n',
  'import a\n1syntax_error\n',
  'x = "oops\n',
  'x = (1,\n',
  'x = 1 +\n',
  'import a\n    import b\n',
  'def f():\n',
  'else:\n    pass\n',
  'x = $\n',
  'y = »\n',
]

/**
 * From how many files to extract the warm-up pays. Cold, one process, Django's files spread evenly, CPU of init and
 * extraction with the warm-up against without (three each, load 4–9): 10 files 75–95 against 30 ms, 100 files 111–201
 * against 159–189, 300 files 294–345 against 361–378, 1,000 files 443–501 against 519–588. A warm run that extracts a
 * few changed files has no use for it; 200 is a choice between 100 and 300, not a measured break-even.
 */
export const WARM_UP_FROM = 200

/** Reads `TEXTS` with the extractor: once per process (or thread), before the first of `files` files (unknown: many). */
export function warmUp(extractor: PythonExtractor, files?: number): void {
  if (files !== undefined && files < WARM_UP_FROM) return
  for (const text of TEXTS) extractor.extractText(text)
}

/** The texts, for the test that holds them to both outcomes of a scan and to the full parse. */
export const WARM_UP_TEXTS: readonly string[] = TEXTS
