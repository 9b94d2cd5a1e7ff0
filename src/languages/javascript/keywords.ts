/**
 * JavaScript's keywords (reserved and contextual) and TypeScript's modifiers: the words that another name may stand next to
 * on a line (`export declare abstract class A`, `import type T`, `for (const x of y)`), which the pre-scan needs (scan.ts),
 * and that a plain statement never binds (plain-statements.ts).
 */
export const KEYWORDS: readonly string[] = (
  'break case catch class const continue debugger default delete do else enum export extends finally for function if import in ' +
  'instanceof new return switch throw try typeof var void while with yield let static implements interface package private ' +
  'protected public await async get set of from as type namespace module declare abstract readonly keyof infer is asserts ' +
  'unique satisfies accessor out override global using'
).split(' ')

/**
 * Words a plain statement never binds either: the reserved words that are values (`true`, `null`, `this`, `super`), which no
 * name stands next to, and the words of an import's phase or attributes (`import defer * as n`, `import source s from 'x'`,
 * `assert { … }`), which the pre-scan does not count as keywords, so that `import source s` goes to the full parse.
 */
export const NON_BINDING_WORDS: readonly string[] = ['false', 'null', 'super', 'this', 'true', 'defer', 'assert', 'source']
