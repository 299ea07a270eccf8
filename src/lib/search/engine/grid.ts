import { type BoundingBox, boxHolds } from '../geo'
import { bitsToIds, bitWords } from './bitset'
import { zeroedUint32 } from './scratch'
import type { TypedColumns } from './typedColumns'

/** A cell's side in degrees (about 5.5 km north–south, 3.4 km east–west in the Netherlands). */
const CELL = 0.05
/** A box spanning more cells than this is answered by a pass over every listing instead. */
const MAX_CELLS = 20_000

/** One cell's ids, ascending (ids only ever grow), in a list grown by half. */
class Cell {
  ids = new Int32Array(4)
  n = 0

  push(id: number) {
    if (this.n === this.ids.length) {
      const ids = new Int32Array(this.n + (this.n >>> 1) + 4)
      ids.set(this.ids)
      this.ids = ids
    }
    this.ids[this.n++] = id
  }
}

const cellOf = (degrees: number) => Math.floor(degrees / CELL)
/** Cells keyed by row and column in one number (rows and columns are within ±3,600). */
const cellKey = (row: number, col: number) => (row + 4096) * 8192 + (col + 4096)

/**
 * The listings' locations in a grid of cells, so a search near a place looks only at the
 * listings in the cells its radius's box touches instead of at every listing (at a million
 * listings that pass was most of such a search). Ids only ever grow — a changed listing gets a
 * new id and its old one loses its location (NaN) — so the grid is extended with the ids added
 * since, and every candidate is tested against the box with its current location.
 */
export class SpatialGrid {
  private readonly cells = new Map<number, Cell>()
  /** The ids below this are in the grid. */
  private indexed = 0

  constructor(private readonly columns: TypedColumns) {}

  /** Adds the ids from the last one added up to `capacity` (those with a location). */
  private extend(capacity: number) {
    const { lat, lon } = this.columns
    for (let id = this.indexed; id < capacity; id++) {
      const la = lat[id]!
      if (Number.isNaN(la)) continue
      const key = cellKey(cellOf(la), cellOf(lon[id]!))
      let cell = this.cells.get(key)
      if (!cell) this.cells.set(key, (cell = new Cell()))
      cell.push(id)
    }
    this.indexed = Math.max(this.indexed, capacity)
  }

  /**
   * The cells the box touches, once the grid holds every id below `capacity`, with how many
   * listings they hold (an upper bound of those in the box); null when the box spans so many
   * cells that a pass over every listing is as good.
   */
  cellsIn(box: BoundingBox, capacity: number): CellsInBox | null {
    this.extend(capacity)
    const [r0, r1, c0, c1] = [
      cellOf(box.minLat),
      cellOf(box.maxLat),
      cellOf(box.minLon),
      cellOf(box.maxLon),
    ]
    if ((r1 - r0 + 1) * (c1 - c0 + 1) > MAX_CELLS) return null
    const cells: Cell[] = []
    let listings = 0
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = this.cells.get(cellKey(r, c))
        if (!cell) continue
        cells.push(cell)
        listings += cell.n
      }
    }
    return { box, cells, listings }
  }

  /**
   * Writes the ids below `capacity` in these cells whose location is in the box into `out`,
   * ascending, and returns how many; `keep` may leave some out (a text's matches).
   */
  collect(
    { box, cells }: CellsInBox,
    capacity: number,
    out: Int32Array,
    keep?: (id: number) => boolean,
  ): number {
    const { lat, lon } = this.columns
    // Cells are ascending each; a bitset merges them in id order.
    const bits = zeroedUint32('grid.bits', bitWords(capacity - 1))
    for (const { ids, n } of cells) {
      for (let i = 0; i < n; i++) {
        const id = ids[i]!
        if (boxHolds(box, lat[id]!, lon[id]!) && (!keep || keep(id)))
          bits[id >>> 5]! |= 1 << (id & 31)
      }
    }
    return bitsToIds(bits, out, capacity)
  }
}

/** The cells of the grid a radius's box touches. */
export interface CellsInBox {
  box: BoundingBox
  cells: Cell[]
  /** How many listings the cells hold (more than are in the box). */
  listings: number
}

const grids = new WeakMap<TypedColumns, SpatialGrid>()

/** The grid over these columns (a full load makes new columns, and so a new grid). */
export const gridOf = (columns: TypedColumns): SpatialGrid => {
  let grid = grids.get(columns)
  if (!grid) grids.set(columns, (grid = new SpatialGrid(columns)))
  return grid
}
