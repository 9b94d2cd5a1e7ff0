import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals'
import { GitHubStandIn } from './github-stand-in.js'
import { fixtureRepo, OWNER, removeDir, REPO, type FixtureRepo } from './fixtures.js'

/**
 * The hooks most action tests share: one fixture repository for the file, and for each test a
 * fresh GitHub stand-in that `prepare` fills (and that receives the repository, once it exists).
 */
export function fixtureHooks(token: string, prepare: (gh: GitHubStandIn, repo: FixtureRepo) => void): void {
  let repo: FixtureRepo
  let gh: GitHubStandIn
  beforeAll(() => {
    repo = fixtureRepo()
  })
  afterAll(() => removeDir(repo.dir))
  beforeEach(async () => {
    gh = await new GitHubStandIn(OWNER, REPO, token).start()
    prepare(gh, repo)
  })
  afterEach(() => gh.stop())
}
