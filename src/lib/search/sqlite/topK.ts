/**
 * The first `k` items of `items` in `compare` order, without sorting all of them: a sorted
 * buffer of k that only takes items better than its worst. Far cheaper than a full sort when
 * k (the end of the requested page) is small next to the result.
 */
export const topK = <T>(items: T[], k: number, compare: (a: T, b: T) => number): T[] => {
  if (k <= 0) return []
  if (items.length <= k * 4) return items.sort(compare).slice(0, k)
  const best: T[] = []
  for (const item of items) {
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
