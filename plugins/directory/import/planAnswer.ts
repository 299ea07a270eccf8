import type { PayloadRequest } from 'payload'

import { fieldLabel, IMPORT_COLUMNS, type ImportKind } from '../../../src/lib/import/columns'
import { countActions } from '../../../src/lib/import/plan'
import type { RunPlan } from './planRun'

/** Rows shown in the dry run: every row with a problem or a warning first, then the others. */
const SHOWN = 500

/** The dry run in the request's language, as the admin's panel shows it. */
export const planAnswer = (
  req: PayloadRequest,
  kind: ImportKind,
  plan: RunPlan,
  hasOrganisation: boolean,
) => {
  const en = req.i18n?.language === 'en'
  const say = (t: { nl: string; en: string }) => (en ? t.en : t.nl)
  const columns = IMPORT_COLUMNS[kind].map((c) => ({
    key: c.key,
    label: say(c.label),
    required: Boolean(c.required),
  }))
  const mapped = new Set(plan.mapping.filter(Boolean))
  const missing = IMPORT_COLUMNS[kind]
    .filter((c) => c.required && !mapped.has(c.key))
    .map((c) => say(c.label))
  const needsOrganisation =
    kind !== 'organisations' && !hasOrganisation && !mapped.has('organisation')
  const noteworthy = (r: RunPlan['rows'][number]) => r.problems.length + r.warnings.length > 0
  const ordered = [...plan.rows.filter(noteworthy), ...plan.rows.filter((r) => !noteworthy(r))]
  return {
    headers: plan.table.headers,
    mapping: plan.mapping,
    columns,
    missing: needsOrganisation
      ? [...missing, say({ nl: 'Organisatie', en: 'Organisation' })]
      : missing,
    counts: countActions(plan.rows),
    total: plan.rows.length,
    rows: ordered.slice(0, SHOWN).map((r) => ({
      row: r.row,
      label: r.label,
      action: r.action,
      // Each field once, by the name the editor knows (ageMin and ageMax are both "Leeftijd").
      changed: [...new Set(r.changed.map((f) => say(fieldLabel(kind, f))))],
      problems: r.problems.map((p) => ({
        column: p.column,
        message: say(p),
        ...(p.expected ? { expected: say(p.expected) } : {}),
      })),
      warnings: r.warnings.map((w) => ({ column: w.column, message: say(w) })),
    })),
  }
}
