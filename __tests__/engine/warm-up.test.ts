import { describe, expect, it, jest } from '@jest/globals'
import { PythonAdapter } from '../../src/languages/python/adapter.js'
import { PythonExtractor } from '../../src/languages/python/extract.js'
import { WARM_UP_FROM, WARM_UP_TEXTS } from '../../src/languages/python/warm-up.js'

/** How many texts the adapter's extractor reads while it starts, told it will extract `files` files. */
async function textsReadAtInit(files: number | undefined): Promise<number> {
  const spy = jest.spyOn(PythonExtractor.prototype, 'extractText')
  try {
    await new PythonAdapter('fast').init(files)
    return spy.mock.calls.length
  } finally {
    spy.mockRestore()
  }
}

describe('the Python warm-up', () => {
  it('runs before a large batch, or one of unknown size (a worker thread), and not before a few files', async () => {
    expect(await textsReadAtInit(undefined)).toBe(WARM_UP_TEXTS.length)
    expect(await textsReadAtInit(WARM_UP_FROM)).toBe(WARM_UP_TEXTS.length)
    expect(await textsReadAtInit(10)).toBe(0)
  })
})
