import { beforeAll, describe, expect, it } from '@jest/globals'
import { PythonExtractor } from '../../src/languages/python/extract.js'
import { pythonParser } from '../../src/languages/python/parser.js'
import { graphOf } from '../helpers/fixture-repo.js'

// Modules named in strings, which Python or Django load by name: `string` edges (issue 17, item 4).
let fast: PythonExtractor
let full: PythonExtractor
beforeAll(async () => {
  const parser = await pythonParser()
  fast = new PythonExtractor(parser, 'fast')
  full = new PythonExtractor(parser, 'full')
})

/** `line:name` of each settings string, the same by both paths. */
function settings(source: string): string[] {
  const bytes = new TextEncoder().encode(source)
  const facts = full.extract(bytes)
  expect(fast.extract(bytes)).toEqual(facts)
  return facts.settings.map((s) => `${s.line}:${s.specifier}`)
}

describe('settings strings, read alike by the fast path and the full parse', () => {
  it.each([
    ['a list', 'INSTALLED_APPS = [\n    "shop.orders",\n    "django.contrib.admin",\n]\n', ['2:shop.orders', '3:django.contrib.admin']],
    ['a tuple, added to', 'MIDDLEWARE = ("a.b.C",)\nMIDDLEWARE += ("d.E",)\n', ['1:a.b.C', '2:d.E']],
    ['a plain string', "ROOT_URLCONF = 'site.urls'\n", ['1:site.urls']],
    ['*_BACKEND and *_BACKENDS', 'EMAIL_BACKEND = "m.Backend"\nAUTHENTICATION_BACKENDS = ["auth.B"]\n', ['1:m.Backend', '2:auth.B']],
    ['DEFAULT_AUTO_FIELD', 'DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"\n', ['1:django.db.models.BigAutoField']],
    ['*_APPS lists added up', 'LOCAL_APPS = ["me.users"]\nINSTALLED_APPS = DJANGO_APPS + LOCAL_APPS + ["x.y"]\n', ['1:me.users', '2:x.y']],
    ['annotated', 'INSTALLED_APPS: list[str] = ["a"]\n', ['1:a']],
    ['in a one-line body', 'if DEBUG: INSTALLED_APPS += ["debug_toolbar"]\n', ['1:debug_toolbar']],
    ['after a semicolon', 'x = 1; ROOT_URLCONF = "u"\n', ['1:u']],
    ['in a class body', 'class Settings:\n    INSTALLED_APPS = ["a.b"]\n', ['2:a.b']],
    ['other settings are not guessed at', 'TIME_ZONE = "Europe.Paris"\nSTATIC_URL = "a.b"\n', []],
    ['lower-case names are not settings', 'installed_apps = ["a"]\n', []],
    ['not a dotted name', 'ROOT_URLCONF = "a/b.py"\nMIDDLEWARE = ["", "a..b", f"x.{y}"]\n', []],
    ['a comparison is no assignment', 'if ROOT_URLCONF == "a": pass\n', []],
    ['a subscript is no assignment', 'INSTALLED_APPS[0] = "a"\n', []],
    ['a keyword argument is no assignment', 'f(ROOT_URLCONF="a")\n', []],
    ['the inner target of a chain is not read', 'a = ROOT_URLCONF = "u"\n', []],
    ['strings inside calls are not read', 'INSTALLED_APPS = list(["a"])\n', []],
  ])('%s', (_, source, expected) => {
    expect(settings(source)).toEqual(expected)
  })
})

describe('string edges', () => {
  it('settings and literal import_module/__import__ calls join the repository modules they name, as absolute imports', async () => {
    const graph = await graphOf({
      'proj/__init__.py': '',
      'proj/settings.py':
        'INSTALLED_APPS = ["shop.orders", "django.contrib.admin"]\nMIDDLEWARE = ["shop.middleware.Gate"]\nROOT_URLCONF = "proj.urls"\n',
      'proj/urls.py': '',
      'shop/__init__.py': '',
      'shop/orders/__init__.py': '',
      'shop/middleware.py': '',
      'shop/plugins.py': 'import importlib\n\ndef load():\n    return importlib.import_module("shop.middleware")\n',
      'loader.py': 'm = __import__("shop.orders")\nj = __import__("json")\nk = importlib.import_module(".rel", "shop")\n',
    })
    const edges = graph.edges.filter((e) => e.kind === 'string').map((e) => `${e.from}:${e.line} -> ${e.to}`)
    expect(edges.sort()).toEqual([
      'loader.py:1 -> shop/orders/__init__.py',
      'proj/settings.py:1 -> shop/orders/__init__.py',
      'proj/settings.py:2 -> shop/middleware.py',
      'proj/settings.py:3 -> proj/urls.py',
      'shop/plugins.py:4 -> shop/middleware.py',
    ])
    // What no file provides stays seen but not followed; what became an edge is no longer listed.
    expect(graph.dynamic.map((d) => `${d.from}:${d.specifier}`)).toEqual(['loader.py:json', 'loader.py:.rel'])
    expect(graph.kinds.find((k) => k.kind === 'string')).toMatchObject({ atLoad: false, meaning: expect.stringContaining('string') })
  })
})
