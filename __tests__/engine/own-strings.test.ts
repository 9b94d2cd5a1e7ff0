import { beforeAll, describe, expect, it } from '@jest/globals'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { Parser } from 'web-tree-sitter'
import { PythonExtractor, type ExtractionPath } from '../../src/languages/python/extract.js'
import { pythonParser } from '../../src/languages/python/parser.js'

let parser: Parser
beforeAll(async () => {
  parser = await pythonParser()
})

/** A full collection, made callable in this process (jest runs without --expose-gc). */
function collect(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

/** A file of `size` characters whose every kind of fact holds a name of 13 or more (V8 slices those, rather than copy). */
function bigFile(size: number, tag: number): string {
  const head = [
    `import package_number_${tag}.module_with_a_long_name as alias_with_a_long_name`,
    `from package_number_${tag}.another_long_module import (name_long_enough_${tag}, other_long_enough as renamed_long_enough)`,
    `m = importlib.import_module("dynamic_module_${tag}.with_long_name")`,
    `INSTALLED_APPS = ["installed_application_${tag}.apps"]`,
    `__all__ = ["exported_long_name_${tag}"]`,
    `alias_with_a_long_name.attribute_long_enough.again_long_enough()`,
    `name_long_enough_${tag}.one_attribute_long`,
    '',
  ].join('\n')
  return head + `# ${'x'.repeat(size - head.length - 3)}\n`
}

describe('the facts own their strings', () => {
  it.each<ExtractionPath>(['fast', 'full'])('keeps no file text alive through a name cut from it (%s path)', (path) => {
    const extractor = new PythonExtractor(parser, path)
    const size = 4_000_000
    const facts = []
    collect()
    const before = process.memoryUsage().heapUsed
    for (let tag = 0; tag < 8; tag++) facts.push(extractor.extractText(bigFile(size, tag)))
    collect()
    const kept = process.memoryUsage().heapUsed - before
    // Eight texts of 4 MB: a fact holding a slice of each kept 32 MB; the facts themselves are a few KB (the last text may
    // stay alive as the last subject of a regular expression).
    expect(kept).toBeLessThan(2 * size)
    expect(facts[3]!.imports.map((i) => i.module)).toEqual([
      'package_number_3.module_with_a_long_name',
      'package_number_3.another_long_module',
    ])
    expect(facts[3]!.reads.map((r) => [r.name, ...r.attributes])).toEqual([
      ['alias_with_a_long_name', 'attribute_long_enough.again_long_enough'],
      ['name_long_enough_3', 'one_attribute_long'],
    ])
    expect(facts[3]!.dynamic[0]!.specifier).toBe('dynamic_module_3.with_long_name')
    expect(facts[3]!.settings[0]!.specifier).toBe('installed_application_3.apps')
    expect(facts[3]!.exports).toEqual(['exported_long_name_3'])
  })
})
