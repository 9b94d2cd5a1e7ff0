import { describe, expect, it } from '@jest/globals'
import { pythonParser } from '../../src/languages/python/parser.js'
import { isPathFacts, readPathFacts } from '../../src/languages/python/path-facts.js'

const read = async (text: string, path = 'x/m.py') => readPathFacts(text, await pythonParser(), path)

describe('sys.path edits built from __file__', () => {
  it('os.path: dirname, abspath, realpath, join with .. and literals, through module-level names', async () => {
    const facts = await read(
      [
        'import os, sys',
        'HERE = os.path.dirname(os.path.abspath(__file__))',
        'sys.path.insert(0, os.path.join(HERE, "..", "lib"))',
        'sys.path.append(os.path.realpath(os.path.dirname(os.path.dirname(__file__))))',
        'sys.path.insert(0, os.path.join(os.path.dirname(__file__), "a/b"))',
      ].join('\n'),
    )
    expect(facts.pathEdits).toEqual(['../lib', '..', 'a/b'])
  })

  it('pathlib: parent, parents[n], resolve(), / and str()', async () => {
    const facts = await read(
      [
        'import sys',
        'from pathlib import Path',
        'ROOT = Path(__file__).resolve().parents[1]',
        'sys.path.insert(0, str(ROOT / "src"))',
        'sys.path.append(str(Path(__file__).parent))',
      ].join('\n'),
    )
    expect(facts.pathEdits).toEqual(['../src', ''])
  })

  it('only at module level (if/try blocks too), and only paths built from __file__', async () => {
    const facts = await read(
      [
        'import os, sys',
        'try:',
        '    sys.path.insert(0, os.path.dirname(__file__))',
        'except Exception:',
        '    pass',
        'def later():',
        '    sys.path.insert(0, "/abs")',
        'sys.path.insert(0, os.getcwd())',
        'sys.path.append("relative/to/cwd")',
      ].join('\n'),
    )
    expect(facts.pathEdits).toEqual([''])
  })
})

describe('programs and pkgutil namespace packages', () => {
  it('a #! line or a module-level `if __name__ == "__main__":` is a program; inside a function it is not', async () => {
    expect(await read('#!/usr/bin/env python\nprint(1)\n')).toEqual({ program: true })
    expect(await read('if "__main__" == __name__:\n    main()\n')).toEqual({ program: true })
    expect(await read('def f():\n    if __name__ == "__main__":\n        pass\n')).toEqual({})
  })

  it('an __init__ calling pkgutil.extend_path or declare_namespace extends its path', async () => {
    expect(await read('__path__ = __import__("pkgutil").extend_path(__path__, __name__)\n', 'ns/__init__.py')).toEqual({
      extendsPath: true,
    })
    expect(await read('__import__("pkg_resources").declare_namespace(__name__)\n', 'ns/__init__.py')).toEqual({ extendsPath: true })
    expect(await read('__path__ = __import__("pkgutil").extend_path(__path__, __name__)\n', 'ns/other.py')).toEqual({})
  })
})

describe('the search that spares most files a parse reads what the tree reads', () => {
  // Each text once through the search (fast) and once parsed whole (full): the same facts, found or not.
  it.each([
    ['a main test with a line continuation', 'if __name__ \\\n    == "__main__":\n    main()\n', { program: true }],
    ['a main test in parentheses and comments', 'if (\n  (__name__)  # the module\n  == ("__main__")\n):\n    main()\n', { program: true }],
    ['a comparison that is not the main test', 'if __name__ == "__main__" == x:\n    main()\nif __name__ != "__main__":\n    pass\n', {}],
    ['a concatenated "__main__"', 'if __name__ == "__ma" "in__":\n    main()\n', { program: true }],
    [
      'a sys.path edit with blanks in the callee',
      'import os, sys\nsys . path . insert(0, os.path.dirname(__file__))\n',
      { pathEdits: [''] },
    ],
    ['__name__ only in a logger and a class name', 'import logging\nlog = logging.getLogger(__name__)\nn = int.__name__\n', {}],
    [
      '__name__ compared only as an attribute',
      'if cls.__name__ == "__main__":\n    pass\nif type(x).__name__ == "__main__":\n    pass\n',
      {},
    ],
    [
      'a main test after an attribute compared',
      'if cls.__name__ == "x":\n    pass\nif __name__ == "__main__":\n    main()\n',
      { program: true },
    ],
    ['a mention of sys.path that edits nothing', 'import sys\nprint(sys.path)\n', {}],
  ])('%s', async (_, text, facts) => {
    const parser = await pythonParser()
    expect(readPathFacts(text, parser, 'x/m.py', 'full')).toEqual(facts)
    expect(readPathFacts(text, parser, 'x/m.py', 'fast')).toEqual(facts)
  })
})

describe('a literal setup.py, never run', () => {
  it('package_dir and find_packages(where=…, exclude=…), setuptools.setup, python_requires', async () => {
    const facts = await read(
      'import setuptools\nsetuptools.setup(package_dir={"": "src"}, packages=setuptools.find_packages(where="src", exclude=["tests"]), python_requires=">=3.9")\n',
      'setup.py',
    )
    expect(facts.setup).toEqual({
      project: true,
      pytest: false,
      problems: [],
      oldestPython: '3.9',
      roots: [{ dir: 'src', why: 'setup.py packages=find_packages()', namespaces: false, exclude: ['tests'] }],
    })
    expect(isPathFacts(facts)).toBe(true)
  })

  it('a package listed with its own folder; what is not a literal is said, not guessed', async () => {
    const listed = await read(
      'from setuptools import setup\nsetup(package_dir={"mypkg": "lib/mypkg"}, packages=["mypkg", "mypkg.sub"])\n',
      'setup.py',
    )
    expect(listed.setup?.roots).toEqual([{ dir: 'lib', why: 'setup.py package_dir', namespaces: true, include: ['mypkg'] }])
    const computed = await read('from setuptools import setup\nsetup(package_dir=get_dirs(), packages=discover())\n', 'setup.py')
    expect(computed.setup?.problems).toEqual([
      'setup.py package_dir is not a literal: not read',
      'setup.py packages is not a literal: not read',
    ])
    expect(computed.setup?.roots).toEqual([])
  })

  it('a cached value of another shape is not path facts', () => {
    expect(isPathFacts({ pathEdits: [1] })).toBe(false)
    expect(isPathFacts({ program: 'yes' })).toBe(false)
    expect(isPathFacts({ setup: { project: true, pytest: false, problems: [], roots: [{ dir: 1 }] } })).toBe(false)
    expect(isPathFacts({})).toBe(true)
  })
})
