import type { Taken } from '../../data/rooms'
import { ROOM_FACILITIES } from '../../lib/rooms'
import type { Venue } from '../../payload-types'
import { Facts } from '../components/Detail'
import { Layout } from '../components/Layout'
import { RoomForm, type RoomState } from '../components/RoomForm'
import { usePage } from '../context'
import { formatDay, pick } from '../i18n'

export type Room = NonNullable<Venue['rooms']>[number]

/** The room's facts: capacity, facilities, step-free access (also "onbekend"), conditions. */
const RoomFacts = ({ room }: { room: Room }) => {
  const { t, locale } = usePage()
  const facilities = (room.facilities ?? [])
    .map((f) => ROOM_FACILITIES.find((o) => o.value === f))
    .map((o) => (o ? pick(o.label, locale) : ''))
    .join(', ')
  return (
    <Facts
      rows={[
        [t('room.capacity'), room.capacity ? String(room.capacity) : null],
        [t('room.facilities'), facilities || null],
        [t('room.stepFree'), t(`room.${room.stepFree ?? 'unknown'}`)],
        [t('room.conditions'), room.conditions],
        [t('room.howToBook'), room.howToBook],
      ]}
    />
  )
}

/** The times already taken in the coming weeks, "bezet", so a request can avoid them. */
const TakenTimes = ({ taken }: { taken: Taken[] }) => {
  const { t, locale } = usePage()
  const time = (hhmm: string) => (locale === 'nl' ? hhmm.replace(':', '.') : hhmm)
  return (
    <section className="panel" aria-labelledby="room-taken">
      <h2 id="room-taken">{t('room.takenTitle')}</h2>
      {taken.length ? (
        <ul className="room-taken">
          {taken.map((s) => (
            <li key={`${s.date}-${s.from}`}>
              {t('room.taken', {
                day: formatDay(`${s.date}T12:00:00Z`, locale),
                from: time(s.from),
                until: time(s.until),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('room.takenNone')}</p>
      )}
    </section>
  )
}

/**
 * A room of a community building that initiatives can ask for: its facts, when it is already
 * taken, and the request form (a plain POST form that comes back with every problem named).
 */
export const RoomPage = ({
  venue,
  room,
  taken,
  action,
  venueHref,
  state,
}: {
  venue: Venue
  room: Room
  taken: Taken[]
  action: string
  venueHref: string
  state?: RoomState
}) => {
  const { t } = usePage()
  const title = t('room.title', { room: room.name, venue: venue.name })
  return (
    <Layout title={title} robots="noindex">
      <div className="form-page">
        <p className="breadcrumbs">
          <a href={venueHref}>{t('room.back', { venue: venue.name })}</a>
        </p>
        <h1>{title}</h1>
        <p className="lead">{t('room.lead', { venue: venue.name })}</p>
        <RoomFacts room={room} />
        <TakenTimes taken={taken} />
        <RoomForm action={action} venue={venue.name} state={state} />
      </div>
    </Layout>
  )
}

/** After a room request: sent, and what happens next. */
export const RoomSentPage = ({
  venue,
  room,
  venueHref,
}: {
  venue: string
  room: string
  venueHref: string
}) => {
  const { t } = usePage()
  return (
    <Layout title={t('room.sentTitle')} robots="noindex">
      <div className="form-page">
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <h1>{t('room.sentTitle')}</h1>
          <p>{t('room.sentLead', { venue, room })}</p>
        </div>
        <p>{t('room.sentNext')}</p>
        <p>
          <a href={venueHref}>{t('room.back', { venue })}</a>
        </p>
      </div>
    </Layout>
  )
}
