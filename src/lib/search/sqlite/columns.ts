import { foldedWords, foldText } from '../text'
import { LISTING_KINDS, type ListingKind } from '../types'
import { HitCache } from './hitCache'
import { Dictionary } from './dictionary'
import type { SqlExecutor } from './schema'
import { TitleIndex } from './titleIndex'
import { Vocabulary } from '../understand/vocabulary'
import { TypedColumns } from './typedColumns'

export { Dictionary }

export const KIND_INDEX = new Map<string, number>(LISTING_KINDS.map((k, i) => [k, i]))

/** What filtering, facets and sorting need of one indexed listing, kept in memory. */
export interface CachedRow {
  rowid: number
  kind: ListingKind
  /** Position of `kind` in LISTING_KINDS, for counting. */
  kindIndex: number
  title: string
  free: number
  walkIn: number
  ageMin: number | null
  ageMax: number | null
  weekdays: number
  parts: number
  access: number
  rungs: number
  lat: number | null
  lon: number | null
  next: string | null
  /** The title's words, folded: title matches are found here, not with a second FTS query. */
  titleWords: string[]
  /** Theme and area ids as small integers (see Dictionary); the first few are also in the columns. */
  themeCodes: number[]
  areaCodes: number[]
}

/** What filters and facet counts read: the columns, the dictionaries, and row objects for the rare overflow. */
export interface ColumnSource {
  themes: Dictionary
  areas: Dictionary
  columns: TypedColumns
  get(rowid: number): Pick<CachedRow, 'themeCodes' | 'areaCodes'> | undefined
}

type RawRow = [number, ListingKind, string, number, number, number | null, number | null, number, number, number, number, number | null, number | null, string | null]
const CHUNK = 20_000
/** How many catch-ups `changedSince` can look back over. */
const RECENT = 64

/**
 * The filter columns of the whole public index in memory (typed arrays of about 75 bytes a
 * listing, plus a small object per listing for the page), so
 * filters, facet counts and sorts over tens of thousands of matches cost microseconds instead
 * of a round trip per row. SQLite stays the truth: every index write logs the touched rows in
 * `search_changes` in its own transaction, and each search first applies what was committed
 * since (one indexed query when nothing changed). Works with several processes on one file.
 */
export class ColumnCache {
  /** Indexed by rowid (rowids are small dense integers): a lookup is an array access. */
  private readonly byRowid: (CachedRow | undefined)[] = []
  private count = 0
  private seq = -1
  readonly themes = new Dictionary()
  readonly areas = new Dictionary()
  /** What filters, counts and sorts read, again in typed arrays by rowid. */
  columns = new TypedColumns()
  /** Title words → rows, for the title tier of relevance. */
  titles = new TitleIndex()
  /** Every word of the index (title, summary, body) with how many rows hold it: for understanding queries. */
  readonly vocabulary = new Vocabulary()
  /** Recent (and prewarmed) texts' FTS5 matches, each stamped with the version it answers for. */
  readonly texts: HitCache
  /** The rows each recent catch-up applied (newest last), for bringing cached matches up to date. */
  private readonly recent: { from: number; to: number; rows: number[] }[] = []
  /** How many full loads there have been (each one empties `texts`). */
  loads = 0
  private syncing: Promise<void> | null = null

  constructor(
    private readonly sql: SqlExecutor,
    { textCacheSize = 256 }: { textCacheSize?: number } = {},
  ) {
    this.texts = new HitCache(textCacheSize)
  }

  get size(): number {
    return this.count
  }

  /** The last index write applied (its `search_changes` seq). */
  get version(): number {
    return this.seq
  }

  /**
   * The rowids written since `version` (deleted, changed or added), or null when that is not
   * known any more (a full reload since, or older than the last RECENT catch-ups).
   */
  changedSince(version: number): Set<number> | null {
    if (version === this.seq) return new Set()
    const first = this.recent.findIndex((r) => r.to > version)
    if (first < 0 || this.recent[first]!.from > version) return null
    const rows = new Set<number>()
    for (let i = first; i < this.recent.length; i++) for (const id of this.recent[i]!.rows) rows.add(id)
    return rows
  }

  get(rowid: number): CachedRow | undefined {
    return this.byRowid[rowid]
  }

  /** One more than the largest rowid the cache can hold (for per-query arrays by rowid). */
  get capacity(): number {
    return this.byRowid.length
  }

  private set(row: CachedRow) {
    const old = this.byRowid[row.rowid]
    if (old) this.titles.remove(row.rowid, old.titleWords)
    else this.count++
    this.byRowid[row.rowid] = row
    this.columns.set(row.rowid, row)
    this.titles.add(row.rowid, row.titleWords)
  }

  private delete(rowid: number) {
    const old = this.byRowid[rowid]
    if (old) {
      this.count--
      this.titles.remove(rowid, old.titleWords)
    }
    this.byRowid[rowid] = undefined
    this.columns.clear(rowid)
  }

  /** Brings the cache up to the last committed index write. */
  sync(): Promise<void> {
    this.syncing ??= this.catchUp().finally(() => (this.syncing = null))
    return this.syncing
  }

  private async catchUp() {
    const [{ s, lo } = { s: 0, lo: 0 }] = await this.sql.all<{ s: number | null; lo: number | null }>(
      'SELECT MAX(seq) AS s, MIN(seq) AS lo FROM search_changes',
    )
    const latest = Number(s ?? 0)
    if (latest === this.seq) return
    // Behind the pruned part of the log (see pruneSearchChanges): reload everything.
    if (this.seq < 0 || this.seq < Number(lo ?? 0) - 1) {
      await this.loadAll()
    } else {
      const changed = (await this.sql.all<{ doc: number }>('SELECT DISTINCT doc FROM search_changes WHERE seq > ? AND seq <= ?', [this.seq, latest])).map((r) => Number(r.doc))
      if (changed.includes(-1)) await this.loadAll()
      else {
        await this.load(changed)
        await this.addWords(changed)
        this.recent.push({ from: this.seq, to: latest, rows: changed })
        if (this.recent.length > RECENT) this.recent.shift()
      }
    }
    this.seq = latest
  }

  private async loadAll() {
    this.texts.clear()
    this.recent.length = 0
    this.loads++
    const [{ m } = { m: 0 }] = await this.sql.all<{ m: number | null }>('SELECT MAX(rowid) AS m FROM search_docs')
    const max = Number(m ?? 0)
    // Filled up front so the array stays a plain (fast) one rather than a sparse one.
    this.byRowid.length = 0
    for (let i = 0; i <= max; i++) this.byRowid.push(undefined)
    this.count = 0
    this.titles = new TitleIndex()
    this.columns = new TypedColumns()
    for (let from = 0; from < max; from += CHUNK) {
      await this.loadWhere('rowid > ? AND rowid <= ?', [from, from + CHUNK], 'doc > ? AND doc <= ?')
    }
    await this.loadVocabulary()
  }

  /** The index's words with their row counts, as FTS5 keeps them (one pass over its terms in SQLite). */
  private async loadVocabulary() {
    this.vocabulary.clear()
    try {
      await this.sql.run("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, 'search_fts', 'row')")
      const [found] = await this.sql.all<{ j: string | null }>('SELECT json_group_array(json_array(term, doc)) AS j FROM temp.search_vocab')
      for (const [term, docs] of JSON.parse(found?.j ?? '[]') as [string, number][]) this.vocabulary.add(term, docs)
    } catch {
      // Without it, queries are understood from the lexicon alone (no compounds or typos of index words).
    }
  }

  /** New words of rows written since: added (words of removed rows stay until the next full load). */
  private async addWords(rowids: number[]) {
    if (!rowids.length) return
    const [found] = await this.sql.all<{ j: string | null }>(
      "SELECT json_group_array(title || ' ' || summary || ' ' || body) AS j FROM search_fts WHERE rowid IN (SELECT value FROM json_each(?))",
      [JSON.stringify(rowids)],
    )
    for (const text of JSON.parse(found?.j ?? '[]') as string[]) this.vocabulary.addWords(foldedWords(foldText(text)))
  }

  private async load(rowids: number[]) {
    for (const id of rowids) this.delete(id)
    if (rowids.length) {
      const json = JSON.stringify(rowids)
      await this.loadWhere('rowid IN (SELECT value FROM json_each(?))', [json], 'doc IN (SELECT value FROM json_each(?))')
    }
  }

  /** One JSON string per chunk: far cheaper than a driver object per row. */
  private async loadWhere(docWhere: string, args: unknown[], termWhere: string) {
    const [docs] = await this.sql.all<{ j: string | null }>(
      `SELECT json_group_array(json_array(rowid, kind, title, free, walk_in, age_min, age_max, weekdays, parts, access, rungs, lat, lon, next_start)) AS j
       FROM search_docs WHERE ${docWhere}`,
      args,
    )
    for (const r of JSON.parse(docs?.j ?? '[]') as RawRow[]) {
      const titleWords = foldedWords(foldText(r[2]))
      this.set({
        rowid: r[0], kind: r[1], kindIndex: KIND_INDEX.get(r[1]) ?? 0, title: r[2], free: r[3], walkIn: r[4], ageMin: r[5], ageMax: r[6], weekdays: r[7],
        parts: r[8], access: r[9], rungs: r[10], lat: r[11], lon: r[12], next: r[13],
        themeCodes: [], areaCodes: [], titleWords,
      })
    }
    const [terms] = await this.sql.all<{ j: string | null }>(
      `SELECT json_group_array(json_array(doc, facet, value)) AS j FROM search_terms WHERE ${termWhere}`,
      args,
    )
    for (const [doc, facet, value] of JSON.parse(terms?.j ?? '[]') as [number, string, string][]) {
      const row = this.byRowid[doc]
      if (!row) continue
      if (facet === 'theme') {
        const code = this.themes.code(value)
        row.themeCodes.push(code)
        this.columns.addCode(doc, 'theme', code)
      } else {
        const code = this.areas.code(value)
        row.areaCodes.push(code)
        this.columns.addCode(doc, 'area', code)
      }
    }
  }
}

/**
 * Keeps the change log short: drops all but the newest `keep` entries. A process whose cache
 * is older than what remains reloads in full on its next search.
 */
export const pruneSearchChanges = async (sql: SqlExecutor, keep = 10_000): Promise<void> => {
  await sql.run('DELETE FROM search_changes WHERE seq <= (SELECT MAX(seq) FROM search_changes) - ?', [keep])
}
