import { it } from '@jest/globals'
import { importLines, resolveFixture, unresolvedLines } from './resolve-fixture.js'
for (const name of ['poetry-shape', 'airflow-shape', 'tests-init', 'setup-py-layout', 'pytest-pythonpath', 'namespace-sub', 'sys-path-script'])
  it(name, async () => {
    const r = await resolveFixture(name)
    console.log(name + '\n' + importLines(r).join('\n') + '\n--\n' + unresolvedLines(r).join('\n') + '\n--\n' + JSON.stringify(r.layout.projects.map((p) => [p.dir, p.fixture, p.roots.map((x) => x.dir + ':' + x.why), p.problems])))
  })
