import type { Media } from '../../payload-types'
import { usePage } from '../context'
import { populated } from './populated'

const SIZES = ['thumbnail', 'card', 'hero'] as const

/** The stored webp sizes as a srcset: the browser picks the smallest that fills the space. */
const srcSet = (m: Media): string | undefined =>
  SIZES.map((k) => m.sizes?.[k])
    .filter((s): s is { url: string; width: number } => Boolean(s?.url && s.width))
    .map((s) => `${s.url} ${s.width}w`)
    .join(', ') || undefined

/**
 * One photo: the card size as the fallback `src`, width and height so the page does not jump
 * while it loads, lazy unless it is the first thing on the page, and the editor's alt text.
 */
export const Photo = ({
  media,
  eager = false,
  sizes = '(min-width: 60rem) 40rem, 100vw',
}: {
  media: Media | number | null | undefined
  eager?: boolean
  sizes?: string
}) => {
  const { t } = usePage()
  const m = populated<Media>(media)
  if (!m?.url) return null
  const main = m.sizes?.card?.url ? m.sizes.card : m
  return (
    <figure className="photo">
      <img
        src={main.url ?? m.url}
        srcSet={srcSet(m)}
        sizes={sizes}
        width={main.width ?? undefined}
        height={main.height ?? undefined}
        alt={m.alt}
        loading={eager ? undefined : 'lazy'}
        decoding="async"
      />
      {m.credit ? <figcaption>{t('detail.photoCredit', { credit: m.credit })}</figcaption> : null}
    </figure>
  )
}

/** A document's photos: the first loads at once (it is near the top), the others when scrolled to. */
export const Photos = ({ items }: { items: (Media | number)[] | null | undefined }) => {
  const photos = (items ?? [])
    .map((i) => populated<Media>(i))
    .filter((m): m is Media => Boolean(m?.url))
  if (!photos.length) return null
  return (
    <div className="photos">
      {photos.map((m, i) => (
        <Photo key={m.id} media={m} eager={i === 0} />
      ))}
    </div>
  )
}
