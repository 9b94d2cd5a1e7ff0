import { it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { analyzeChange } from '../../src/change/analyze-change.js'
import { buildGraph } from '../../src/graph/build-graph.js'
import { renderComment } from '../../src/report/comment.js'
import { reportFacts } from '../../src/report/report-facts.js'
it('probe', async () => {
  const graph = await buildGraph(process.env.HOME + '/.cache/blast-radius-corpora/django-4.2.28')
  const analysis = analyzeChange(graph, [{ path: 'django/dispatch/dispatcher.py', status: 'modified' }])
  const body = renderComment(reportFacts({ analysis, workingDirectory: '.', version: '0.1.0', analysisMs: 2000, now: new Date(), headSha: '0123456789abcdef0123456789abcdef01234567', repoUrl: 'https://github.com/django/django' }))
  writeFileSync('/tmp/django-comment.md', body)
}, 120000)
