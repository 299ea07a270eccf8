import { hsdsId } from './ids'

/**
 * The directory's themes as one HSDS taxonomy ("Meedoen-thema's") with a term per theme. Its
 * id is fixed (record 1 of the kind `taxonomies`), so other directories can map it once.
 */
export interface ThemeRecord {
  id: number
  name: string
  slug?: string | null
  nameEn?: string | null
  description?: string | null
}

export const THEMES_TAXONOMY = 1

export const toHsdsTaxonomy = (site: string, serverURL: string) => ({
  id: hsdsId(site, 'taxonomies', THEMES_TAXONOMY),
  name: "Meedoen-thema's",
  description:
    'De onderwerpen waarop bewoners in Meedoen zoeken: ontmoeten, taal, sport en bewegen, werk en leren, en meer. Redacteuren beheren de lijst.',
  uri: `${serverURL}/api/hsds/taxonomies/${hsdsId(site, 'taxonomies', THEMES_TAXONOMY)}`,
  version: '1',
})

export const toHsdsTaxonomyTerm = (site: string, serverURL: string, theme: ThemeRecord) => ({
  id: hsdsId(site, 'themes', theme.id),
  ...(theme.slug ? { code: theme.slug } : {}),
  name: theme.name,
  description: theme.description || theme.nameEn || theme.name,
  taxonomy: "Meedoen-thema's",
  taxonomy_id: hsdsId(site, 'taxonomies', THEMES_TAXONOMY),
  taxonomy_detail: toHsdsTaxonomy(site, serverURL),
  language: 'nl',
})
