/**
 * The first `k` of the positions 0 … count−1 in `compare` order, without sorting all of them:
 * a sorted buffer of k that only takes positions better than its worst. Far cheaper than a
 * full sort when k (the end of the requested page) is small next to the result.
 */
export const topK = (
  count: number,
  k: number,
  compare: (a: number, b: number) => number,
): number[] => {
  if (k <= 0 || count <= 0) return []
  if (count <= k * 4)
    return Array.from({ length: count }, (_, i) => i)
      .sort(compare)
      .slice(0, k)
  const best: number[] = []
  for (let item = 0; item < count; item++) {
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue
    let lo = 0
    let hi = best.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compare(best[mid]!, item) <= 0) lo = mid + 1
      else hi = mid
    }
    best.splice(lo, 0, item)
    if (best.length > k) best.pop()
  }
  return best
}
