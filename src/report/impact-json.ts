import type { Impact } from '../impact/blast-radius.js'

export const IMPACT_SCHEMA = 'blast-radius/impact@1'

/** The `impact --json` document of CONTRACTS.md §2. */
export function impactJson(impact: Impact) {
  return {
    schema: IMPACT_SCHEMA,
    changed: impact.changed.map(({ path, direct, total, rings }) => ({ path, direct, total, rings })),
    affected: {
      total: impact.affected.total,
      files: impact.affected.files.map(({ path, ring, via }) => ({ path, ring, via })),
    },
  }
}
