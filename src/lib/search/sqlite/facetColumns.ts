/**
 * The facet values of every cached row packed into typed arrays indexed by rowid, so counting
 * facets over tens of thousands of matches reads a few sequential numbers per row instead of
 * chasing a row object and its arrays through the heap (that was most of a large text query).
 *
 * `packed[rowid]`: kind (bits 0–3), free (4), walk-in (5), weekdays (6–12), parts of the day
 * (13–15), accessibility (16–20), ladder rungs (21–26), "more themes" (27), "more areas" (28).
 * Up to SLOTS theme and area codes sit in `themes` / `areas` (−1 = empty); a row with more
 * sets its "more" bit and the rest is read from the row object.
 */
export const SLOTS = 4
export const MORE_THEMES = 1 << 27
export const MORE_AREAS = 1 << 28

export interface PackableRow {
  kindIndex: number
  free: number
  walkIn: number
  weekdays: number
  parts: number
  access: number
  rungs: number
}

export const pack = (r: PackableRow): number =>
  ((r.kindIndex & 15) |
    ((r.free & 1) << 4) |
    ((r.walkIn & 1) << 5) |
    ((r.weekdays & 127) << 6) |
    ((r.parts & 7) << 13) |
    ((r.access & 31) << 16) |
    ((r.rungs & 63) << 21)) >>>
  0

export class FacetColumns {
  packed = new Uint32Array(1024)
  themes = new Int32Array(1024 * SLOTS).fill(-1)
  areas = new Int32Array(1024 * SLOTS).fill(-1)

  private ensure(rowid: number) {
    if (rowid < this.packed.length) return
    let size = this.packed.length
    while (size <= rowid) size *= 2
    const packed = new Uint32Array(size)
    packed.set(this.packed)
    const themes = new Int32Array(size * SLOTS).fill(-1)
    themes.set(this.themes)
    const areas = new Int32Array(size * SLOTS).fill(-1)
    areas.set(this.areas)
    this.packed = packed
    this.themes = themes
    this.areas = areas
  }

  set(rowid: number, row: PackableRow) {
    this.ensure(rowid)
    this.packed[rowid] = pack(row)
    this.themes.fill(-1, rowid * SLOTS, rowid * SLOTS + SLOTS)
    this.areas.fill(-1, rowid * SLOTS, rowid * SLOTS + SLOTS)
  }

  clear(rowid: number) {
    if (rowid >= this.packed.length) return
    this.packed[rowid] = 0
    this.themes.fill(-1, rowid * SLOTS, rowid * SLOTS + SLOTS)
    this.areas.fill(-1, rowid * SLOTS, rowid * SLOTS + SLOTS)
  }

  /** Adds a theme or area code to the row's slots (or marks that it has more). */
  addCode(rowid: number, facet: 'theme' | 'area', code: number) {
    const slots = facet === 'theme' ? this.themes : this.areas
    const base = rowid * SLOTS
    for (let k = 0; k < SLOTS; k++) {
      if (slots[base + k] === -1) {
        slots[base + k] = code
        return
      }
    }
    this.packed[rowid]! |= facet === 'theme' ? MORE_THEMES : MORE_AREAS
  }
}
