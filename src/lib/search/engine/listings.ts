import type { SearchStore } from '../store/types'
import { EVERYTHING, listingKey } from '../store/types'
import { foldedWords, foldText } from '../text'
import type { IndexDoc } from '../types'
import { Vocabulary } from '../understand/vocabulary'
import { accessBits, partBits, rungBits, helpBits, weekdayBits } from './bits'
import { Dictionary } from './dictionary'
import { type CachedRow, KIND_INDEX } from './rows'
import { TextIndex } from './textIndex'
import { TypedColumns } from './typedColumns'

/** Listings read per round trip when loading everything. */
const CHUNK = 10_000
/** A full reload (which also drops removed listings' text) once this share of ids is dead. */
const DEAD_SHARE = 0.25
const DEAD_MIN = 10_000
/** How far back a store whose changes settle late is re-read after a full load. */
const SETTLE_LOOKBACK = 1000

/**
 * The whole public index of one process in memory, built from the store's listings at start
 * and kept current from its change log: the text (TextIndex), the title words (TitleIndex),
 * the filter columns (typed arrays of about 75 bytes a listing) and a small row object per
 * listing. Before every search it applies what was committed since (one indexed read of the
 * log's head when nothing changed), so several processes on one database stay exact.
 *
 * Ids are dense small integers given in arrival order; a changed listing gets a new id at the
 * end (its old one is dead), so every per-id list stays sorted by appending.
 */
export class ListingIndex {
  private readonly byRowid: (CachedRow | undefined)[] = []
  private readonly idOf = new Map<string, number>()
  private count = 0
  /** The last change applied (its seq in the store's log); −1 before the first load. */
  private applied = -1
  /** Bumped by every change applied: cached answers are stamped with it. */
  private stamp = 0
  readonly themes = new Dictionary()
  readonly areas = new Dictionary()
  /** What filters, counts and sorts read, in typed arrays by id. */
  columns = new TypedColumns()
  /** Every word of title, summary and body → ids, for matching, bm25 and the title tier. */
  text = new TextIndex()
  /** Every word of the index with how many listings hold it: for understanding queries. */
  readonly vocabulary = new Vocabulary()
  /** How many full loads there have been. */
  loads = 0
  private syncing: Promise<void> | null = null

  constructor(readonly store: SearchStore) {}

  get size(): number {
    return this.count
  }

  /** Changes with every write applied; answers computed for another version are stale. */
  get version(): number {
    return this.stamp
  }

  get(rowid: number): CachedRow | undefined {
    return this.byRowid[rowid]
  }

  /** One more than the largest id (for per-query arrays by id). */
  get capacity(): number {
    return this.byRowid.length
  }

  /** The keys of listings (whose key starts with `prefix`) with no next start or one before `time` (ms). */
  nextBefore(time: number, prefix: string): string[] {
    const { next } = this.columns
    const keys: string[] = []
    for (const row of this.byRowid) {
      if (!row?.key.startsWith(prefix)) continue
      const t = next[row.rowid]!
      if (t === Infinity || t < time) keys.push(row.key)
    }
    return keys
  }

  /** Brings the index up to the last committed write. */
  sync(): Promise<void> {
    this.syncing ??= this.catchUp().finally(() => (this.syncing = null))
    return this.syncing
  }

  private async catchUp() {
    const { latest, oldest } = await this.store.head()
    const tooDead = this.text.deadCount > Math.max(DEAD_MIN, DEAD_SHARE * this.count)
    // First load, behind the pruned part of the log, or too many dead ids: load everything.
    if (this.applied < 0 || this.applied < oldest - 1 || tooDead) return this.loadAll(latest)
    if (latest <= this.applied) return
    const changes = await this.store.changes(this.applied, latest)
    if (changes.some((c) => c.listing === EVERYTHING)) return this.loadAll(latest)
    await this.reload([...new Set(changes.map((c) => c.listing))])
    this.applied = this.settledUpTo(changes, latest)
  }

  /** The seq up to which nothing more can appear: before the first change still unsettled. */
  private settledUpTo(changes: { seq: number; at: number }[], latest: number): number {
    const settled = Date.now() - this.store.settleMs
    const young = this.store.settleMs > 0 ? changes.find((c) => c.at > settled) : undefined
    return young ? young.seq - 1 : latest
  }

  private async loadAll(latest: number) {
    this.loads++
    this.stamp++
    this.byRowid.length = 0
    this.idOf.clear()
    this.count = 0
    this.columns = new TypedColumns()
    this.text = new TextIndex()
    this.vocabulary.clear()
    this.text.beginBulk()
    for (let after: string | null = null; ;) {
      const docs = await this.store.scan(after, CHUNK)
      for (const doc of docs) this.add(doc)
      if (docs.length < CHUNK) break
      after = listingKey(docs.at(-1)!.collection, docs.at(-1)!.id)
    }
    this.text.endBulk()
    this.text.forEachWord((word, docs) => this.vocabulary.add(word, docs))
    const recent =
      this.store.settleMs > 0
        ? await this.store.changes(Math.max(0, latest - SETTLE_LOOKBACK), latest)
        : []
    this.applied = this.settledUpTo(recent, latest)
  }

  /** Reads these listings again: gone ones are dropped, present ones (re)added at the end. */
  private async reload(keys: string[]) {
    const docs = await this.store.read(keys)
    for (const key of keys) this.drop(key)
    for (const doc of docs) this.vocabulary.addWords(this.add(doc))
    this.stamp++
  }

  private drop(key: string) {
    const id = this.idOf.get(key)
    if (id === undefined) return
    this.idOf.delete(key)
    this.byRowid[id] = undefined
    this.count--
    this.columns.clear(id)
    this.text.remove(id)
  }

  /** Adds a listing at the next id; returns its words that are new to the text index. */
  private add(doc: IndexDoc): string[] {
    const key = listingKey(doc.collection, doc.id)
    if (this.idOf.has(key)) this.drop(key)
    const rowid = this.byRowid.length
    const kindIndex = KIND_INDEX.get(doc.kind) ?? 0
    const titleWords = foldedWords(foldText(doc.title))
    const row: CachedRow = {
      rowid,
      key,
      kind: doc.kind,
      kindIndex,
      title: doc.title,
      slug: doc.slug,
    }
    this.byRowid.push(row)
    this.idOf.set(key, rowid)
    this.count++
    this.columns.set(rowid, {
      kindIndex,
      free: doc.free ? 1 : 0,
      walkIn: doc.walkIn ? 1 : 0,
      ageMin: doc.ageMin,
      ageMax: doc.ageMax,
      weekdays: weekdayBits(doc.weekdays),
      parts: partBits(doc.partsOfDay),
      access: accessBits(doc.accessibility),
      rungs: rungBits(doc.rungs),
      help: helpBits(doc.help ?? []),
      lat: doc.lat,
      lon: doc.lon,
      next: doc.nextStart,
      until: doc.visibleUntil ?? null,
      titleWords,
    })
    const themes = [...new Set(doc.themes)].map((t) => this.themes.code(t))
    const areas = [...new Set(doc.areas)].map((a) => this.areas.code(a))
    const themesAside = themes.filter((code) => !this.columns.addCode(rowid, 'theme', code))
    const areasAside = areas.filter((code) => !this.columns.addCode(rowid, 'area', code))
    if (themesAside.length) row.themeCodes = themesAside
    if (areasAside.length) row.areaCodes = areasAside
    return this.text.add(rowid, doc, titleWords)
  }
}
