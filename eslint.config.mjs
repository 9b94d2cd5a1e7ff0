// Lint: typescript-eslint's strict, type-checked rules, over the sources, tests and scripts.
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '__tests__/fixtures/**', 'examples/**'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Counts and line numbers are written into messages all the time; anything else must be turned into text on purpose.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // With noUncheckedIndexedAccess every `array[id]` is `T | undefined`; the graph's walks index arrays by ids
      // that are in range by construction, and say so with `!` rather than a check that cannot fail.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Sparse arrays (rings filled by index) and the WASM parser's nodes are typed tighter than they behave
      // at run time: the checks this rule calls unnecessary are the ones that keep hostile input from crashing.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
)
