/**
 * What filtering, facet counts and sorting read of every cached row, in typed arrays indexed
 * by rowid. A query's pass over tens of thousands of matches then reads a few numbers per row
 * from flat memory instead of chasing row objects through the heap (that was most of a large
 * text query); row objects are only touched for the page.
 *
 * `packed[rowid]`: kind (bits 0–3), free (4), walk-in (5), weekdays (6–12), parts of the day
 * (13–15), accessibility (16–20), ladder rungs (21–26), "more themes" (27), "more areas" (28),
 * present (29). The first THEME_SLOTS theme and AREA_SLOTS area codes of a row sit in `themes` / `areas`, each
 * stored plus one in 16 bits (0 = empty slot, so counting can add to bin 0 instead of testing); a
 * row with more sets its "more" bit and the rest is read from the row object.
 *
 * `extra[rowid]`: what helps (bits 0–4, HELP_FACETS) and the age bands the row's age range fits
 * (bits 5–9, AGE_BANDS), so an age band is one bit test like the other facets.
 */
import { ageBandBits } from './bits'

export const THEME_SLOTS = 6
export const AREA_SLOTS = 4
export const FREE = 1 << 4
export const WALK_IN = 1 << 5
export const MORE_THEMES = 1 << 27
export const MORE_AREAS = 1 << 28
export const PRESENT = 1 << 29
/** Slots are 16 bits (half the memory a pass over them reads): codes up to 65,534 fit. */
const MAX_SLOT_VALUE = 0xffff
/** Stand-ins for "no lower / upper age limit". */
export const NO_MIN_AGE = -32768
export const NO_MAX_AGE = 32767
export const HELP_MASK = 31
export const BANDS_SHIFT = 5

export interface ColumnRow {
  kindIndex: number
  free: number
  walkIn: number
  weekdays: number
  parts: number
  access: number
  rungs: number
  help: number
  ageMin: number | null
  ageMax: number | null
  lat: number | null
  lon: number | null
  next: string | null
  until: string | null
  titleWords: readonly string[]
}

const pack = (r: ColumnRow): number =>
  ((r.kindIndex & 15) |
    ((r.free & 1) << 4) |
    ((r.walkIn & 1) << 5) |
    ((r.weekdays & 127) << 6) |
    ((r.parts & 7) << 13) |
    ((r.access & 31) << 16) |
    ((r.rungs & 63) << 21) |
    PRESENT) >>>
  0

/** The next start as a number that sorts like the ISO string (none: last). */
const nextTime = (next: string | null): number => {
  const t = next ? Date.parse(next) : NaN
  return Number.isNaN(t) ? Infinity : t
}

type Typed = Uint32Array | Int32Array | Uint16Array | Int16Array | Uint8Array | Float64Array
const grown = <T extends Typed>(old: T, size: number, fill: number): T => {
  const next = new (old.constructor as new (n: number) => T)(size)
  if (fill !== 0) next.fill(fill)
  next.set(old)
  return next
}

export class TypedColumns {
  packed = new Uint32Array(1024)
  extra = new Uint16Array(1024)
  themes = new Uint16Array(1024 * THEME_SLOTS)
  areas = new Uint16Array(1024 * AREA_SLOTS)
  ageMin = new Int16Array(1024)
  ageMax = new Int16Array(1024)
  lat = new Float64Array(1024).fill(NaN)
  lon = new Float64Array(1024).fill(NaN)
  next = new Float64Array(1024).fill(Infinity)
  /** Until when the public may see the row (ms; Infinity: no limit). */
  until = new Float64Array(1024).fill(Infinity)
  /** Number of title words (capped at 255): shorter titles rank first within the title tier. */
  titleLength = new Uint8Array(1024)

  private ensure(rowid: number) {
    if (rowid < this.packed.length) return
    let size = this.packed.length
    while (size <= rowid) size *= 2
    this.packed = grown(this.packed, size, 0)
    this.extra = grown(this.extra, size, 0)
    this.themes = grown(this.themes, size * THEME_SLOTS, 0)
    this.areas = grown(this.areas, size * AREA_SLOTS, 0)
    this.ageMin = grown(this.ageMin, size, 0)
    this.ageMax = grown(this.ageMax, size, 0)
    this.lat = grown(this.lat, size, NaN)
    this.lon = grown(this.lon, size, NaN)
    this.next = grown(this.next, size, Infinity)
    this.until = grown(this.until, size, Infinity)
    this.titleLength = grown(this.titleLength, size, 0)
  }

  set(rowid: number, row: ColumnRow) {
    this.ensure(rowid)
    this.packed[rowid] = pack(row)
    this.extra[rowid] =
      (row.help & HELP_MASK) | (ageBandBits(row.ageMin, row.ageMax) << BANDS_SHIFT)
    this.themes.fill(0, rowid * THEME_SLOTS, (rowid + 1) * THEME_SLOTS)
    this.areas.fill(0, rowid * AREA_SLOTS, (rowid + 1) * AREA_SLOTS)
    this.ageMin[rowid] =
      row.ageMin === null ? NO_MIN_AGE : Math.max(NO_MIN_AGE, Math.min(NO_MAX_AGE, row.ageMin))
    this.ageMax[rowid] =
      row.ageMax === null ? NO_MAX_AGE : Math.max(NO_MIN_AGE, Math.min(NO_MAX_AGE, row.ageMax))
    this.lat[rowid] = row.lat ?? NaN
    this.lon[rowid] = row.lon ?? NaN
    this.next[rowid] = nextTime(row.next)
    this.until[rowid] = nextTime(row.until)
    this.titleLength[rowid] = Math.min(255, row.titleWords.length)
  }

  clear(rowid: number) {
    if (rowid >= this.packed.length) return
    this.packed[rowid] = 0
    this.extra[rowid] = 0
    this.themes.fill(0, rowid * THEME_SLOTS, (rowid + 1) * THEME_SLOTS)
    this.areas.fill(0, rowid * AREA_SLOTS, (rowid + 1) * AREA_SLOTS)
    this.lat[rowid] = NaN
    this.lon[rowid] = NaN
    this.next[rowid] = Infinity
  }

  /**
   * Adds a theme or area code to the row's slots; returns false (and marks that the row has
   * more) when the slots are full or the code does not fit 16 bits: the caller keeps it aside.
   */
  addCode(rowid: number, facet: 'theme' | 'area', code: number): boolean {
    const slots = facet === 'theme' ? this.themes : this.areas
    const width = facet === 'theme' ? THEME_SLOTS : AREA_SLOTS
    const base = rowid * width
    for (let k = 0; k < width && code + 1 <= MAX_SLOT_VALUE; k++) {
      if (slots[base + k] === 0) {
        slots[base + k] = code + 1
        return true
      }
    }
    this.packed[rowid]! |= facet === 'theme' ? MORE_THEMES : MORE_AREAS
    return false
  }
}
