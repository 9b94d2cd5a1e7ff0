/** The module methods of jest's and vitest's mock objects that name a module (§5 Imports: `jest.mock('x')`). */
const JEST_METHODS = [
  'mock',
  'doMock',
  'unmock',
  'dontMock',
  'deepUnmock',
  'setMock',
  'requireActual',
  'requireMock',
  'createMockFromModule',
  'genMockFromModule',
]
const VI_METHODS = ['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock']

export const MOCK_METHODS: Readonly<Record<'jest' | 'vi', ReadonlySet<string>>> = { jest: new Set(JEST_METHODS), vi: new Set(VI_METHODS) }
/** Every method name of either. */
export const MOCK_METHOD_NAMES: ReadonlySet<string> = new Set([...JEST_METHODS, ...VI_METHODS])
