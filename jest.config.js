// ESM TypeScript through ts-jest; tests sit in __tests__/ beside the code they specify.
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }] },
  // A time-out only catches a hang: on a loaded machine (CI beside other jobs, two cores shared) a test
  // that takes seconds alone can take minutes, and must not fail for it. No test sets a shorter one.
  testTimeout: 900_000,
}
