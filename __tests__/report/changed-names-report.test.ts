import { expect, test } from '@jest/globals'
import { analyzeRepository } from '../../src/change/analyze-repository.js'
import type { ChangedFile } from '../../src/core/model.js'
import { renderComment } from '../../src/report/comment.js'
import { reportFacts } from '../../src/report/report-facts.js'
import { makeRepo } from '../helpers/fixture-repo.js'
import { FIXED_NOW } from '../fixtures/report/graphs.js'

// The names a change touches, under the table: where nothing imports the changed file there is nothing
// to narrow, and the table already says 0.

const FILES = {
  'app/__init__.py': '',
  'app/text.py': 'def slug(s):\n    return s\n',
  'app/views.py': 'from app.text import slug\n\nslug("a")\n',
  'tests/test_text.py': 'def test_one():\n    pass\n',
}

async function bodyOf(changes: ChangedFile[]): Promise<string> {
  const analysis = await analyzeRepository(await makeRepo(FILES), changes)
  return renderComment(reportFacts({ analysis, workingDirectory: '.', version: '0.1.0', analysisMs: 1, now: FIXED_NOW }))
}

test('a changed file nothing imports: its names, and no narrowed radius of nothing', async () => {
  const body = await bodyOf([{ path: 'tests/test_text.py', status: 'modified', hunks: [{ start: 1, count: 2, removed: [] }] }])
  expect(body).toContain('- Names changed in `tests/test_text.py`: `test_one`\n')
  expect(body).not.toContain('0 files import it')
  expect(body).not.toContain('Narrowed to the changed names')
})

test('a changed file with importers: who uses the names, and the narrowed radius beside the file-level one', async () => {
  const body = await bodyOf([{ path: 'app/text.py', status: 'modified', hunks: [{ start: 2, count: 1, removed: [] }] }])
  expect(body).toContain(
    '- Names changed in `app/text.py`: `slug`; 1 file imports it; 1 uses the changed names → 1 file in the narrowed radius',
  )
  expect(body).toContain('Narrowed to the changed names: 1 file, of 1 at file level; the figures stay file-level (precision: files).')
})
