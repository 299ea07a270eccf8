import type { TFunction } from 'i18next'

import type { Taxonomy } from '../../data/search'
import type { FacetCounts, SearchQuery } from '../../lib/search/types'
import { ACCESSIBILITY_FACETS, PARTS_OF_DAY } from '../../lib/search/types'
import {
  ACCESSIBILITY,
  AGE_BANDS,
  HELP,
  LADDER_RUNGS,
  OPENING_KINDS,
  rungLabel,
} from '../../lib/vocabulary'
import { type Locale, pick } from '../i18n'

interface Option {
  value: string
  label: string
  count?: number
}

/** One group of checkboxes: the query parameter, its legend, its options with counts, what is ticked. */
export interface CheckGroupSpec {
  name: string
  legend: string
  options: Option[]
  checked: string[]
}

const strings = (values: (string | number)[] | undefined) => (values ?? []).map(String)

/** How many filters the query uses, for the folded panel's title ("Filters (3 aan)"). */
export const activeFilters = (query: SearchQuery): number =>
  [
    query.kinds,
    query.themes,
    query.areas,
    query.weekdays,
    query.partsOfDay,
    query.accessibility,
    query.rungs,
    query.help,
  ].reduce((n, v) => n + (v?.length ?? 0), 0) +
  (query.free ? 1 : 0) +
  (query.walkIn ? 1 : 0) +
  (query.age !== undefined ? 1 : 0) +
  (query.ageBand ? 1 : 0)

/** The age bands as radio options with counts, "all ages" first. */
export const ageBandOptions = (facets: FacetCounts | null, t: TFunction, locale: Locale) => [
  { value: '', label: t('results.anyAge') },
  ...AGE_BANDS.map((b) => ({
    value: b.value,
    label: pick(b.label, locale),
    count: facets?.ageBands[b.value],
  })),
]

/** Every filter's options with their labels in the page's language. */
const filterOptions = (
  taxonomies: { themes: Taxonomy[]; areas: Taxonomy[] },
  t: TFunction,
  locale: Locale,
  professional: boolean,
) => {
  const kinds = [
    { value: 'activity', label: t('kind.activity') },
    ...OPENING_KINDS.map((k) => ({ value: k.value, label: pick(k.label, locale) })),
  ]
  const days = (t('day', { returnObjects: true }) as string[]).map((label, i) => ({
    value: String(i + 1),
    label,
  }))
  const parts = PARTS_OF_DAY.map((p) => ({ value: p, label: t(`part.${p}`) }))
  const themes = taxonomies.themes.map((x) => ({
    value: x.id,
    label: locale === 'en' && x.nameEn ? x.nameEn : x.name,
  }))
  const areas = taxonomies.areas.map((x) => ({ value: x.id, label: x.name }))
  const access = ACCESSIBILITY_FACETS.map((a) => ({
    value: a,
    label: pick(ACCESSIBILITY.find((x) => x.name === a)!.label, locale),
  }))
  const help = HELP.map((h) => ({ value: h.value, label: pick(h.label, locale) }))
  const rungs = LADDER_RUNGS.map((r) => ({
    value: r.value,
    label: pick(rungLabel(r.value, professional), locale),
  }))
  return { kinds, days, parts, themes, areas, access, help, rungs }
}

/**
 * The filters' checkbox groups, in the order the panel shows them, each option with the number
 * of results it would give. Themes and areas without results are left out (unless ticked): a
 * municipality has many, and a list of zeros helps no one.
 */
export const filterGroups = (
  query: SearchQuery,
  facets: FacetCounts | null,
  taxonomies: { themes: Taxonomy[]; areas: Taxonomy[] },
  t: TFunction,
  locale: Locale,
  professional = false,
): { before: CheckGroupSpec[]; after: CheckGroupSpec[] } => {
  const group = (
    name: string,
    legend: string,
    dimension: keyof FacetCounts,
    options: { value: string; label: string }[],
    checked: (string | number)[] | undefined,
    hideEmpty = false,
  ): CheckGroupSpec => {
    const counts = facets?.[dimension]
    const ticked = strings(checked)
    const withCounts = options.map((o) => ({
      ...o,
      count: counts && typeof counts === 'object' ? (counts[o.value] ?? 0) : undefined,
    }))
    const shown = withCounts.filter(
      (o) => !hideEmpty || !facets || (o.count ?? 0) > 0 || ticked.includes(o.value),
    )
    return { name, legend, options: shown, checked: ticked }
  }
  const { kinds, days, parts, themes, areas, access, help, rungs } = filterOptions(
    taxonomies,
    t,
    locale,
    professional,
  )
  return {
    // Before the cost checkboxes: what kind of thing.
    before: [group('kind', t('results.kinds'), 'kinds', kinds, query.kinds)],
    after: [
      group('help', t('results.help'), 'help', help, query.help),
      group('day', t('results.days'), 'weekdays', days, query.weekdays),
      group('part', t('results.parts'), 'partsOfDay', parts, query.partsOfDay),
      group('theme', t('results.themes'), 'themes', themes, query.themes, true),
      group('area', t('results.areas'), 'areas', areas, query.areas, true),
      group('access', t('results.access'), 'accessibility', access, query.accessibility),
      group('rung', t('results.rungs'), 'rungs', rungs, query.rungs),
    ],
  }
}
