import type { Interest, Referral, RoomBooking } from '../../../src/payload-types'

/* What an export (an access request under the GDPR) shows of each kind of record. */

export const exportView = (i: Interest) => {
  const listing = typeof i.listing.value === 'object' ? i.listing.value : null
  const organisation = typeof i.organisation === 'object' ? i.organisation : null
  return {
    id: i.id,
    receivedAt: i.createdAt,
    listing: listing ? { title: listing.title, kind: i.listingKind } : null,
    organisation: organisation?.name ?? null,
    name: i.name,
    contactBy: i.contactBy,
    email: i.email ?? null,
    phone: i.phone ?? null,
    message: i.message ?? null,
    consent: { given: i.consent, notice: i.consentVersion },
    status: i.status,
    noteByOrganisation: i.note ?? null,
    deleteAfter: i.deleteAfter ?? null,
  }
}

export const referralView = (r: Referral) => {
  const listing = typeof r.listing.value === 'object' ? r.listing.value : null
  const organisation = typeof r.organisation === 'object' ? r.organisation : null
  const referrer = typeof r.referredBy === 'object' ? r.referredBy : null
  return {
    id: r.id,
    referredAt: r.createdAt,
    listing: listing ? { title: listing.title, kind: r.listingKind } : null,
    organisation: organisation?.name ?? null,
    referredBy: referrer?.name ?? null,
    clientName: r.clientName,
    contactBy: r.contactBy,
    email: r.email ?? null,
    phone: r.phone ?? null,
    support: r.support ?? null,
    note: r.note ?? null,
    rungNow: r.currentRung ?? null,
    consent: { given: r.consent, notice: r.consentVersion },
    status: r.status,
    answer: r.response ?? null,
    deleteAfter: r.deleteAfter ?? null,
  }
}

export const roomRequestView = (b: RoomBooking) => ({
  room: b.roomName,
  date: b.date,
  from: b.start,
  until: b.end,
  purpose: b.purpose,
  people: b.people,
  group: b.groupName,
  contactName: b.contactName,
  email: b.email,
  phone: b.phone ?? null,
  status: b.status,
  answer: b.response ?? null,
  requestedAt: b.createdAt,
})
