import { createClient } from '@libsql/client'

/**
 * Grows a seeded Meedoen SQLite database to `n` activities by copying the published ones in
 * SQL (every table of the collection: its row, relations, hasMany selects and arrays), and
 * gives each copy a feed item like its original's. Creating 100,000 activities through
 * Payload would take most of an hour; the reads the benchmark measures see the same rows.
 */
type Sql = ReturnType<typeof createClient>

const columnsOf = async (sql: Sql, table: string) =>
  (await sql.execute(`PRAGMA table_info("${table}")`)).rows.map((r) => ({
    name: String(r.name as string),
    type: String(r.type as string).toLowerCase(),
    pk: Number(r.pk) > 0,
  }))

/** Copy number `k` of a column's value; null keeps the column out (its default applies). */
const copied = (table: string, column: { name: string; type: string; pk: boolean }) => {
  if (table === 'activities') {
    if (column.name === 'id') return 'a.id + s.k * :stride'
    if (column.name === 'slug') return "a.slug || '-' || s.k"
    if (column.name === 'title') return "a.title || ' ' || s.k"
    return `a."${column.name}"`
  }
  if (column.pk && column.type === 'integer') return null
  if (column.name === 'parent_id' || column.name === '_parent_id')
    return `c."${column.name}" + s.k * :stride`
  if (column.pk) return `c."${column.name}" || '-' || s.k`
  return `c."${column.name}"`
}

export const cloneActivities = async (file: string, n: number): Promise<number> => {
  const sql = createClient({ url: `file:${file}` })
  const base = await sql.execute(
    "SELECT id FROM activities WHERE _status = 'published' AND (location_kind IS NULL OR location_kind != 'outdoor')",
  )
  const ids = base.rows.map((r) => Number(r.id))
  const stride = Number((await sql.execute('SELECT MAX(id) AS m FROM activities')).rows[0]!.m) + 1
  const copies = Math.ceil((n - ids.length) / ids.length)
  const tables = (
    await sql.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND (name = 'activities' OR name LIKE 'activities\\_%' ESCAPE '\\')",
    )
  ).rows.map((r) => String(r.name as string))
  await sql.execute('BEGIN')
  await sql.execute('CREATE TEMP TABLE s (k INTEGER PRIMARY KEY)')
  await sql.execute({
    sql: 'WITH RECURSIVE seq(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM seq WHERE k < ?) INSERT INTO s SELECT k FROM seq',
    args: [copies],
  })
  const keep = `(${ids.join(',')})`
  for (const table of ['activities', ...tables.filter((t) => t !== 'activities')]) {
    const columns = (await columnsOf(sql, table))
      .map((c) => ({ c, value: copied(table, c) }))
      .filter((x) => x.value !== null)
    const parent =
      table === 'activities'
        ? 'a.id'
        : columns.some((x) => x.c.name === '_parent_id')
          ? 'c._parent_id'
          : 'c.parent_id'
    const from = table === 'activities' ? 'activities a' : `"${table}" c`
    await sql.execute({
      sql: `INSERT INTO "${table}" (${columns.map((x) => `"${x.c.name}"`).join(', ')}) SELECT ${columns.map((x) => x.value).join(', ')} FROM ${from}, s WHERE ${parent} IN ${keep}`,
      args: { stride },
    })
  }
  // Each copy's feed item: its original's data under the copy's own id and a new change number.
  const top = Number(
    (await sql.execute('SELECT MAX(change_number) AS m FROM feed_items')).rows[0]!.m,
  )
  await sql.execute({
    sql: `INSERT INTO feed_items (listing, kind, change_number, state, data, updated_at, created_at)
      SELECT 'activities/' || (CAST(substr(f.listing, 12) AS INTEGER) + s.k * :stride), f.kind,
        :top + s.k * 100000 + CAST(substr(f.listing, 12) AS INTEGER),
        f.state, f.data, f.updated_at, f.created_at
      FROM feed_items f, s WHERE f.state = 'updated' AND CAST(substr(f.listing, 12) AS INTEGER) IN ${keep}`,
    args: { stride, top },
  })
  await sql.execute('COMMIT')
  await sql.execute('ANALYZE')
  const total = Number((await sql.execute('SELECT COUNT(*) AS n FROM activities')).rows[0]!.n)
  sql.close()
  return total
}
