/**
 * The order a picture's files are drawn in, so that any prefix of it is a fair sample of every ring:
 * the changed files and ring 1 first, then each ring's files interleaved by their rank within the
 * ring (the ones with the most files downstream first). The viewer's moving frame draws a prefix of
 * it, and so does the still card where there are more links than it draws: the shape of every shell
 * stays, only thinner, and the hubs the story runs through stay. `rings` and `downstream` by file id.
 */
export function drawOrder(rings: ArrayLike<number>, downstream: ArrayLike<number>, ids: readonly number[]): number[] {
  const byRing = new Map<number, number[]>()
  for (const id of ids) {
    const members = byRing.get(rings[id]!)
    if (members) members.push(id)
    else byRing.set(rings[id]!, [id])
  }
  const share = new Map<number, number>()
  for (const [ring, members] of byRing) {
    members.sort((a, b) => downstream[b]! - downstream[a]! || a - b)
    members.forEach((id, rank) => share.set(id, ring === 0 || ring === 1 ? -1 : (rank + 0.5) / members.length))
  }
  return [...ids].sort((a, b) => share.get(a)! - share.get(b)! || rings[a]! - rings[b]! || a - b)
}
