/**
 * Working arrays reused by every search instead of allocated anew. At a million listings one
 * search needed several megabytes of them (the candidates' ids alone are 4 MB); allocated per
 * search, that memory made the garbage collector run its long full collections every few
 * searches, which were most of the slow searches' time.
 *
 * A scratch array is valid only while the search that took it runs synchronously: whatever must
 * outlive the next `await` (a kept result, a page's ids) is copied out first. Each name has one
 * array, so two users that overlap in one synchronous stretch need different names.
 */
type Typed = Int32Array | Uint8Array | Uint32Array | Float64Array
type Kind<T extends Typed> = { new (length: number): T }

const pool = new Map<string, Typed>()

const take = <T extends Typed>(name: string, Type: Kind<T>, length: number): T => {
  let array = pool.get(name) as T | undefined
  if (!array || array.length < length || !(array instanceof Type)) {
    // Grown by a quarter beyond what is asked, so a slowly growing index does not reallocate each time.
    array = new Type(Math.ceil(length * 1.25) + 64)
    pool.set(name, array)
  }
  return array.subarray(0, length) as T
}

/** A scratch array of `length` entries; its contents are whatever the last user left. */
export const scratchInt32 = (name: string, length: number) => take(name, Int32Array, length)
export const scratchFloat64 = (name: string, length: number) => take(name, Float64Array, length)
export const scratchUint8 = (name: string, length: number) => take(name, Uint8Array, length)
/** A scratch array of `length` entries, all zero. */
export const zeroedUint32 = (name: string, length: number) =>
  take(name, Uint32Array, length).fill(0)
export const zeroedInt32 = (name: string, length: number) => take(name, Int32Array, length).fill(0)
