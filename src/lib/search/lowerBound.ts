/** The first index of a sorted list whose value is not below `key` (the list's length when none): one binary search. */
export const lowerBound = <T extends string | number>(sorted: ArrayLike<T>, key: T): number => {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}
